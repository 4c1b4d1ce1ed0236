package harbinger.store;

import harbinger.model.Article;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the store remembers of an article's text to recognise copies of it.
 *
 * <p><b>Exact copies</b> have the same {@link #textHash}: SHA-256 of the normalised text (lower case, words only,
 * single spaces), so whitespace, case and punctuation changes do not matter but any change of wording does.
 *
 * <p><b>Near-duplicates</b> (a syndicated story under another headline, one sentence reworded, the ending trimmed)
 * are found by MinHash over the body (the text without its headline paragraph), as in Broder, "On the resemblance
 * and containment of documents" (1997):
 * <pre>
 * shingles  = the set of 4-word sequences of the body (lower-cased words)
 * signature = for each of 126 seeded 64-bit mixing functions h_i, the minimum over shingles of h_i (top 32 bits)
 * J(a, b)   ≈ share of positions where the signatures agree (estimated Jaccard similarity of the shingle sets)
 * C(a, b)   ≈ J (|a| + |b|) / ((1 + J) min(|a|, |b|))   (share of the smaller text found in the larger)
 * near-duplicate when J ≥ 0.5, or when C ≥ 0.8 and J ≥ 0.3 (one is mostly a trimmed copy of the other),
 * and both bodies have at least 8 shingles
 * </pre>
 * On the sample corpus the three copies of one wire story score J = 0.58..0.82 (C = 0.84..1.0) against each other,
 * while the most similar distinct stories score J ≤ 0.03. Candidates are looked up by locality-sensitive hashing:
 * the signature is cut into {@value #BANDS} bands of {@value #ROWS} rows and two articles are compared when any
 * band is equal, which finds pairs with J = 0.5 with probability 1 − (1 − 0.5³)⁴² ≈ 0.996. Immutable.
 *
 * @param textHash hex SHA-256 of the normalised full text
 * @param signature the MinHash signature, {@value #HASHES} values
 * @param shingles number of distinct shingles of the body
 */
public record ArticleFingerprint(String textHash, int[] signature, int shingles) {
  public static final int ROWS = 3;
  public static final int BANDS = 42;
  public static final int HASHES = ROWS * BANDS;
  public static final int SHINGLE_WORDS = 4;
  public static final double JACCARD = 0.5;
  public static final double CONTAINMENT = 0.8;
  public static final double CONTAINMENT_MIN_JACCARD = 0.3;
  public static final int MIN_SHINGLES = 8;
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}']+");
  private static final long[] SEEDS = seeds();

  public ArticleFingerprint {
    Objects.requireNonNull(textHash, "textHash");
    if (signature.length != HASHES) throw new IllegalArgumentException("signature must have " + HASHES + " values");
    signature = signature.clone();
  }

  @Override public int[] signature() { return signature.clone(); }

  /** The fingerprint of an article. */
  public static ArticleFingerprint of(Article article) {
    List<String> all = words(article.text());
    String hash = sha256(String.join(" ", all));
    List<String> body = words(body(article));
    Set<Long> shingleHashes = new HashSet<>();
    for (int i = 0; i + SHINGLE_WORDS <= body.size(); i++) {
      shingleHashes.add(hash64(String.join(" ", body.subList(i, i + SHINGLE_WORDS))));
    }
    if (shingleHashes.isEmpty() && !body.isEmpty()) shingleHashes.add(hash64(String.join(" ", body)));
    int[] sig = new int[HASHES];
    java.util.Arrays.fill(sig, Integer.MAX_VALUE);
    for (long s : shingleHashes) {
      for (int i = 0; i < HASHES; i++) {
        int h = (int) (mix(s ^ SEEDS[i]) >>> 32);
        if (h < sig[i]) sig[i] = h;
      }
    }
    return new ArticleFingerprint(hash, sig, shingleHashes.size());
  }

  /** The signature from its stored bytes. */
  public static ArticleFingerprint of(String textHash, byte[] signatureBytes, int shingles) {
    ByteBuffer b = ByteBuffer.wrap(signatureBytes);
    int[] sig = new int[HASHES];
    for (int i = 0; i < HASHES; i++) sig[i] = b.getInt();
    return new ArticleFingerprint(textHash, sig, shingles);
  }

  /** The signature as {@value #HASHES} big-endian ints, for storage. */
  public byte[] signatureBytes() {
    ByteBuffer b = ByteBuffer.allocate(4 * HASHES);
    for (int v : signature) b.putInt(v);
    return b.array();
  }

  /** One hash per band (the band number is mixed in, so equal values in different bands do not collide). */
  public long[] bandHashes() {
    long[] out = new long[BANDS];
    for (int band = 0; band < BANDS; band++) {
      long h = 0x9E3779B97F4A7C15L * (band + 1);
      for (int r = 0; r < ROWS; r++) h = mix(h ^ (signature[band * ROWS + r] & 0xFFFFFFFFL));
      out[band] = h;
    }
    return out;
  }

  /** Estimated Jaccard similarity of the two bodies' shingle sets. */
  public double jaccard(ArticleFingerprint other) {
    int same = 0;
    for (int i = 0; i < HASHES; i++) if (signature[i] == other.signature[i]) same++;
    return same / (double) HASHES;
  }

  /** Estimated share of the smaller body's shingles found in the larger one. */
  public double containment(ArticleFingerprint other) {
    double j = jaccard(other);
    int min = Math.min(shingles, other.shingles);
    if (min == 0) return 0;
    return Math.min(1, j * (shingles + other.shingles) / ((1 + j) * min));
  }

  /** True when the two bodies are near-duplicates by the rule in the class comment. */
  public boolean nearDuplicateOf(ArticleFingerprint other) {
    if (shingles < MIN_SHINGLES || other.shingles < MIN_SHINGLES) return false;
    double j = jaccard(other);
    return j >= JACCARD || (j >= CONTAINMENT_MIN_JACCARD && containment(other) >= CONTAINMENT);
  }

  /** The text without its headline paragraph (when the article has a title and its text starts with it). */
  static String body(Article a) {
    String text = a.text();
    if (a.title() != null && text.startsWith(a.title())) {
      int cut = text.indexOf("\n\n");
      if (cut >= 0) return text.substring(cut + 2);
    }
    return text;
  }

  static List<String> words(String text) {
    List<String> out = new java.util.ArrayList<>();
    Matcher m = WORD.matcher(text.toLowerCase(Locale.ROOT));
    while (m.find()) out.add(m.group());
    return out;
  }

  private static String sha256(String s) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JVM has SHA-256", e);
    }
  }

  private static long hash64(String s) {
    long h = 0xcbf29ce484222325L; // FNV-1a, then mixed
    for (byte b : s.getBytes(StandardCharsets.UTF_8)) {
      h ^= b & 0xff;
      h *= 0x100000001b3L;
    }
    return mix(h);
  }

  /** SplitMix64's finaliser (Steele, Lea, Flood 2014). */
  private static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
    z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
    return z ^ (z >>> 31);
  }

  private static long[] seeds() {
    SplittableRandom r = new SplittableRandom(20240611L);
    long[] s = new long[HASHES];
    for (int i = 0; i < HASHES; i++) s[i] = r.nextLong();
    return s;
  }

  @Override public boolean equals(Object o) {
    return o instanceof ArticleFingerprint f && textHash.equals(f.textHash) && shingles == f.shingles
        && java.util.Arrays.equals(signature, f.signature);
  }

  @Override public int hashCode() { return textHash.hashCode(); }

  @Override public String toString() { return "ArticleFingerprint[" + textHash.substring(0, 12) + ", " + shingles + " shingles]"; }
}
