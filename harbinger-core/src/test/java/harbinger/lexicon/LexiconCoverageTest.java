package harbinger.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import harbinger.data.DataFile;
import harbinger.data.DataLine;
import harbinger.error.DictionaryException;
import harbinger.ontology.CameoOntologies;
import harbinger.ontology.CameoOntology;
import harbinger.ontology.EventType;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class LexiconCoverageTest {
  private static final CameoOntology ONTOLOGY = CameoOntologies.loadDefault();
  private static final List<LexiconEntry> ENTRIES = bundledEntries();

  @Test
  void defaultLexiconLoadsAgainstTheOntology() {
    Lexicon lexicon = LexiconFiles.loadDefault(ONTOLOGY);
    assertEquals(ENTRIES.size(), lexicon.size());
    assertTrue(lexicon.size() > 2000, () -> "lexicon shrank to " + lexicon.size() + " entries");
    assertTrue(lexicon.verbEntries("condemn").stream().anyMatch(e -> e.code().startsWith("11")));
    assertTrue(lexicon.nounEntries("airstrike").stream().anyMatch(e -> e.code().equals("195")));
  }

  @Test
  void everyCodeBelowTheRootsHasAnEntryExceptThePlainStatement() {
    Set<String> used = new TreeSet<>();
    for (LexiconEntry e : ENTRIES) used.add(e.code());
    List<String> missing = new ArrayList<>();
    for (EventType t : ONTOLOGY.all()) {
      if (t.code().length() > 2 && !t.code().equals("010") && !used.contains(t.code())) missing.add(t.code());
    }
    assertEquals(List.of(), missing, "CAMEO codes without any lexicon entry");
  }

  @Test
  void plainStatementIsNeverCoded() {
    for (LexiconEntry e : ENTRIES) {
      assertTrue(!e.code().equals("010") && !e.code().equals("01"), () -> e.origin() + ": plain statements are not events");
    }
  }

  @Test
  void reportingVerbsAreNeverTriggers() {
    Lexicon lexicon = LexiconFiles.loadDefault(ONTOLOGY);
    for (String verb : List.of("say", "tell", "add", "note", "state", "explain", "report", "tweet", "argue", "comment")) {
      assertEquals(List.of(), lexicon.verbEntries(verb), () -> "reporting verb '" + verb + "' has entries");
    }
  }

  @Test
  void ambiguousVerbsAlwaysCarryAConditionOrAParticle() {
    Set<String> ambiguous = Set.of("hit", "take", "hold", "support", "back", "call", "give", "put", "set", "open",
        "launch", "carry", "make", "get", "have", "go", "come", "see", "raise", "lift", "end", "stop", "release",
        "warn", "claim", "announce", "offer", "write", "insist", "express", "strike", "fire", "move", "send", "provide", "use");
    for (LexiconEntry e : ENTRIES) {
      if (e.noun() || !ambiguous.contains(e.lemma())) continue;
      assertTrue(!e.conditions().isEmpty() || e.particle() != null, () -> e.origin() + ": bare '" + e.lemma() + "' needs a condition");
    }
  }

  @Test
  void hyphenatedWordsAreWholeWordsJoinedBySingleHyphens() {
    // CoreNLP splits "go-between" into go - between; the coder joins the parts again (HyphenWords), so a hyphenated
    // trigger or condition word matches only when written as the text writes it: parts of letters, one hyphen each.
    String word = "[a-z']+(-[a-z']+)*";
    for (LexiconEntry e : ENTRIES) {
      assertTrue(e.lemma().matches(word), () -> e.origin() + ": malformed hyphenated trigger '" + e.lemma() + "'");
      for (Condition c : e.conditions()) {
        for (String w : c.lemmas()) {
          assertTrue(!w.contains("-") || w.matches(word), () -> e.origin() + ": malformed hyphenated word '" + w + "'");
        }
      }
    }
  }

  @Test
  void moreSpecificEntriesComeFirstForATrigger() {
    Lexicon lexicon = LexiconFiles.build(List.of(
        line(1, "020", "urge"), line(2, "0253", "urge", "+release|free"), line(3, "0256", "urge", "+withdraw +troops")),
        ONTOLOGY);
    assertEquals(List.of("0256", "0253", "020"), lexicon.verbEntries("urge").stream().map(LexiconEntry::code).toList());
  }

  @Test
  void duplicatePatternIsRejectedWithFileAndLine() {
    var e = assertThrows(DictionaryException.class, () -> LexiconFiles.build(
        List.of(line(1, "112", "accuse", "+spy|treason"), line(2, "1125", "accuse", "+treason|spy")), ONTOLOGY));
    assertTrue(e.getMessage().startsWith("probe.tsv:2: duplicate pattern"), e::getMessage);
  }

  @Test
  void unknownCodeAndBadConditionAreRejectedWithFileAndLine() {
    var code = assertThrows(DictionaryException.class, () -> LexiconFiles.build(List.of(line(7, "999", "accuse")), ONTOLOGY));
    assertTrue(code.getMessage().startsWith("probe.tsv:7: unknown CAMEO code"), code::getMessage);
    var cond = assertThrows(DictionaryException.class, () -> LexiconFiles.build(List.of(line(8, "112", "accuse", "obj:spy")), ONTOLOGY));
    assertTrue(cond.getMessage().startsWith("probe.tsv:8: bad condition"), cond::getMessage);
  }

  private static DataLine line(int number, String... fields) {
    return new DataLine("probe.tsv", number, List.of(fields));
  }

  private static List<LexiconEntry> bundledEntries() {
    List<LexiconEntry> out = new ArrayList<>();
    for (DataLine f : DataFile.readResource("/harbinger/data/lexicon/index.txt")) {
      for (DataLine l : DataFile.readResource("/harbinger/data/lexicon/" + f.expectField(0, "file name"))) {
        out.add(LexiconFiles.parse(l, ONTOLOGY));
      }
    }
    return out;
  }
}
