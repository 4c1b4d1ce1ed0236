package harbinger.coding;

import static harbinger.coding.TaggedGraphs.graph;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * A building owned by a body of a state keeps the body's agent ({@link PossessedSites#seatOfBody}): students of a
 * university named after its city are that country's EDU ({@link Campuses}), and so is their dormitory; a town
 * owned by a country stays the bare country.
 */
class SeatsOfBodiesTest {
  private static final ActorResolver.Context CTX = new ActorResolver.Context(0, LocalDate.of(1999, 7, 9), new Discourse(),
      ActorResolver.CapitalAs.COUNTRY, null);

  @Test
  void aDormitoryOfStudentsIsTheStudents() {
    SentenceGraph g = graph("Iranian/JJ/Iranian/NATIONALITY police/NN raided/VBD/raid a/DT dormitory/NN of/IN students/NNS/student"
        + " at/IN Tehran/NNP/Tehran/ORGANIZATION University/NNP/University/ORGANIZATION",
        "amod:1:0 nsubj:2:1 root:-1:2 det:4:3 obj:2:4 case:6:5 nmod:4:6 case:9:7 compound:9:8 nmod:6:9");
    ActorResolver resolver = new ActorResolver(Fixtures.knowledge());
    assertEquals("IRNEDU", resolver.resolve(g, 4, CTX).orElseThrow().actor().code());
  }

  @Test
  void aTownOfACountryStaysTheCountry() {
    SentenceGraph g = graph("Troops/NNS/troop shelled/VBD/shell a/DT town/NN of/IN Iran/NNP/Iran/COUNTRY",
        "nsubj:1:0 root:-1:1 det:3:2 obj:1:3 case:5:4 nmod:3:5");
    ActorResolver resolver = new ActorResolver(Fixtures.knowledge());
    assertEquals("IRN", resolver.resolve(g, 3, CTX).orElseThrow().actor().code());
  }
}
