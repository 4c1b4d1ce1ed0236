package harbinger.ingest;

import harbinger.model.Article;
import java.util.Objects;

/** One item read from input: an article, or a record that could not be read with the reason. */
public sealed interface ReadItem permits ReadItem.Read, ReadItem.Unreadable {
  String id();

  record Read(Article article) implements ReadItem {
    public Read { Objects.requireNonNull(article, "article"); }
    @Override public String id() { return article.id(); }
  }

  /**
   * @param id best available id: the JSON id if it could be read, else {@code file:line} or the file name
   * @param reason clear human-readable reason ("line 3: malformed JSON: Unexpected character ...")
   */
  record Unreadable(String id, String reason) implements ReadItem {
    public Unreadable {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(reason, "reason");
    }
  }
}
