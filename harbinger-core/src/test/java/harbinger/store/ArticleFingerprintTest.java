package harbinger.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import harbinger.model.Article;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class ArticleFingerprintTest {
  static String words(long seed, int n) {
    SplittableRandom r = new SplittableRandom(seed);
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < n; i++) {
      char[] c = new char[4 + r.nextInt(5)];
      for (int j = 0; j < c.length; j++) c[j] = (char) ('a' + r.nextInt(26));
      b.append(c).append(i % 15 == 14 ? ".\n\n" : " ");
    }
    return b.toString().trim();
  }

  static ArticleFingerprint of(String title, String body) {
    return ArticleFingerprint.of(new Article("x", title, title + "\n\n" + body, null, null, null));
  }

  @Test void exactHashIgnoresCaseSpacingAndPunctuationOnly() {
    String body = words(1, 120);
    assertEquals(of("T", body).textHash(), of("T", body.toUpperCase().replace(" ", "  ").replace(".", " ;")).textHash());
    assertNotEquals(of("T", body).textHash(), of("T", body.replaceFirst("\\w+", "changed")).textHash());
  }

  @Test void anotherHeadlineAndATrimmedEndingAreNearDuplicates() {
    String body = words(2, 200);
    ArticleFingerprint original = of("Original headline", body);
    ArticleFingerprint retitled = of("Quite another headline", body);
    ArticleFingerprint trimmed = of("Third headline", body.substring(0, body.length() * 2 / 3));
    assertEquals(1.0, original.jaccard(retitled), 1e-9);
    assertTrue(original.nearDuplicateOf(retitled));
    assertTrue(original.nearDuplicateOf(trimmed), () -> "J " + original.jaccard(trimmed) + " C " + original.containment(trimmed));
  }

  @Test void distinctStoriesAreNot() {
    for (long seed = 10; seed < 60; seed++) {
      ArticleFingerprint a = of("A", words(seed, 150));
      ArticleFingerprint b = of("A", words(seed + 1000, 150));
      assertFalse(a.nearDuplicateOf(b));
      assertTrue(a.jaccard(b) < 0.1);
    }
  }

  @Test void shortTextsAreNeverNearDuplicates() {
    assertFalse(of("T", "Two words").nearDuplicateOf(of("T", "Two words")));
  }

  @Test void nearDuplicatesShareABand() {
    String body = words(3, 200);
    long[] a = of("A", body).bandHashes();
    long[] b = of("B", body.substring(0, body.length() * 3 / 4)).bandHashes();
    int shared = 0;
    for (int i = 0; i < a.length; i++) if (a[i] == b[i]) shared++;
    assertTrue(shared > 0);
  }

  @Test void signatureRoundTripsThroughBytes() {
    ArticleFingerprint f = of("T", words(4, 80));
    ArticleFingerprint back = ArticleFingerprint.of(f.textHash(), f.signatureBytes(), f.shingles());
    assertArrayEquals(f.signature(), back.signature());
    assertEquals(f, back);
  }
}
