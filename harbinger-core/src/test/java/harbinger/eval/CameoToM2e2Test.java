package harbinger.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import harbinger.data.DataFile;
import harbinger.error.DictionaryException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CameoToM2e2Test {
  private static CameoToM2e2 table(String tsv) throws IOException {
    return CameoToM2e2.parse(DataFile.read("test.tsv", new ByteArrayInputStream(tsv.getBytes(StandardCharsets.UTF_8))));
  }

  @Test
  void usesTheLongestListedPrefixAndHonoursCarveOuts() throws IOException {
    CameoToM2e2 t = table("19\tConflict:Attack\n191\t-\n04\tContact:Meet\n041\tContact:Phone-Write\n");
    assertEquals(Optional.of("Conflict:Attack"), t.typeOf("193"));
    assertEquals(Optional.of("Conflict:Attack"), t.typeOf("19"));
    assertEquals(Optional.empty(), t.typeOf("191"), "blockade carved out of 19");
    assertEquals(Optional.of("Contact:Phone-Write"), t.typeOf("041"));
    assertEquals(Optional.of("Contact:Meet"), t.typeOf("0431"));
    assertEquals(Optional.empty(), t.typeOf("112"));
  }

  @Test
  void rejectsUnknownTypesWithFileAndLine() {
    var e = assertThrows(DictionaryException.class, () -> table("# comment\n19\tConflict:Attack\n14\tProtest\n"));
    assertTrue(e.getMessage().startsWith("test.tsv:3: unknown M2E2 type 'Protest'"), e.getMessage());
  }

  @Test
  void rejectsRepeatedPrefixesAndBadCodes() {
    assertThrows(DictionaryException.class, () -> table("19\tConflict:Attack\n19\t-\n"));
    assertThrows(DictionaryException.class, () -> table("1\tConflict:Attack\n"));
    assertThrows(DictionaryException.class, () -> table("19\tConflict:Attack\textra\n"));
  }

  @Test
  void bundledTableMapsTheCoreCodesByMeaning() {
    CameoToM2e2 t = CameoToM2e2.loadDefault();
    assertEquals(Optional.of("Conflict:Attack"), t.typeOf("190"));
    assertEquals(Optional.of("Conflict:Attack"), t.typeOf("183"));
    assertEquals(Optional.of("Conflict:Demonstrate"), t.typeOf("141"));
    assertEquals(Optional.of("Conflict:Attack"), t.typeOf("145"), "a riot is a violent act");
    assertEquals(Optional.of("Justice:Arrest-Jail"), t.typeOf("173"));
    assertEquals(Optional.of("Contact:Meet"), t.typeOf("04"), "'meet' is coded at the root");
    assertEquals(Optional.of("Contact:Meet"), t.typeOf("044"));
    assertEquals(Optional.empty(), t.typeOf("042"), "a visit is an ACE Movement:Transport, not a meeting");
    assertEquals(Optional.empty(), t.typeOf("040"), "consultation by an unknown medium is not a face-to-face meeting");
    assertEquals(Optional.empty(), t.typeOf("046"), "negotiating is a process, not one encounter");
    assertEquals(Optional.empty(), t.typeOf("1823"), "a killing is ACE Life:Die or Justice:Execute");
    assertEquals(Optional.empty(), t.typeOf("201"), "a mass expulsion is an ACE Movement:Transport");
    assertEquals(Optional.of("Conflict:Attack"), t.typeOf("202"), "mass killings stay an Attack");
    assertEquals(Optional.of("Conflict:Attack"), t.typeOf("182"));
    assertEquals(Optional.of("Contact:Phone-Write"), t.typeOf("041"));
    assertEquals(Optional.of("Transaction:Transfer-Money"), t.typeOf("071"));
    assertEquals(Optional.empty(), t.typeOf("172"), "administrative sanctions are not an arrest");
    assertEquals(Optional.empty(), t.typeOf("0331"), "a pledge is not a transfer");
    assertEquals(Optional.empty(), t.typeOf("070"), "unspecified aid is mostly goods, not money");
  }
}
