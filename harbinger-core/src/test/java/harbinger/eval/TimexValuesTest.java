package harbinger.eval;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TimexValuesTest {
  @Test
  void comparesAtTheGoldsGranularity() {
    assertTrue(TimexValues.matches("2013-03-21", "2013-03-21"));
    assertTrue(TimexValues.matches("2013-03", "2013-03-21"), "finer produced value, same month");
    assertTrue(TimexValues.matches("2013", "2013-03"));
    assertFalse(TimexValues.matches("2013-03-21", "2013-03"), "coarser produced value");
    assertFalse(TimexValues.matches("2012", "2013-03-21"));
    assertFalse(TimexValues.matches("2012-07", "2013-07"));
  }

  @Test
  void cutsOnlyAtFieldBoundaries() {
    assertFalse(TimexValues.matches("201", "2013"), "not a calendar value; needs equality");
    assertTrue(TimexValues.matches("2013-03-23T15:00", "2013-03-23T15:00+0000"), "zone is finer than the gold");
    assertTrue(TimexValues.matches("2013-03-23T15", "2013-03-23T15:00"));
    assertFalse(TimexValues.matches("2013-03-23T15", "2013-03-23T16:00"));
  }

  @Test
  void treatsGoldXAsWildcardButNotProducedX() {
    assertTrue(TimexValues.matches("2012-XX-XX", "2012-08-05"));
    assertFalse(TimexValues.matches("2012-08-05", "2012-XX-XX"));
    assertTrue(TimexValues.matches("XXXX-08", "2012-08"));
  }

  @Test
  void acceptsADayInAGoldWeek() {
    assertTrue(TimexValues.matches("2013-W12", "2013-03-21"));
    assertFalse(TimexValues.matches("2013-W13", "2013-03-21"));
  }

  @Test
  void needsEqualityForReferencesSeasonsAndDurations() {
    assertTrue(TimexValues.matches("PRESENT_REF", "present_ref"));
    assertTrue(TimexValues.matches("2012-SU", "2012-SU"));
    assertFalse(TimexValues.matches("2012-SU", "2012-07"));
    assertFalse(TimexValues.matches("P5Y", "P4Y"));
    assertFalse(TimexValues.matches("2013", null));
  }

  @Test
  void takesTheEndOfADayForTheStartOfTheNext() {
    // session 23: "returned to Chinese rule at midnight" written on 1 July, produced in TIDES's form
    assertTrue(TimexValues.matches("1997-07-01T00:00", "1997-06-30T24:00"));
    assertTrue(TimexValues.matches("1999-12-31T24:00", "2000-01-01T00:00"));
    assertTrue(TimexValues.matches("2000-01-01T00:00", "1999-12-31T24:00"));
    assertFalse(TimexValues.matches("1999-12-31T00:00", "1999-12-31T24:00")); // the start of the day is another instant
    assertFalse(TimexValues.matches("2000-01-01T00:00", "1999-12-30T24:00"));
    assertTrue(TimexValues.matches("1999-12-31", "1999-12-31T24:00")); // a day's gold still takes its own midnight
  }
}
