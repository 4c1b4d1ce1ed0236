package harbinger.coding;

import org.junit.jupiter.api.Test;

/**
 * {@link AidRecipient} on real parses ({@code golden/stages/aid-recipient-18.txt}): the country visited in the
 * sentence before still receives the promised aid, but the subject of the sentence before, the doer of its own event,
 * is never carried over as the recipient.
 */
class AidRecipientCarryTest {
  private static final String CASE = "aid-recipient-18";

  @Test
  void theCountryVisitedTheSentenceBeforeReceivesThePromisedAid() {
    Fixtures.assertTriple(CASE, "promised more air defence", "DEU", "033", "UKR");
  }

  @Test
  void thePreviousSentencesSubjectIsNoRecipient() {
    Fixtures.assertNoEvent(CASE, "never supplied weapons", "07 to GBR",
        e -> e.cameo().startsWith("07") && e.target() != null && e.target().code().startsWith("GBR"));
  }
}
