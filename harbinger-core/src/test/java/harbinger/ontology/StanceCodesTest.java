package harbinger.ontology;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import harbinger.data.DataFile;
import harbinger.error.DictionaryException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class StanceCodesTest {
  private static final CameoOntology ONTOLOGY = CameoOntologies.loadDefault();
  private static final StanceCodes CODES = StanceCodes.loadDefault(ONTOLOGY);

  private static String code(String act, StanceCodes.Stance stance) {
    return CODES.code(ONTOLOGY.expect(act), stance).map(EventType::code).orElse("-");
  }

  @Test
  void anAnnouncedActIsItsIntentCodeByTheLongestPrefix() {
    assertEquals("036", code("042", StanceCodes.Stance.INTENT));
    assertEquals("039", code("045", StanceCodes.Stance.INTENT));
    assertEquals("0332", code("072", StanceCodes.Stance.INTENT));
    assertEquals("0353", code("0841", StanceCodes.Stance.INTENT));
  }

  @Test
  void aThreatCodeIsReadBackToTheMostGeneralActItAnnounces() {
    assertEquals("19", CODES.act(ONTOLOGY.expect("1384"), StanceCodes.Stance.INTENT).map(EventType::code).orElse("-"));
    assertEquals("191", CODES.act(ONTOLOGY.expect("1381"), StanceCodes.Stance.INTENT).map(EventType::code).orElse("-"));
    assertEquals("-", CODES.act(ONTOLOGY.expect("190"), StanceCodes.Stance.INTENT).map(EventType::code).orElse("-"));
  }

  @Test
  void anAnnouncedActOfConflictIsAThreat() {
    assertEquals("1312", code("163", StanceCodes.Stance.INTENT));
    assertEquals("1384", code("193", StanceCodes.Stance.INTENT));
    assertEquals("1323", code("1723", StanceCodes.Stance.INTENT));
  }

  @Test
  void refusalsAndDemandsOfCooperationHaveCodesButNotOfConflict() {
    assertEquals("1243", code("0841", StanceCodes.Stance.REFUSAL));
    assertEquals("1056", code("0874", StanceCodes.Stance.DEMAND));
    assertEquals("0253", code("0841", StanceCodes.Stance.APPEAL));
    assertEquals("1213", code("063", StanceCodes.Stance.REFUSAL));
    assertEquals("-", code("190", StanceCodes.Stance.REFUSAL));
    assertEquals("-", code("190", StanceCodes.Stance.DEMAND));
  }

  @Test
  void verbalActsKeepTheirOwnCode() {
    assertEquals("-", code("0256", StanceCodes.Stance.INTENT));
    assertEquals("-", code("112", StanceCodes.Stance.REFUSAL));
  }

  @Test
  void everyBundledCodeAgreesWithItsStance() {
    for (EventType t : ONTOLOGY.all()) {
      CODES.code(t, StanceCodes.Stance.INTENT).ifPresent(c -> assertTrue(c.root().equals("03") || c.root().equals("13"), t.code() + " -> " + c.code()));
      CODES.code(t, StanceCodes.Stance.REFUSAL).ifPresent(c -> assertEquals("12", c.root(), t.code() + " -> " + c.code()));
      CODES.code(t, StanceCodes.Stance.DEMAND).ifPresent(c -> assertEquals("10", c.root(), t.code() + " -> " + c.code()));
      CODES.code(t, StanceCodes.Stance.APPEAL).ifPresent(c -> assertEquals("02", c.root(), t.code() + " -> " + c.code()));
    }
  }

  @Test
  void badRowsAreReportedWithFileAndLine() throws IOException {
    var e = assertThrows(DictionaryException.class, () -> parse("04\t036\t125\t106\t026\n05\t999\t120\t102\t022\n"));
    assertTrue(e.getMessage().startsWith("t.tsv:2:"), e.getMessage());
    var twice = assertThrows(DictionaryException.class, () -> parse("04\t036\t125\t106\t026\n04\t036\t125\t106\t026\n"));
    assertTrue(twice.getMessage().contains("t.tsv:2:") && twice.getMessage().contains("twice"), twice.getMessage());
    var columns = assertThrows(DictionaryException.class, () -> parse("04\t036\n"));
    assertTrue(columns.getMessage().startsWith("t.tsv:1:"), columns.getMessage());
  }

  private static StanceCodes parse(String text) throws IOException {
    return StanceCodes.parse(DataFile.read("t.tsv", new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8))), ONTOLOGY);
  }
}
