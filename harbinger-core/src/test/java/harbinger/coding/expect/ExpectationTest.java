package harbinger.coding.expect;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import harbinger.model.Actor;
import harbinger.model.Event;
import harbinger.model.Modality;
import harbinger.model.Span;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

class ExpectationTest {

  private static Actor actor(String code, @Nullable String country, String... agents) {
    return new Actor(code.toLowerCase(), code, country, List.of(agents), null, null);
  }

  private static Event event(@Nullable Actor source, String cameo, @Nullable Actor target, Modality modality,
                             @Nullable String location) {
    return new Event("a1", "a1-1", 0, "Evidence.", new Span(0, 9), new Span(0, 8), null, null, source, target,
        cameo, "ASSAULT", null, 4, -10, modality, null, null, List.of(), location, 0.9);
  }

  private static final Actor RUSMIL = actor("RUSMIL", "RUS", "MIL");
  private static final Actor UKR = actor("UKR", "UKR");
  private static final Actor UKRGOV = actor("UKRGOV", "UKR", "GOV");
  private static final Actor NATO = actor("IGOWSTNAT", null, "IGO");

  @Test
  void fullCodeMustEqualTheActorCode() {
    Event e = event(RUSMIL, "195", UKR, Modality.ASSERTED, null);
    assertTrue(Expectation.parse("RUSMIL 195 UKR").matches(e));
    assertFalse(Expectation.parse("RUS 195 UKR").matches(e), "bare country is not RUSMIL");
    assertFalse(Expectation.parse("RUSMIL 195 UKRGOV").matches(e), "UKRGOV is not bare UKR");
  }

  @Test
  void starPrefixMatchesAnyCodeOfThatCountryButNotNoActor() {
    Expectation any = Expectation.parse("RUS* 19 UKR*");
    assertTrue(any.matches(event(RUSMIL, "195", UKRGOV, Modality.ASSERTED, null)));
    assertTrue(any.matches(event(actor("RUS", "RUS"), "190", UKR, Modality.ASSERTED, null)));
    assertFalse(any.matches(event(null, "190", UKR, Modality.ASSERTED, null)));
    assertFalse(any.matches(event(UKRGOV, "190", RUSMIL, Modality.ASSERTED, null)), "roles reversed");
  }

  @Test
  void wildcardMatchesNoActorAndDashRequiresIt() {
    Event noSource = event(null, "183", UKR, Modality.ASSERTED, null);
    assertTrue(Expectation.parse("* 18 UKR").matches(noSource));
    assertTrue(Expectation.parse("- 18 UKR").matches(noSource));
    assertFalse(Expectation.parse("- 18 UKR").matches(event(RUSMIL, "183", UKR, Modality.ASSERTED, null)));
  }

  @Test
  void codeIsAPrefixOfTheEventCode() {
    Event e = event(NATO, "0256", RUSMIL, Modality.ASSERTED, null);
    assertTrue(Expectation.parse("IGOWSTNAT 02 *").matches(e));
    assertTrue(Expectation.parse("IGOWSTNAT 0256 *").matches(e));
    assertTrue(Expectation.parse("IGO* * *").matches(e));
    assertFalse(Expectation.parse("IGOWSTNAT 025 UKR*").matches(e));
    assertFalse(Expectation.parse("IGOWSTNAT 19 *").matches(e));
  }

  @Test
  void modalityMustBeEqualWhenGiven() {
    Event e = event(RUSMIL, "190", UKR, Modality.CLAIMED, null);
    assertTrue(Expectation.parse("RUS* 19 UKR*").matches(e));
    assertTrue(Expectation.parse("RUS* 19 UKR* claimed").matches(e));
    assertFalse(Expectation.parse("RUS* 19 UKR* asserted").matches(e));
  }

  @Test
  void locationIsComparedIgnoringCaseUnderscoresAndLeadingThe() {
    Event e = event(RUSMIL, "190", UKR, Modality.ASSERTED, "the Gaza  City");
    assertTrue(Expectation.parse("* 19 * @gaza_city").matches(e));
    assertFalse(Expectation.parse("* 19 * @Gaza").matches(e));
    assertFalse(Expectation.parse("* 19 * @Gaza_City").matches(event(RUSMIL, "190", UKR, Modality.ASSERTED, null)));
  }

  @Test
  void kindDecidesHowAListOfEventsSatisfiesTheAssertion() {
    List<Event> events = List.of(event(RUSMIL, "190", UKR, Modality.NEGATED, null),
        event(UKRGOV, "112", RUSMIL, Modality.ASSERTED, null));
    assertTrue(Expectation.parse("UKRGOV 112 RUS*").isSatisfiedBy(events));
    assertTrue(Expectation.parse("!RUS* 19 UKR* asserted").isSatisfiedBy(events));
    assertFalse(Expectation.parse("!RUS* 19 UKR*").isSatisfiedBy(events));
    assertFalse(Expectation.none().isSatisfiedBy(events));
    assertTrue(Expectation.none().isSatisfiedBy(List.of()));
    assertFalse(Expectation.parse("* * *").isSatisfiedBy(List.of()));
    assertTrue(Expectation.parse("!* * *").isSatisfiedBy(List.of()));
  }
}
