package harbinger.coding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import harbinger.model.Span;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link Quotes}: quoted passages in straight and typographic quotes, bounded by paragraphs. */
class QuotesTest {

  private static List<String> quoted(String text) {
    Quotes q = Quotes.in(text);
    return q.spans().stream().map(q::text).toList();
  }

  @Test
  void findsTheQuotesOfAnArticle() {
    String text = Fixtures.doc("quote-with-speaker").article().text();
    Quotes q = Quotes.in(text);
    assertEquals(List.of("Russia is massing troops on our border,", "We will defend our land,"), q.spans().stream().map(q::text).toList());
    assertTrue(q.at(text.indexOf("massing")).isPresent());
    assertFalse(q.at(text.indexOf("Reznikov")).isPresent(), "the speaker stands outside the quote");
  }

  @Test
  void typographicQuotes() {
    assertEquals(List.of("We are ready to talk."), quoted("The envoy said: “We are ready to talk.” Then he left."));
  }

  @Test
  void unclosedQuoteRunsToTheEndOfItsParagraph() {
    String text = "He said: \"We will not retreat.\n\nThe army moved.";
    assertEquals(List.of("We will not retreat."), quoted(text));
    Quotes q = Quotes.in(text);
    assertFalse(q.at(text.indexOf("army")).isPresent());
  }

  @Test
  void unclosedQuoteAtTheEndOfTheTextRunsToTheEnd() {
    assertEquals(List.of("Peace is near"), quoted("The minister said \"Peace is near"));
  }

  @Test
  void quoteNeverCrossesAParagraphBreak() {
    String text = "\"First part\n\nsecond part\" and more.";
    List<String> quotes = quoted(text);
    assertEquals("First part", quotes.get(0));
    assertTrue(quotes.stream().noneMatch(s -> s.contains("\n\n")));
  }

  @Test
  void tooShortQuotesAreIgnored() {
    assertEquals(List.of(), quoted("He gave the letter \"A\" to them."));
  }

  @Test
  void overlapsTellsWhetherASpanTouchesAQuote() {
    String text = "Officials said \"talks failed\" on Monday.";
    Quotes q = Quotes.in(text);
    int start = text.indexOf("talks");
    assertTrue(q.overlaps(start, start + 5));
    assertFalse(q.overlaps(0, "Officials".length()));
    assertEquals(new Span(start, text.indexOf("failed") + "failed".length()), q.spans().get(0));
  }

  @Test
  void contentOfACueInsideAQuoteStaysInsideIt() {
    String text = "“The mayor told me, and I said no,” Ana Ruiz wrote on Monday. She left.";
    Quotes q = Quotes.in(text);
    int said = text.indexOf("said");
    Span reaching = new Span(text.indexOf("no"), text.indexOf(" on Monday"));
    assertEquals("no", text.substring(q.clip(reaching, said).start(), q.clip(reaching, said).end()));
    assertEquals(null, q.clip(new Span(text.indexOf("She"), text.length() - 1), said));
    Span outside = new Span(text.indexOf("She"), text.length() - 1);
    assertEquals(outside, q.clip(outside, text.indexOf("wrote")), "a cue outside every quote keeps its content");
  }
}
