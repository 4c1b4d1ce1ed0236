package harbinger.coding;

import static org.junit.jupiter.api.Assertions.assertEquals;

import harbinger.model.DatePrecision;
import harbinger.model.Modality;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** {@link EventBuilder#finalModality}: how the event's date adjusts the modality read from the sentence. */
class FinalModalityTest {
  private static final LocalDate PUBLISHED = LocalDate.of(2024, 5, 1);

  private static Modality of(Modality read, EventDate date) {
    return EventBuilder.finalModality(new ModalityFinder.Reading(read, null, false), date, PUBLISHED, null, null, false, true);
  }

  @Test
  void aFutureReadingOfAnEventDatedYearsAgoIsHistorical() {
    EventDate y1999 = new EventDate(LocalDate.of(1999, 1, 1), DatePrecision.YEAR, true);
    assertEquals(Modality.HISTORICAL, of(Modality.FUTURE, y1999));
    assertEquals(Modality.HISTORICAL, of(Modality.INTENDED, y1999));
    assertEquals(Modality.CONDITIONAL, of(Modality.CONDITIONAL, y1999), "a condition stays a condition");
  }

  @Test
  void aFutureReadingKeepsItsModalityWithARecentOrImpliedDate() {
    assertEquals(Modality.FUTURE, of(Modality.FUTURE, new EventDate(LocalDate.of(2024, 3, 1), DatePrecision.MONTH, true)));
    assertEquals(Modality.FUTURE, of(Modality.FUTURE, new EventDate(LocalDate.of(1999, 1, 1), DatePrecision.YEAR, false)));
  }

  @Test
  void anAssertedEventDatedAfterPublicationIsFutureAndLongBeforeItHistorical() {
    assertEquals(Modality.FUTURE, of(Modality.ASSERTED, new EventDate(LocalDate.of(2024, 6, 1), DatePrecision.DAY, true)));
    assertEquals(Modality.HISTORICAL, of(Modality.ASSERTED, new EventDate(LocalDate.of(2020, 6, 1), DatePrecision.DAY, true)));
  }
}
