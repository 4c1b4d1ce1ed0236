package harbinger.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class TextDecoderTest {
  private static TextDecoder.Text text(byte[] bytes) {
    return assertInstanceOf(TextDecoder.Text.class, TextDecoder.decode(bytes));
  }

  private static String rejected(byte[] bytes) {
    return assertInstanceOf(TextDecoder.Rejected.class, TextDecoder.decode(bytes)).reason();
  }

  @Test
  void decodesUtf8WithoutNote() {
    TextDecoder.Text t = text("Zelenskiy – “Kyiv”".getBytes(StandardCharsets.UTF_8));
    assertEquals("Zelenskiy – “Kyiv”", t.text());
    assertNull(t.note());
  }

  @Test
  void dropsUtf8ByteOrderMark() {
    byte[] bytes = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'H', 'i'};
    assertEquals("Hi", text(bytes).text());
  }

  @Test
  void normalisesCrLfAndLoneCrToLf() {
    assertEquals("a\nb\nc\n\nd", text("a\r\nb\rc\r\n\r\nd".getBytes(StandardCharsets.UTF_8)).text());
  }

  @Test
  void rejectsNulBytesAsBinary() {
    assertEquals("binary content", rejected(new byte[] {'a', 'b', 0, 'c'}));
  }

  @Test
  void rejectsManyControlBytesAsBinaryButAcceptsAFew() {
    byte[] many = "abcdefgh\u0001\u0002".getBytes(StandardCharsets.US_ASCII);
    assertEquals("binary content", rejected(many));
    byte[] few = "a fairly ordinary line of text with one \u0007 bell in it".getBytes(StandardCharsets.US_ASCII);
    assertTrue(text(few).text().contains("\u0007"));
  }

  @Test
  void decodesLatinLookingInvalidUtf8AsWindows1252WithANote() {
    byte[] bytes = "Le président a dit « non » – fin".getBytes(Charset.forName("windows-1252"));
    TextDecoder.Text t = text(bytes);
    assertEquals("Le président a dit « non » – fin", t.text());
    assertEquals("not valid UTF-8 (byte 0xE9 at offset 5); decoded as windows-1252", t.note());
  }

  @Test
  void rejectsInvalidUtf8ThatIsMostlyHighBytesNamingByteAndOffset() {
    byte[] bytes = {'o', 'k', (byte) 0xC3, (byte) 0x28, (byte) 0xF0, (byte) 0xA0, (byte) 0xE9, (byte) 0xFF};
    assertEquals("not valid UTF-8 (byte 0xC3 at offset 2)", rejected(bytes));
  }

  @Test
  void rejectsInvalidUtf8WithBytesUndefinedInWindows1252() {
    byte[] bytes = "a long ordinary sentence with one bad byte X here".getBytes(StandardCharsets.US_ASCII);
    bytes[bytes.length - 6] = (byte) 0x81;
    assertTrue(rejected(bytes).startsWith("not valid UTF-8 (byte 0x81 at offset "));
  }

  @Test
  void decodesUtf16WithByteOrderMark() {
    byte[] le = "\uFEFFHello\r\nworld".getBytes(StandardCharsets.UTF_16LE);
    assertEquals("Hello\nworld", text(le).text());
    byte[] be = "\uFEFFHello".getBytes(StandardCharsets.UTF_16BE);
    assertEquals("Hello", text(be).text());
  }

  @Test
  void rejectsTruncatedUtf16() {
    assertEquals("not valid UTF-16", rejected(new byte[] {(byte) 0xFF, (byte) 0xFE, 'a'}));
  }

  @Test
  void replacesUnpairedSurrogatesOneForOne() {
    String s = "a\uD800b\uD83D\uDE00c\uDC00";
    String n = TextDecoder.normalise(s);
    assertEquals("a\uFFFDb\uD83D\uDE00c\uFFFD", n);
    assertEquals(s.length(), n.length());
  }

  @Test
  void blankIncludesNoBreakSpaces() {
    assertTrue(TextDecoder.isBlank(" \u00A0\t\n\u2003"));
    assertFalse(TextDecoder.isBlank(" \u00A0x"));
  }

  @Test
  void utf8LengthCountsLikeTheEncoder() {
    for (String s : new String[] {"", "abc", "é", "–“”", "\uD83D\uDE00", "mixed é – \uD83D\uDE00 end"})
      assertEquals(s.getBytes(StandardCharsets.UTF_8).length, TextDecoder.utf8Length(s), s);
  }
}
