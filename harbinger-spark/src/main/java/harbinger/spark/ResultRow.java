package harbinger.spark;

import harbinger.model.Event;
import harbinger.model.Outcome;
import harbinger.pipeline.Result;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * What became of one article (JavaBean): the outcome columns written to {@code outcomes/}, and its events,
 * exploded into {@code events/}. {@code status} is {@code coded} or {@code skipped}; {@code stage} and
 * {@code reason} are set for skipped articles only.
 */
public final class ResultRow implements Serializable {
  private static final long serialVersionUID = 1L;
  private String articleId;
  private String status;
  private String stage;
  private String reason;
  private int sentences;
  private int eventCount;
  private String published;
  private String url;
  private String outlet;
  private List<EventRow> events = new ArrayList<>();

  public ResultRow() {}

  static ResultRow of(Result result) {
    ResultRow r = new ResultRow();
    r.articleId = result.outcome().articleId();
    if (result.article() != null) {
      r.published = result.article().published() == null ? null : result.article().published().toString();
      r.url = result.article().url();
      r.outlet = result.article().outlet();
    }
    if (result.outcome() instanceof Outcome.Coded c) {
      r.status = "coded";
      r.sentences = c.sentences();
      for (Event e : c.events()) r.events.add(EventRow.of(e, result.article().text()));
      r.eventCount = r.events.size();
    } else {
      Outcome.Skipped s = (Outcome.Skipped) result.outcome();
      r.status = "skipped";
      r.stage = s.stage();
      r.reason = s.reason();
    }
    return r;
  }

  public String getArticleId() { return articleId; }
  public void setArticleId(String v) { articleId = v; }
  public String getStatus() { return status; }
  public void setStatus(String v) { status = v; }
  public String getStage() { return stage; }
  public void setStage(String v) { stage = v; }
  public String getReason() { return reason; }
  public void setReason(String v) { reason = v; }
  public int getSentences() { return sentences; }
  public void setSentences(int v) { sentences = v; }
  public int getEventCount() { return eventCount; }
  public void setEventCount(int v) { eventCount = v; }
  public String getPublished() { return published; }
  public void setPublished(String v) { published = v; }
  public String getUrl() { return url; }
  public void setUrl(String v) { url = v; }
  public String getOutlet() { return outlet; }
  public void setOutlet(String v) { outlet = v; }
  public List<EventRow> getEvents() { return events; }
  public void setEvents(List<EventRow> v) { events = v; }
}
