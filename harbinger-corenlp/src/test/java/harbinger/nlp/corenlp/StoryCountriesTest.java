package harbinger.nlp.corenlp;

import static harbinger.nlp.corenlp.DayPhrasesTest.sentence;
import static harbinger.nlp.corenlp.TimexShown.shown;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import harbinger.data.DataLine;
import harbinger.error.DictionaryException;
import harbinger.model.Sentence;
import harbinger.model.Timex;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** "Independence Day" is the national day of the story's country ({@link StoryCountries}, {@link FixedHolidays}). */
class StoryCountriesTest {
  private static final LocalDate SATURDAY = LocalDate.of(2019, 4, 20);

  private static Sentence july() {
    return sentence("Shops/NNS hope/VBP/hope to/TO reopen/VB by/IN Independence/NNP Day/NNP",
        "nsubj:1:0 root:-1:1 mark:3:2 xcomp:1:3 case:6:4 compound:6:5 obl:3:6", new Timex("Day", 6, 7, "DURATION", "P1D"));
  }

  @Test
  void theStoryCountryIsTheOneNamedMostOften() {
    assertEquals("USA", StoryCountries.of("ELLICOTT CITY, Md. (AP) — Crews searched the river before Memorial Day."));
    assertEquals("IND", StoryCountries.of("NEW DELHI — India's prime minister, speaking in Mumbai, thanked the U.S."));
    assertEquals("", StoryCountries.of("The town council met on Tuesday."));
    assertEquals("", StoryCountries.of("Sandiego said the Indianapolis team won.")); // whole words only
  }

  @Test
  void independenceDayIsTheDayOfTheStorysCountryOnly() {
    assertEquals(List.of("Independence Day=DATE:2019-07-04"), shown(NamedDays.apply(july(), SATURDAY, "USA")));
    assertEquals(List.of("Independence Day=DATE:2019-08-15"), shown(NamedDays.apply(july(), SATURDAY, "IND")));
    assertEquals(List.of("Independence Day=DATE:2019-08-17"), shown(NamedDays.apply(july(), SATURDAY, "IDN")));
    // a story of no known country gets no 4 July
    assertEquals(List.of("Day=DURATION:P1D"), shown(NamedDays.apply(july(), SATURDAY)));
  }

  @Test
  void aHolidayRowOfAnUnknownCountryFailsAtLoad() {
    DictionaryException e = assertThrows(DictionaryException.class,
        () -> FixedHolidays.parse(List.of(new DataLine("fixed-holidays.tsv", 7, List.of("Independence Day", "07-04", "XXX")))));
    assertEquals(true, e.getMessage().contains("fixed-holidays.tsv:7"), e.getMessage());
    assertThrows(DictionaryException.class,
        () -> StoryCountries.parse(List.of(new DataLine("story-countries.tsv", 3, List.of("usa", "Ohio")))));
  }

  @Test
  void theStoryIsScannedOnlyWhenANationalDayIsNamed() {
    String story = "ELLICOTT CITY, Md. (AP) — Crews searched the river.";
    StoryCountries.Lazy none = new StoryCountries.Lazy(story);
    Sentence plain = sentence("Crews/NNS searched/VBD/search the/DT river/NN", "nsubj:1:0 root:-1:1 det:3:2 obj:1:3");
    assertEquals(plain, NamedDays.apply(plain, SATURDAY, none));
    assertEquals(false, none.scanned());
    StoryCountries.Lazy named = new StoryCountries.Lazy(story);
    assertEquals(List.of("Independence Day=DATE:2019-07-04"), shown(NamedDays.apply(july(), SATURDAY, named)));
    assertEquals(true, named.scanned());
  }
}
