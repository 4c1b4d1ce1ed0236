package harbinger.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Spelling variants of recorded person names, against the shipped officeholders files. */
class NameVariantsTest {
  private static final ActorKnowledge KNOWLEDGE = ActorKnowledgeFiles.loadDefault();

  private static List<String> persons(String name) {
    return KNOWLEDGE.findTermsNear(name).stream().map(OfficeTerm::person).distinct().toList();
  }

  @Test
  void aMisspelledSurnameWithTheRecordedGivenNameFindsThatPerson() {
    assertEquals(List.of("Abdelaziz Bouteflika"), persons("Abdelaziz Bouteflicka"));
  }

  @Test
  void aLongMisspelledSurnameAloneFindsThatPerson() {
    assertEquals(List.of("Abdelaziz Bouteflika"), persons("Bouteflicka"));
  }

  @Test
  void anotherGivenNameOrAShortSurnameFindsNobody() {
    assertEquals(List.of(), persons("Rashid Bouteflicka"));
    assertEquals(List.of(), persons("Putn"));
    assertEquals(List.of(), persons("Vladimir Patinov"));
  }

  @Test
  void distanceStopsOnceTheCapIsPassed() {
    assertEquals(1, NameVariants.distance("bouteflika", "bouteflicka", 2));
    assertEquals(2, NameVariants.distance("zelensky", "zelenskyyi", 2));
    assertEquals(3, NameVariants.distance("abcdef", "uvwxyz", 2));
  }
}
