package harbinger.coding;

import static harbinger.coding.TaggedGraphs.graph;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * A ruler's style the tagger took into the person's name ("Prince" tagged PERSON before "Mohammed bin Salman", as
 * CoreNLP tagged it in 'met Saudi Crown Prince Mohammed bin Salman in Jeddah'): the record is found by the name
 * without its style ({@link PersonNames}), so the crown prince keeps his government role.
 */
class StyledNamesTest {
  @Test
  void aStyleTaggedAsPartOfTheNameIsDroppedToFindTheRecord() {
    SentenceGraph g = graph("Biden/NNP/Biden/PERSON met/VBD/meet Saudi/JJ/Saudi/NATIONALITY Crown/NNP/Crown/TITLE"
        + " Prince/NNP/Prince/PERSON Mohammed/NNP/Mohammed/PERSON bin/NNP/bin/PERSON Salman/NNP/Salman/PERSON",
        "nsubj:1:0 root:-1:1 amod:7:2 compound:7:3 compound:7:4 compound:7:5 compound:7:6 obj:1:7");
    ActorResolver resolver = new ActorResolver(Fixtures.knowledge());
    var ctx = new ActorResolver.Context(0, LocalDate.of(2022, 7, 15), new Discourse(), ActorResolver.CapitalAs.GOVERNMENT, null);
    assertEquals("SAUGOV", resolver.resolve(g, 7, ctx).orElseThrow().actor().code());
  }

  @Test
  void onlyLeadingStylesAreDropped() {
    assertEquals("Salman bin Hamad", PersonNames.unstyled("Crown Prince Salman bin Hamad"));
    assertEquals("Hamad bin Isa", PersonNames.unstyled("Hamad bin Isa"));
  }
}
