package harbinger.ontology;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import harbinger.error.DictionaryException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CameoOntologyTest {
  private static final Set<String> PLOVER_TYPES = Set.of(
      "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE",
      "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT");

  private final CameoOntology onto = CameoOntologies.loadDefault();

  @TempDir Path dir;

  // ---- the bundled ontology ----

  @Test
  void defaultOntologyIsLoadedOnceAndShared() {
    assertSame(onto, CameoOntologies.loadDefault());
  }

  @Test
  void hasTheTwentyRootsInOrder() {
    List<String> roots = onto.all().stream().map(EventType::code).filter(c -> c.length() == 2).toList();
    List<String> expected = new ArrayList<>();
    for (int i = 1; i <= 20; i++) expected.add(String.format("%02d", i));
    assertEquals(expected, roots);
  }

  @Test
  void everyRootHasChildrenAndEveryChildHasItsParent() {
    for (EventType t : onto.all()) {
      if (t.code().length() == 2) {
        String root = t.code();
        assertTrue(onto.all().stream().anyMatch(c -> c.code().length() == 3 && c.code().startsWith(root)),
            () -> "root " + root + " has no 3-digit codes");
      } else {
        String parent = t.code().substring(0, t.code().length() - 1);
        assertTrue(onto.find(parent).isPresent(), () -> t.code() + " lacks parent " + parent);
      }
    }
  }

  @Test
  void listsAboutThreeHundredTenCodesInCodeOrder() {
    List<String> codes = onto.all().stream().map(EventType::code).toList();
    assertEquals(new ArrayList<>(new TreeSet<>(codes)), codes, "all() must be sorted and unique");
    assertTrue(codes.size() >= 300 && codes.size() <= 320, () -> "unexpected code count " + codes.size());
    assertTrue(codes.contains("010") && codes.contains("0256") && codes.contains("2042"));
  }

  @Test
  void everyCodeHasAKnownPloverTypeAndTheQuadClassOfItsRoot() {
    for (EventType t : onto.all()) {
      assertTrue(PLOVER_TYPES.contains(t.plover()), () -> t.code() + " has PLOVER type " + t.plover());
      int root = Integer.parseInt(t.root());
      int quad = root <= 5 ? 1 : root <= 8 ? 2 : root <= 13 ? 3 : 4;
      assertEquals(quad, t.quadClass(), () -> t.code() + " quad class");
      assertTrue(t.goldstein() >= -10 && t.goldstein() <= 10, () -> t.code() + " goldstein");
      assertFalse(t.name().isBlank(), () -> t.code() + " name");
    }
  }

  @Test
  void appealForDeEscalationIsAVerbalCooperationRequest() {
    EventType t = onto.expect("0256");
    assertEquals("REQUEST", t.plover());
    assertEquals(1, t.quadClass());
    assertEquals("02", t.root());
    assertEquals(-0.3, t.goldstein());
  }

  @Test
  void conventionalMilitaryForceIsAMaterialConflictAssault() {
    EventType t = onto.expect("190");
    assertEquals("ASSAULT", t.plover());
    assertEquals(4, t.quadClass());
    assertEquals(-10.0, t.goldstein());
  }

  @Test
  void threatOfMilitaryForceIsAThreat() {
    EventType t = onto.expect("138");
    assertEquals("THREATEN", t.plover());
    assertEquals(3, t.quadClass());
  }

  @Test
  void investigationsAreAccusationsWithModeInvestigate() {
    for (String code : List.of("09", "090", "091", "092", "093", "094")) {
      EventType t = onto.expect(code);
      assertEquals("ACCUSE", t.plover(), code);
      assertEquals("investigate", t.ploverMode(), code);
    }
  }

  @Test
  void demandsAreRequestsAndDisapprovalsAreAccusations() {
    assertEquals("REQUEST", onto.expect("1056").plover());
    assertEquals("ACCUSE", onto.expect("111").plover());
    assertEquals("disapprove", onto.expect("111").ploverMode());
  }

  @Test
  void yieldRootTakesTheGeneralConcedeTypeAndReleasesAreRetreats() {
    assertEquals("CONCEDE", onto.expect("08").plover());
    assertEquals("RETREAT", onto.expect("0841").plover());
  }

  @Test
  void plainStatementsFollowTheDocumentedConsultConvention() {
    assertEquals("CONSULT", onto.expect("01").plover());
    assertEquals("CONSULT", onto.expect("010").plover());
  }

  @Test
  void findIsExactAndDoesNotFallBackToAParent() {
    assertTrue(onto.find("0256").isPresent());
    assertTrue(onto.find("0259").isEmpty());
    assertTrue(onto.find("2").isEmpty());
    assertTrue(onto.find("21").isEmpty());
  }

  @Test
  void expectRejectsAnUnknownCode() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> onto.expect("999"));
    assertTrue(e.getMessage().contains("999"), e.getMessage());
  }

  @Test
  void allIsUnmodifiable() {
    assertThrows(UnsupportedOperationException.class, () -> onto.all().clear());
  }

  // ---- loading files ----

  private static final String HEADER = "# test ontology\n";
  private static final String GOOD = HEADER
      + "01\tStatement\t0.0\t1\tCONSULT\t\n"
      + "010\tStatement, other\t0.0\t1\tCONSULT\n"
      + "09\tInvestigate\t-2.0\t3\tACCUSE\tinvestigate\n"
      + "091\tInvestigate crime\t-2\t3\tACCUSE\tinvestigate\n"
      + "19\tFight\t-10.0\t4\tASSAULT\t\n"
      + "190\tMilitary force\t-10.0\t4\tASSAULT\t\n"
      + "195\tAir strike\t-10.0\t4\tASSAULT\taerial\n"
      + "1951\tGuided air strike\t-10.0\t4\tASSAULT\taerial\n";

  private Path write(String content) throws IOException {
    Path f = dir.resolve("cameo.tsv");
    Files.writeString(f, content, StandardCharsets.UTF_8);
    return f;
  }

  @Test
  void loadsAValidFileWithOptionalModeColumn() throws IOException {
    CameoOntology o = CameoOntologies.load(write(GOOD));
    assertEquals(List.of("01", "010", "09", "091", "19", "190", "195", "1951"),
        o.all().stream().map(EventType::code).toList());
    assertNull(o.expect("010").ploverMode());
    assertEquals("aerial", o.expect("1951").ploverMode());
    assertEquals(-2.0, o.expect("091").goldstein());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      too few columns        | 02\tAppeal\t3.0\t1                               | expected 6 tab-separated columns
      too many columns       | 02\tAppeal\t3.0\t1\tREQUEST\t\textra             | but found 7
      code with letters      | 02a\tAppeal\t3.0\t1\tREQUEST\t                   | code '02a' must be 2 to 4 digits
      code too long          | 02561\tAppeal\t3.0\t1\tREQUEST\t                 | code '02561' must be 2 to 4 digits
      one-digit code         | 2\tAppeal\t3.0\t1\tREQUEST\t                     | code '2' must be 2 to 4 digits
      root outside 01..20    | 21\tUnknown\t3.0\t4\tASSAULT\t                   | root '21' outside 01..20
      root 00                | 00\tUnknown\t3.0\t1\tCONSULT\t                   | root '00' outside 01..20
      empty name             | 02\t\t3.0\t1\tREQUEST\t                          | missing name (column 2)
      goldstein not a number | 02\tAppeal\tabout three\t1\tREQUEST\t            | goldstein 'about three' is not a number
      goldstein too high     | 02\tAppeal\t10.5\t1\tREQUEST\t                   | goldstein 10.5 is outside -10..10
      goldstein too low      | 02\tAppeal\t-11\t1\tREQUEST\t                    | goldstein -11 is outside -10..10
      goldstein NaN          | 02\tAppeal\tNaN\t1\tREQUEST\t                    | goldstein NaN is outside -10..10
      quad class 5           | 02\tAppeal\t3.0\t5\tREQUEST\t                    | quad class 5 must be 1..4
      quad class not a digit | 02\tAppeal\t3.0\tone\tREQUEST\t                  | quad class 'one' must be 1..4
      quad class vs root     | 02\tAppeal\t3.0\t3\tREQUEST\t                    | quad class 3 of code '02' contradicts its root 02, which implies 1
      unknown PLOVER type    | 02\tAppeal\t3.0\t1\tDEMAND\t                     | unknown PLOVER type 'DEMAND'
      lower-case PLOVER type | 02\tAppeal\t3.0\t1\trequest\t                    | unknown PLOVER type 'request'
      bad mode               | 02\tAppeal\t3.0\t1\tREQUEST\tTwo Words           | PLOVER mode 'Two Words' must be a lower-case word
      """)
  void rejectsAMalformedLineWithFileAndLineNumber(String label, String badLine, String message) throws IOException {
    Path f = write(GOOD + badLine + "\n");
    DictionaryException e = assertThrows(DictionaryException.class, () -> CameoOntologies.load(f));
    String expectedPrefix = f + ":10: ";
    assertTrue(e.getMessage().startsWith(expectedPrefix), () -> label + ": " + e.getMessage());
    assertTrue(e.getMessage().contains(message), () -> label + ": " + e.getMessage());
  }

  @Test
  void rejectsADuplicateCodeAtItsSecondOccurrence() throws IOException {
    Path f = write(GOOD + "\n190\tMilitary force again\t-10.0\t4\tASSAULT\t\n");
    DictionaryException e = assertThrows(DictionaryException.class, () -> CameoOntologies.load(f));
    assertEquals(f + ":11: duplicate code '190' (first defined at line 7)", e.getMessage());
  }

  @Test
  void rejectsAThreeDigitCodeWithoutItsRoot() throws IOException {
    Path f = write(GOOD + "021\tAppeal for cooperation\t3.4\t1\tREQUEST\t\n");
    DictionaryException e = assertThrows(DictionaryException.class, () -> CameoOntologies.load(f));
    assertEquals(f + ":10: code '021' has no root '02' in the file", e.getMessage());
  }

  @Test
  void rejectsAFourDigitCodeWithoutItsThreeDigitParent() throws IOException {
    Path f = write(GOOD + "0921\tInvestigate abuses\t-2.0\t3\tACCUSE\tinvestigate\n");
    DictionaryException e = assertThrows(DictionaryException.class, () -> CameoOntologies.load(f));
    assertEquals(f + ":10: code '0921' has no parent '092' in the file", e.getMessage());
  }

  @Test
  void acceptsAParentListedAfterItsChild() throws IOException {
    Path f = write(HEADER + "021\tAppeal for cooperation\t3.4\t1\tREQUEST\t\n02\tAppeal\t3.0\t1\tREQUEST\t\n");
    assertEquals(List.of("02", "021"), CameoOntologies.load(f).all().stream().map(EventType::code).toList());
  }

  @Test
  void reportsAMissingFileAsLineZero() {
    Path missing = dir.resolve("absent.tsv");
    DictionaryException e = assertThrows(DictionaryException.class, () -> CameoOntologies.load(missing));
    assertTrue(e.getMessage().startsWith(missing + ":0: "), e.getMessage());
  }
}
