package harbinger.coding;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** {@link ToldOrders}: telling a party by telephone is a phone call; telling a named outlet by telephone is a report. */
class ToldByTelephoneTest {
  @Test
  void aCounterpartToldByTelephoneIsACall() {
    SentenceGraph g = TaggedGraphs.graph("Ruto/NNP/Ruto/PERSON told/VBD/tell Museveni/NNP/Museveni/PERSON by/IN telephone/NN that/IN talks/NNS would/MD resume/VB",
        "nsubj:1:0 obj:1:2 case:4:3 obl:1:4 mark:8:5 nsubj:8:6 aux:8:7 ccomp:1:8");
    assertEquals("telephone", ToldOrders.lemma(g, 1));
  }

  @Test
  void aNamedOutletToldByTelephoneIsAReport() {
    SentenceGraph g = TaggedGraphs.graph("Ruto/NNP/Ruto/PERSON told/VBD/tell Reuters/NNP/Reuters/ORGANIZATION by/IN telephone/NN that/IN talks/NNS would/MD resume/VB",
        "nsubj:1:0 obj:1:2 case:4:3 obl:1:4 mark:8:5 nsubj:8:6 aux:8:7 ccomp:1:8");
    assertEquals("tell", ToldOrders.lemma(g, 1));
  }
}
