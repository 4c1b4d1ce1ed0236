package harbinger.eval;

import static harbinger.eval.Produced.at;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

class M2e2DocumentTest {
  @Test
  void joinsSentencesOfADocumentAsParagraphsInIndexOrder() {
    List<M2e2Record> gold = List.of(
        new M2e2Record("a_3", "a", 3, "Troops fired.", List.of()),
        new M2e2Record("b_0", "b", 0, "Other story.", List.of()),
        new M2e2Record("a_1", "a", 1, "Police came.", List.of()));
    List<M2e2Document> docs = M2e2Document.of(gold);
    assertEquals(List.of("a", "b"), docs.stream().map(d -> d.article().id()).toList());
    M2e2Document a = docs.get(0);
    assertEquals("Police came.\n\nTroops fired.", a.article().text());
    assertNull(a.article().title());
    assertNull(a.article().published());
    assertEquals("Troops fired.", a.article().text().substring(a.spans().get(1).start(), a.spans().get(1).end()));
  }

  @Test
  void takesThePublicationDateFromADatedDocumentId() {
    var d = M2e2Document.of(List.of(new M2e2Record("VOA_EN_NW_2013.01.21.1587732_0", "VOA_EN_NW_2013.01.21.1587732", 0,
        "Talks began.", List.of()))).get(0);
    assertEquals(java.time.LocalDate.of(2013, 1, 21), d.article().published());
    assertNull(M2e2Document.dateIn("VOA_EN_NW_2013.13.41.1"), "not a calendar date");
    assertNull(M2e2Document.dateIn("doc-20130121"));
  }

  @Test
  void placesEventsInTheSentenceOfTheirTrigger() {
    M2e2Document d = M2e2Document.of(List.of(new M2e2Record("a_0", "a", 0, "Police came.", List.of()),
        new M2e2Record("a_1", "a", 1, "Troops fired.", List.of()))).get(0);
    var events = List.of(at("a", "ASSAULT", "190", null, null, 21), at("a", "CONSULT", "040", null, null, 0),
        at("a", "CONSULT", "040", null, null, 13));
    var placed = d.eventsBySentence(events);
    assertEquals(1, placed.get("a_0").size());
    assertEquals("190", placed.get("a_1").get(0).cameo());
    assertEquals(2, placed.values().stream().mapToInt(List::size).sum(), "an offset in the separator belongs to no sentence");
  }
}
