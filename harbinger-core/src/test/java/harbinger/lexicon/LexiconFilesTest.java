package harbinger.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import harbinger.data.DataFile;
import harbinger.data.DataLine;
import harbinger.error.DictionaryException;
import harbinger.ontology.CameoOntologies;
import harbinger.ontology.CameoOntology;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@link LexiconFiles}: every validation error names the file and line ({@code file:line: message}), and the
 * bundled lexicon loads with every code known to the ontology.
 */
class LexiconFilesTest {
  private static final CameoOntology ONTOLOGY = CameoOntologies.loadDefault();

  @TempDir Path dir;

  /** Writes an index listing one file {@code verbs.tsv} with a comment line, a valid entry and then {@code line}. */
  private Path lexiconWith(String line) throws IOException {
    Files.writeString(dir.resolve("index.txt"), "# files\nverbs.tsv\n", StandardCharsets.UTF_8);
    Files.writeString(dir.resolve("verbs.tsv"), "# code\ttrigger\tconditions\tflags\n190\tattack\n" + line + "\n",
        StandardCharsets.UTF_8);
    return dir.resolve("verbs.tsv");
  }

  private DictionaryException failure(String line) throws IOException {
    lexiconWith(line);
    return assertThrows(DictionaryException.class, () -> LexiconFiles.load(dir, ONTOLOGY));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = ';', quoteCharacter = '"', value = {
      "unknown code          ; 999\\tattack                      ; unknown CAMEO code '999'",
      "missing code          ; \\tattack                         ; missing CAMEO code (column 1)",
      "missing trigger       ; 190                              ; missing trigger (column 2)",
      "too many columns      ; 190\\tstrike\\t+missile\\tsym\\textra ; expected at most 4 tab-separated columns but found 5",
      "upper-case lemma      ; 190\\tAttack                      ; bad trigger lemma 'Attack'",
      "digit in lemma        ; 190\\tatt4ck                      ; bad trigger lemma 'att4ck'",
      "bad particle          ; 020\\tcall+F0r                    ; bad particle 'F0r' in trigger",
      "bad condition prefix  ; 190\\tstrike\\t*missile            ; bad condition '*missile'",
      "bad condition word    ; 190\\tstrike\\t+Missile            ; bad word 'Missile' in condition '+Missile'",
      "empty alternative     ; 190\\tstrike\\tobj=town||city      ; bad word '' in condition 'obj=town||city'",
      "unknown flag          ; 040\\tmeet\\t\\tmutual              ; unknown flag 'mutual' (known: sym)",
      "duplicate pattern     ; 190\\tattack                      ; duplicate pattern (first defined at ",
  })
  void invalidLineIsReportedWithFileAndLine(String what, String line, String message) throws IOException {
    DictionaryException e = failure(line.strip().replace("\\t", "\t"));
    String prefix = dir.resolve("verbs.tsv") + ":3: ";
    assertTrue(e.getMessage().startsWith(prefix), () -> what + ": expected a message starting with '" + prefix + "' but was: " + e.getMessage());
    assertTrue(e.getMessage().contains(message), () -> what + ": expected '" + message + "' in: " + e.getMessage());
  }

  @Test
  void duplicateNamesTheFirstDefinition() throws IOException {
    DictionaryException e = failure("190\tattack");
    assertTrue(e.getMessage().endsWith("(first defined at " + dir.resolve("verbs.tsv") + ":2)"), e.getMessage());
  }

  @Test
  void sameConditionsInAnotherOrderAreADuplicate() throws IOException {
    Files.writeString(dir.resolve("index.txt"), "verbs.tsv\n", StandardCharsets.UTF_8);
    Files.writeString(dir.resolve("verbs.tsv"), "195\tstrike\t+missile +drone\n195\tstrike\t+drone +missile\n", StandardCharsets.UTF_8);
    DictionaryException e = assertThrows(DictionaryException.class, () -> LexiconFiles.load(dir, ONTOLOGY));
    assertTrue(e.getMessage().startsWith(dir.resolve("verbs.tsv") + ":2: duplicate pattern"), e.getMessage());
  }

  @Test
  void sameLemmaAsVerbAndNounIsNoDuplicate() throws IOException {
    lexiconWith("190\tattack:n");
    Lexicon lexicon = LexiconFiles.load(dir, ONTOLOGY);
    assertEquals(2, lexicon.size());
    assertEquals("190", lexicon.nounEntries("attack").get(0).code());
  }

  @Test
  void missingListedFileIsReportedAtItsIndexLine() throws IOException {
    Files.writeString(dir.resolve("index.txt"), "# files\n\nnope.tsv\n", StandardCharsets.UTF_8);
    DictionaryException e = assertThrows(DictionaryException.class, () -> LexiconFiles.load(dir, ONTOLOGY));
    assertTrue(e.getMessage().startsWith(dir.resolve("index.txt") + ":3: listed file "), e.getMessage());
    assertTrue(e.getMessage().endsWith("nope.tsv does not exist"), e.getMessage());
  }

