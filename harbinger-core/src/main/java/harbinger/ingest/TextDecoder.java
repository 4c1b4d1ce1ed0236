package harbinger.ingest;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Turns the bytes of one article (a plain-text file, or one JSON Lines record) into text, or into the reason
 * it is not text. Stateless and thread-safe.
 *
 * <p>Decisions, in order:
 * <ol>
 *   <li>A UTF-16 byte-order mark selects strict UTF-16; a UTF-8 byte-order mark is dropped.</li>
 *   <li>A NUL byte, or more than 10% C0 control bytes other than tab, line feed, form feed and carriage
 *       return, means {@code binary content}: the input is skipped.</li>
 *   <li>Valid UTF-8 is decoded as such.</li>
 *   <li>Invalid UTF-8 that looks like Latin-1 text (at most 40% bytes above 0x7F and none of the five bytes
 *       windows-1252 leaves undefined) is decoded as windows-1252, with a note naming the first bad byte.
 *       Windows-1252 is ISO-8859-1 plus printable characters (curly quotes, dashes) in 0x80..0x9F, which is
 *       what mislabelled "Latin-1" news text nearly always is.</li>
 *   <li>Anything else is skipped as {@code not valid UTF-8 (byte 0x.. at offset N)}.</li>
 * </ol>
 * Decoded text is then {@linkplain #normalise normalised}.
 */
final class TextDecoder {
  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
  private static final int MAX_HIGH_BYTE_PERCENT = 40;

  private TextDecoder() {}

  /** The outcome of decoding: {@link Text} or {@link Rejected}. */
  sealed interface Result permits Text, Rejected {}

  /** Decoded, normalised text; {@code note} says what was repaired, or is null. */
  record Text(String text, @Nullable String note) implements Result {}

  /** Not text: {@code reason} is the human-readable cause. */
  record Rejected(String reason) implements Result {}

  static Result decode(byte[] bytes) { return decode(bytes, bytes.length); }

  /** Decodes {@code bytes[0..length)}. */
  static Result decode(byte[] bytes, int length) {
    if (length >= 2 && (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF)
      return decodeStrict(bytes, 2, length, StandardCharsets.UTF_16BE, "UTF-16");
    if (length >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE)
      return decodeStrict(bytes, 2, length, StandardCharsets.UTF_16LE, "UTF-16");
    int start = hasUtf8Bom(bytes, length) ? 3 : 0;
    if (looksBinary(bytes, start, length)) return new Rejected("binary content");
    CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes, start, length - start);
    CharBuffer out = CharBuffer.allocate(length - start);
    CoderResult r = utf8.decode(in, out, true);
    if (!r.isError()) r = utf8.flush(out);
    if (!r.isError()) return new Text(normalise(out.flip().toString()), null);
    int offset = in.position();
    String where = String.format(Locale.ROOT, "byte 0x%02X at offset %d", bytes[offset] & 0xFF, offset);
    if (!looksLatin(bytes, start, length)) return new Rejected("not valid UTF-8 (" + where + ")");
    String text = new String(bytes, start, length - start, WINDOWS_1252);
    return new Text(normalise(text), "not valid UTF-8 (" + where + "); decoded as windows-1252");
  }

  /**
   * Line endings to {@code \n}, a leading U+FEFF removed, unpaired surrogates replaced by U+FFFD (one char
   * for one, so offsets computed after this step stay valid).
   */
  static String normalise(String s) {
    int from = !s.isEmpty() && s.charAt(0) == '\uFEFF' ? 1 : 0;
    StringBuilder b = new StringBuilder(s.length() - from);
    for (int i = from; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\r') {
        b.append('\n');
        if (i + 1 < s.length() && s.charAt(i + 1) == '\n') i++;
      } else if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
        b.append(c).append(s.charAt(++i));
      } else if (Character.isSurrogate(c)) {
        b.append('\uFFFD');
      } else {
        b.append(c);
      }
    }
    return b.toString();
  }

  /** Length of {@code s} in UTF-8 bytes, without encoding it (an unpaired surrogate counts as 3). */
  static long utf8Length(String s) {
    long n = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < 0x80) n += 1;
      else if (c < 0x800) n += 2;
      else if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
        n += 4;
        i++;
      } else n += 3;
    }
    return n;
  }

  /** True when the text has no character other than whitespace (including no-break and other Unicode spaces). */
  static boolean isBlank(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (!Character.isWhitespace(c) && !Character.isSpaceChar(c) && c != '\uFEFF') return false;
    }
    return true;
  }

  /** NUL bytes, or more than 10% control bytes other than \t \n \f \r, in {@code bytes[from..to)}. */
  static boolean looksBinary(byte[] bytes, int from, int to) {
    int controls = 0;
    for (int i = from; i < to; i++) {
      int b = bytes[i] & 0xFF;
      if (b == 0) return true;
      if ((b < 0x20 && b != '\t' && b != '\n' && b != '\f' && b != '\r') || b == 0x7F) controls++;
    }
    return controls * 10L > (to - from);
  }

  static boolean hasUtf8Bom(byte[] bytes, int length) {
    return length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF;
  }

  private static boolean looksLatin(byte[] bytes, int from, int to) {
    int high = 0;
    for (int i = from; i < to; i++) {
      int b = bytes[i] & 0xFF;
      if (b == 0x81 || b == 0x8D || b == 0x8F || b == 0x90 || b == 0x9D) return false;
      if (b >= 0x80) high++;
    }
    return high * 100L <= (long) MAX_HIGH_BYTE_PERCENT * (to - from);
  }

  private static Result decodeStrict(byte[] bytes, int from, int to, Charset cs, String label) {
    try {
      String text = cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes, from, to - from)).toString();
      if (text.indexOf('\0') >= 0) return new Rejected("binary content");
      return new Text(normalise(text), null);
    } catch (CharacterCodingException e) {
      return new Rejected("not valid " + label);
    }
  }
}
