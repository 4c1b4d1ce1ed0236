package harbinger.coding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import harbinger.actors.ActorKnowledge;
import harbinger.actors.ActorKnowledgeFiles;
import org.junit.jupiter.api.Test;

/** {@link LocationCountry}: the country a place phrase states by its modifiers, not by a listed place's own name. */
class LocationCountryTest {
  private static final ActorKnowledge K = ActorKnowledgeFiles.loadDefault();

  @Test
  void anAdjectiveOnTheKindOfPlaceStatesItsCountry() {
    SentenceGraph g = TaggedGraphs.graph("Gunmen/NNS attacked/VBD in/IN the/DT Indian/JJ/Indian/NATIONALITY state/NN of/IN Gujarat/NNP/Gujarat/STATE_OR_PROVINCE",
        "nsubj:1:0 obl:1:5 case:5:2 det:5:3 amod:5:4 nmod:5:7 case:7:6");
    assertEquals("IND", LocationCountry.of(g, 7, K));
  }

  @Test
  void aListedPlaceNamedAfterACountryStatesNoCountry() {
    SentenceGraph g = TaggedGraphs.graph("Gunmen/NNS attacked/VBD in/IN the/DT Niger/NNP/Niger/COUNTRY Delta/NNP/Delta/CITY",
        "nsubj:1:0 obl:1:5 case:5:2 det:5:3 compound:5:4");
    assertNull(LocationCountry.of(g, 5, K));
  }
}