  @Test
  void missingIndexIsReported() {
    DictionaryException e = assertThrows(DictionaryException.class, () -> LexiconFiles.load(dir, ONTOLOGY));
    assertTrue(e.getMessage().startsWith(dir.resolve("index.txt") + ":0: cannot read"), e.getMessage());
  }

  @Test
  void parsesTriggerParticleConditionsAndFlags() throws IOException {
    lexiconWith("040\ttalk:n+with\t+peace -phone|telephone obj=envoy subj=minister|president\tsym");
    LexiconEntry e = LexiconFiles.load(dir, ONTOLOGY).nounEntries("talk").get(0);
    assertEquals("040", e.code());
    assertEquals("with", e.particle());
    assertTrue(e.noun());
    assertTrue(e.symmetric());
    assertEquals(List.of(
        new Condition(Condition.Scope.CONTEXT, true, Set.of("peace")),
        new Condition(Condition.Scope.CONTEXT, false, Set.of("phone", "telephone")),
        new Condition(Condition.Scope.OBJECT, true, Set.of("envoy")),
        new Condition(Condition.Scope.SUBJECT, true, Set.of("minister", "president"))), e.conditions());
    assertEquals(dir.resolve("verbs.tsv") + ":3", e.origin());
  }

  @Test
  void entriesOfALemmaComeMostSpecificFirst() throws IOException {
    lexiconWith("195\tattack\t+air|drone\n1384\tthreaten\t+attack\n130\tthreaten");
    Lexicon lexicon = LexiconFiles.load(dir, ONTOLOGY);
    assertEquals(List.of("195", "190"), lexicon.verbEntries("attack").stream().map(LexiconEntry::code).toList());
    assertEquals(List.of("1384", "130"), lexicon.verbEntries("threaten").stream().map(LexiconEntry::code).toList());
    assertEquals(List.of(), lexicon.verbEntries("unknown"));
  }

  @Test
  void defaultLexiconLoadsAndUsesOnlyKnownCodes() {
    Lexicon lexicon = LexiconFiles.loadDefault(ONTOLOGY);
    List<DataLine> lines = new ArrayList<>();
    for (DataLine f : DataFile.readResource("/harbinger/data/lexicon/index.txt")) {
      lines.addAll(DataFile.readResource("/harbinger/data/lexicon/" + f.field(0)));
    }
    assertFalse(lines.isEmpty());
    assertEquals(lines.size(), lexicon.size(), "every line is one entry");
    List<String> unknown = new ArrayList<>();
    List<String> unreachable = new ArrayList<>();
    for (DataLine line : lines) {
      if (ONTOLOGY.find(line.field(0)).isEmpty()) unknown.add(line.file() + ":" + line.number() + " " + line.field(0));
      LexiconEntry e = LexiconFiles.parse(line, ONTOLOGY);
      boolean adjective = line.field(1).replaceAll("\\+.*", "").endsWith(":a");
      List<LexiconEntry> indexed = e.noun() ? lexicon.nounEntries(e.lemma())
          : adjective ? lexicon.adjectiveEntries(e.lemma()) : lexicon.verbEntries(e.lemma());
      if (!indexed.contains(e)) unreachable.add(e.origin());
    }
    assertEquals(List.of(), unknown, "codes unknown to the ontology");
    assertEquals(List.of(), unreachable, "entries not indexed under their lemma");
  }

  @Test
  void adjectiveTriggerIsIndexedApartFromTheVerbOfTheSameLemma() throws IOException {
    lexiconWith("012\tskeptical:a\n030\twilling:a+to\n111\tcritical:a+of\n012\tskeptical");
    Lexicon lexicon = LexiconFiles.load(dir, ONTOLOGY);
    assertEquals(List.of("012"), lexicon.adjectiveEntries("skeptical").stream().map(LexiconEntry::code).toList());
    assertEquals("to", lexicon.adjectiveEntries("willing").get(0).particle());
    assertFalse(lexicon.adjectiveEntries("willing").get(0).noun());
    assertTrue(lexicon.verbEntries("willing").isEmpty());
    // the verb pattern of the same lemma is a different pattern, not a duplicate
    assertEquals(1, lexicon.verbEntries("skeptical").size());
    assertEquals(5, lexicon.size());
  }

  @Test
  void everyRootOfTheOntologyHasATrigger() {
    Lexicon lexicon = LexiconFiles.loadDefault(ONTOLOGY);
    assertTrue(lexicon.size() > 0);
    Set<String> roots = new java.util.TreeSet<>();
    for (DataLine f : DataFile.readResource("/harbinger/data/lexicon/index.txt")) {
      for (DataLine l : DataFile.readResource("/harbinger/data/lexicon/" + f.field(0))) roots.add(l.field(0).substring(0, 2));
    }
    Set<String> expected = new java.util.TreeSet<>();
    for (int r = 1; r <= 20; r++) expected.add(String.format("%02d", r));
    assertEquals(expected, roots);
  }
}
