package harbinger.coding;

import static org.junit.jupiter.api.Assertions.assertTrue;

import harbinger.model.AnnotatedDoc;
import harbinger.model.Quote;
import harbinger.nlp.AnnotatedDocJson;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The quotes the default {@link QuoteExtractor} finds in a project-written article stored as doc JSON under
 * golden/quotes (made with {@code harbinger parse --json --published 2024-05-02}), so tests need no models; with the
 * look-ups the quote tests share.
 */
record StoredQuotes(List<Quote> quotes) {
  /** Reads {@code /golden/quotes/NAME.doc.json} from the test resources and extracts its quotes. */
  static StoredQuotes extract(String name) {
    String resource = "/golden/quotes/" + name + ".doc.json";
    try (InputStream in = Objects.requireNonNull(StoredQuotes.class.getResourceAsStream(resource), resource)) {
      AnnotatedDoc doc = AnnotatedDocJson.read(new String(in.readAllBytes(), StandardCharsets.UTF_8));
      return new StoredQuotes(List.copyOf(QuoteExtractor.createDefault().extract(doc)));
    } catch (IOException e) {
      throw new UncheckedIOException(resource, e);
    }
  }

  /** The first quote whose text starts with these words. */
  Optional<Quote> find(String words) {
    return quotes.stream().filter(x -> x.text().startsWith(words)).findFirst();
  }

  /** The speaker words of the first quote starting with these words; fails when there is none. */
  String speakerOf(String words) {
    return find(words).orElseThrow(() -> new AssertionError("no quote starting '" + words + "' in " + quotes)).speakerText();
  }

  /** Fails when some quote starts with these words. */
  void noQuote(String words) {
    assertTrue(find(words).isEmpty(), () -> "unexpected quote starting '" + words + "' in " + quotes);
  }
}
