package harbinger.coding;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A firm declining to comment is no 011; a ministry declining stays one ({@link FirmSilence}, split out of
 * {@link CommercialDeals} in session 20). On real parses of {@code golden/stages/commercial-deals.txt}.
 */
class FirmSilenceTest {
  @Test
  void aFirmDecliningToCommentIsSilentAndNoEvent() {
    SentenceGraph g = Fixtures.graph("commercial-deals", "carmaker declined");
    assertTrue(FirmSilence.silent(g, Fixtures.token(g, "declined"), "011", false));
    List<String> p = Fixtures.triples("commercial-deals", "carmaker declined");
    assertTrue(p.isEmpty(), p.toString());
  }

  @Test
  void aMinistryDecliningToCommentStaysAnEvent() {
    SentenceGraph g = Fixtures.graph("commercial-deals", "ministry declined");
    assertFalse(FirmSilence.silent(g, Fixtures.token(g, "declined"), "011", false));
    List<String> p = Fixtures.triples("commercial-deals", "ministry declined");
    assertTrue(p.stream().anyMatch(x -> x.matches(".* 011 .*")), p.toString());
  }

  @Test
  void onlyADeclinedCommentIsSilence() {
    SentenceGraph g = Fixtures.graph("commercial-deals", "carmaker declined");
    assertFalse(FirmSilence.silent(g, Fixtures.token(g, "declined"), "0831", false));
  }
}
