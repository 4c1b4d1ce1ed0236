package harbinger.ingest;

import harbinger.model.Article;
import harbinger.model.Outcome;
import java.util.List;
import java.util.Objects;

/**
 * One item read from input: an article, or a record that could not be read with the reason.
 * Immutable and thread-safe.
 */
public sealed interface ReadItem permits ReadItem.Read, ReadItem.Unreadable {
  /** The pipeline stage name used for read failures in {@link Outcome.Skipped}. */
  String STAGE = "read";

  String id();

  /**
   * An article that was read.
   *
   * @param article the article
   * @param notes things the reader repaired or ignored, for the run log ("not valid UTF-8 (byte 0xE9 at
   *     offset 120); decoded as windows-1252", "line 4: published 'soon' is not an ISO 8601 date; ignored");
   *     usually empty
   */
  record Read(Article article, List<String> notes) implements ReadItem {
    public Read {
      Objects.requireNonNull(article, "article");
      notes = List.copyOf(notes);
    }

    /** An article read without notes. */
    public Read(Article article) { this(article, List.of()); }

    @Override public String id() { return article.id(); }
  }

  /**
   * @param id best available id: {@code file:line} for a JSON Lines record, else the article id the file
   *     would have had (plain text), or the file name
   * @param reason clear human-readable reason ("line 3: malformed JSON: Unexpected character ...")
   */
  record Unreadable(String id, String reason) implements ReadItem {
    public Unreadable {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(reason, "reason");
    }

    /** This failure as the article's outcome, at stage {@value ReadItem#STAGE}. */
    public Outcome.Skipped toOutcome() { return new Outcome.Skipped(id, STAGE, reason); }
  }
}
