package harbinger.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import harbinger.model.Event;
import harbinger.model.Modality;
import harbinger.model.Span;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** ACE types an event by its trigger word; the CAMEO code table is refined by it. */
class AceTriggerTypesTest {
  private static final CameoToM2e2 TABLE = CameoToM2e2.loadDefault();

  private static Optional<String> type(String text, String word, String cameo) {
    int at = 10 + text.indexOf(word);
    Event e = new Event("doc", "doc-" + at, 0, text, new Span(10, 10 + text.length()), new Span(at, at + word.length()),
        null, null, null, null, cameo, "X", null, 1, 0, Modality.ASSERTED, null, null, List.of(), null, 0.9);
    return AceTriggerTypes.typeOf(e, TABLE);
  }

  @Test
  void aChargeOrSentenceCodedAsLegalActionIsNoArrest() {
    assertEquals(Optional.empty(), type("Prosecutors charged the editor with treason.", "charged", "173"));
    assertEquals(Optional.empty(), type("The court sentenced the editor to five years.", "sentenced", "173"));
    assertEquals(Optional.empty(), type("The indictment of the editor was unsealed.", "indictment", "173"));
    assertEquals(Optional.of("Justice:Arrest-Jail"), type("Police arrested the editor.", "arrested", "173"));
    assertEquals(Optional.of("Justice:Arrest-Jail"), type("The editor was detained at the airport.", "detained", "173"));
  }

  @Test
  void aMeetingCodedAsAnIntentionIsStillAMeet() {
    assertEquals(Optional.of("Contact:Meet"), type("The president will meet with the king on Friday.", "meet", "036"));
    assertEquals(Optional.of("Contact:Meet"), type("The envoy plans a summit with the rebels.", "summit", "036"));
  }

  @Test
  void otherWordsOfTheCooperationFamiliesKeepTheTable() {
    // the carve-outs of the table stay: "talk"/"talks" may be indirect (036, 046), "visit" is a Movement (042)
    assertEquals(Optional.empty(), type("Rouhani wanted to talk with Obama.", "talk", "036"));
    assertEquals(Optional.empty(), type("The rebels resumed talks with the government.", "talks", "046"));
    assertEquals(Optional.empty(), type("The president visited the region.", "visited", "042"));
    // a meeting word in a family that is not about meeting is not retyped
    assertEquals(Optional.empty(), type("The government met the demands of the strikers.", "met", "083"));
  }

  @Test
  void aKillingIsADeathWhateverItsCode() {
    assertEquals(Optional.empty(), type("Gunmen killed five soldiers.", "killed", "190"));
    assertEquals(Optional.of("Conflict:Attack"), type("Gunmen attacked a checkpoint.", "attacked", "190"));
  }

  @Test
  void aKillingThatNamesItsAttackIsThatAttackToo() {
    assertEquals(Optional.of("Conflict:Attack"), type("They blamed the group for an attack in Jos that killed 40 people.", "killed", "190"));
    assertEquals(Optional.of("Conflict:Attack"), type("Three soldiers were killed in an air strike on Monday.", "killed", "195"));
    assertEquals(Optional.of("Conflict:Attack"), type("The envoy was killed by a suicide bombing.", "killed", "183"));
    // no attack named beside the killing word: a death only; nor is a death from other causes an attack
    assertEquals(Optional.empty(), type("Gunmen killed five soldiers and then fled in a truck.", "killed", "190"));
    assertEquals(Optional.empty(), type("Two miners were killed in a flood.", "killed", "190"));
    assertEquals(Optional.empty(), type("Police killed a man in a raid.", "killed", "173"));
  }
}
