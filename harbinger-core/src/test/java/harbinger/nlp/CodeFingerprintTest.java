package harbinger.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class CodeFingerprintTest {
  private static final String EMPTY = ParseCache.sha256(new byte[0]);

  @Test
  void hashesTheClassFilesOfOnePackageFolder() {
    String nlp = CodeFingerprint.of(CodeFingerprintTest.class, "harbinger/nlp/");
    assertEquals(nlp, CodeFingerprint.of(ParseCacheTest.class, "harbinger/nlp/"), "same folder, same hash");
    assertNotEquals(EMPTY, nlp);
    assertNotEquals(nlp, CodeFingerprint.of(CodeFingerprintTest.class, "harbinger/eval/"));
    assertEquals(EMPTY, CodeFingerprint.of(CodeFingerprintTest.class, "no/such/folder/"));
  }

  @Test
  void readsClassesInsideAJar() {
    String api = CodeFingerprint.of(Test.class, "org/junit/jupiter/api/");
    assertNotEquals(EMPTY, api);
    assertEquals(api, CodeFingerprint.of(Test.class, "org/junit/jupiter/api/"));
    assertTrue(CodeFingerprint.sourceName(Test.class).endsWith(".jar"), CodeFingerprint.sourceName(Test.class));
  }
}
