package harbinger.coding;

import static org.junit.jupiter.api.Assertions.assertEquals;

import harbinger.model.Actor;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The subject pronoun of a relative clause never stands for the noun the clause describes, which the relative word
 * already stands for: in "rebels are holding peacekeepers whom they seized", "they" are the rebels, not the
 * peacekeepers (both plural groups mentioned before it). Hand-built parse as CoreNLP gives it.
 */
class RelativeClauseSubjectPronounTest {
  private static final Actor REBELS = new Actor("rebels", "SLEREB", "SLE", List.of("REB"), null, null);
  private static final Actor PEACEKEEPERS = new Actor("peacekeepers", "IGOUNO", null, List.of("IGO"), null, null);

  private static String they(String relation) {
    SentenceGraph g = TaggedGraphs.graph(
        "rebels/NNS/rebel are/VBP/be holding/VBG/hold peacekeepers/NNS/peacekeeper whom/WP they/PRP/they seized/VBD/seize",
        "nsubj:2:0 aux:2:1 root:-1:2 obj:2:3 obj:6:4 nsubj:6:5 " + relation + ":3:6");
    Discourse d = new Discourse();
    d.add(new Discourse.Entry(0, 0, REBELS, Discourse.Kind.GROUP, true, null, true));
    d.add(new Discourse.Entry(0, 3, PEACEKEEPERS, Discourse.Kind.GROUP, true, null, false));
    ActorResolver resolver = new ActorResolver(Fixtures.knowledge());
    var ctx = new ActorResolver.Context(0, null, d, ActorResolver.CapitalAs.GOVERNMENT, null);
    return resolver.resolve(g, 5, ctx).map(r -> r.actor().code()).orElse("-");
  }

  @Test
  void theSubjectOfARelativeClauseIsNotTheNounItDescribes() {
    assertEquals("SLEREB", they("acl:relcl"));
  }

  @Test
  void outsideARelativeClauseTheNearestGroupStillWins() {
    // control: the same words hung as a plain clausal modifier keep the nearest plural group
    assertEquals("IGOUNO", they("acl"));
  }
}
