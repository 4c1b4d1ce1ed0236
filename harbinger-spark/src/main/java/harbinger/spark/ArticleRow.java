package harbinger.spark;

import harbinger.ingest.ReadItem;
import harbinger.model.Article;
import java.io.Serializable;
import java.time.LocalDate;

/**
 * One read item as a Spark row (a JavaBean for {@code Encoders.bean}): an article, or an input that could not be
 * read ({@code unreadable} holds the reason). Mapped to and from {@link ReadItem} at the edge only.
 */
public final class ArticleRow implements Serializable {
  private static final long serialVersionUID = 1L;
  private String id;
  private String title;
  private String text;
  private String published;
  private String url;
  private String outlet;
  private String unreadable;

  public ArticleRow() {}

  static ArticleRow of(ReadItem item) {
    ArticleRow r = new ArticleRow();
    r.id = item.id();
    if (item instanceof ReadItem.Read read) {
      Article a = read.article();
      r.title = a.title();
      r.text = a.text();
      r.published = a.published() == null ? null : a.published().toString();
      r.url = a.url();
      r.outlet = a.outlet();
    } else {
      r.unreadable = ((ReadItem.Unreadable) item).reason();
    }
    return r;
  }

  ReadItem toItem() {
    if (unreadable != null) return new ReadItem.Unreadable(id, unreadable);
    return new ReadItem.Read(new Article(id, title, text, published == null ? null : LocalDate.parse(published), url, outlet));
  }

  public String getId() { return id; }
  public void setId(String id) { this.id = id; }
  public String getTitle() { return title; }
  public void setTitle(String title) { this.title = title; }
  public String getText() { return text; }
  public void setText(String text) { this.text = text; }
  public String getPublished() { return published; }
  public void setPublished(String published) { this.published = published; }
  public String getUrl() { return url; }
  public void setUrl(String url) { this.url = url; }
  public String getOutlet() { return outlet; }
  public void setOutlet(String outlet) { this.outlet = outlet; }
  public String getUnreadable() { return unreadable; }
  public void setUnreadable(String unreadable) { this.unreadable = unreadable; }
}
