package harbinger.ingest.lang;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import harbinger.error.ConfigException;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LinguaLanguageCheckTest {
  private static final LinguaLanguageCheck CHECK = LinguaLanguageCheck.create();
  private static final String ENGLISH = "The foreign ministers met in the capital on Tuesday to discuss the reopening of "
      + "border crossings that were closed during the dispute last year. Officials said the talks went well.";

  @Test
  void englishIsAccepted() { assertEquals(Optional.empty(), CHECK.reject(ENGLISH)); }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "French  | Les ministres des affaires étrangères se sont réunis mardi dans la capitale pour discuter de la réouverture des postes frontières.",
      "German  | Die Außenminister der beiden Nachbarstaaten trafen sich am Dienstag in der Hauptstadt, um über die Öffnung der Grenzübergänge zu sprechen.",
      "Spanish | Los ministros de asuntos exteriores se reunieron el martes en la capital para hablar de la reapertura de los pasos fronterizos.",
      "Russian | Министры иностранных дел двух соседних государств встретились во вторник в столице, чтобы обсудить открытие границы."})
  void otherLanguagesAreRejectedByName(String language, String text) {
    assertEquals(Optional.of("not English (" + language + ")"), CHECK.reject(text));
  }

  @Test
  void englishFullOfForeignNamesStaysEnglish() {
    String text = "President Emmanuel Macron and Chancellor Olaf Scholz met Prime Minister Pedro Sánchez in Strasbourg "
        + "on Thursday, the Élysée said, before talks with Jean-Luc Mélenchon and Marine Le Pen in Paris.";
    assertEquals(Optional.empty(), CHECK.reject(text));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "Kim Dae-jung received Kim Young-sam and Roh Moo-hyun in Seoul.",
      "Joaquim Chissano welcomed Fernando Henrique Cardoso to Maputo.",
      "Megawati Sukarnoputri met Abdurrahman Wahid in Jakarta on Monday.",
      "Foreign Minister Farouk al-Sharaa met officials in Damascus.",
      "Vice President Izzat Ibrahim al-Douri met envoys in Baghdad."})
  void shortEnglishSentenceMadeOfNamesStaysEnglish(String text) {
    assertEquals(Optional.empty(), CHECK.reject(text));
  }

  @Test
  void capitalisedNounsDoNotHideGerman() {
    assertEquals(Optional.of("not English (German)"),
        CHECK.reject("Der Kanzler Olaf Scholz sagte am Montag in Berlin, die Regierung werde die Hilfe für die Ukraine verdoppeln."));
  }

  @Test
  void textsTooShortToTellAreAccepted() {
    assertEquals(Optional.empty(), CHECK.reject("Merci beaucoup."));
    assertEquals(Optional.empty(), CHECK.reject("12 345 678 — 2021"));
  }

  @Test
  void longTextsAreSampledInThreeWindows() {
    String longText = (ENGLISH + " ").repeat(5_000);
    String sample = TextSample.of(longText, LinguaLanguageCheck.WINDOW);
    assertTrue(sample.length() <= 3 * LinguaLanguageCheck.WINDOW + 2, () -> "sample of " + sample.length());
    assertTrue(sample.startsWith("The foreign ministers"), sample);
    assertEquals(Optional.empty(), CHECK.reject(longText));
    String frenchMiddle = ENGLISH.repeat(20) + " " + "Les ministres se sont réunis mardi pour discuter de la frontière. ".repeat(40) + ENGLISH.repeat(20);
    assertEquals(Optional.empty(), CHECK.reject(frenchMiddle), "two English windows of three outvote one French one");
  }

  @Test
  void unknownLanguageCodesFailFast() {
    ConfigException e = assertThrows(ConfigException.class, () -> LinguaLanguageCheck.create(Set.of("en", "xx"), true));
    assertTrue(e.getMessage().contains("'xx'"), e.getMessage());
    assertThrows(ConfigException.class, () -> LinguaLanguageCheck.create(Set.of("en"), true));
  }
}
