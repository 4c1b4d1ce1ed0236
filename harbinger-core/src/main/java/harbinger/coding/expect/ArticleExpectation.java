package harbinger.coding.expect;

import harbinger.data.DataFile;
import harbinger.data.DataLine;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One expectation about one article of a corpus, as listed in a file such as
 * {@code samples/sample-corpus.expected.tsv}: two tab-separated columns {@code article_id  expect}, one or
 * more lines per article, several assertions per line separated by {@code ;}. Blank lines and lines starting
 * with {@code #} are skipped. Immutable and thread-safe.
 *
 * @param articleId id of the article in the corpus
 * @param expectation the assertion
 * @param origin {@code file:line} of the assertion, for reports
 */
public record ArticleExpectation(String articleId, Expectation expectation, String origin) {
  public ArticleExpectation {
    Objects.requireNonNull(articleId, "articleId");
    Objects.requireNonNull(expectation, "expectation");
    Objects.requireNonNull(origin, "origin");
    if (articleId.isBlank()) throw new IllegalArgumentException("blank article id");
  }

  /**
   * Reads an expectations file, in file order.
   *
   * @throws harbinger.error.DictionaryException with a {@code file:line:} message if the file cannot be read,
   *     a line does not have exactly two columns or an assertion is malformed
   */
  public static List<ArticleExpectation> read(Path file) {
    List<ArticleExpectation> out = new ArrayList<>();
    for (DataLine line : DataFile.read(file)) {
      if (line.fields().size() != 2) {
        throw line.error("want 2 tab-separated columns (article_id, expect) but found " + line.fields().size());
      }
      String id = line.expectField(0, "article_id");
      for (Expectation e : FailureCase.expectations(line, line.expectField(1, "expect"))) {
        out.add(new ArticleExpectation(id, e, line.file() + ":" + line.number()));
      }
    }
    return List.copyOf(out);
  }
}
