package harbinger.coding;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A negated "comment" declines comment (011); a comment made is no 011. On {@code golden/stages/no-comment.txt}.
 * Not yet: "did not comment" (no modal) is coded 011 by {@link NoComment} but then dropped as a negated act.
 */
class NoCommentTest {
  @Test
  void wouldNotCommentIsDeclineComment() {
    List<String> p = Fixtures.triples("no-comment", "would not comment");
    assertTrue(p.stream().anyMatch(x -> x.contains(" 011 ")), p.toString());
  }

  @Test
  void aCommentMadeIsNoDecline() {
    List<String> p = Fixtures.triples("no-comment", "commented on the election");
    assertTrue(p.stream().noneMatch(x -> x.contains(" 011 ")), p.toString());
  }
}
