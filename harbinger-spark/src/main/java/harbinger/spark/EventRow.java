package harbinger.spark;

import harbinger.model.Actor;
import harbinger.model.Event;
import harbinger.output.EventJson;
import java.io.Serializable;

/**
 * One event as a Parquet row (JavaBean): the columns most analyses filter on, and {@code json}, the event
 * exactly as {@code harbinger code} prints it ({@link EventJson#line}), so nothing is lost.
 */
public final class EventRow implements Serializable {
  private static final long serialVersionUID = 1L;
  private String articleId;
  private String eventId;
  private int sentence;
  private String date;
  private String sourceCode;
  private String targetCode;
  private String cameo;
  private String plover;
  private int quadClass;
  private double goldstein;
  private String modality;
  private double confidence;
  private String json;

  public EventRow() {}

  static EventRow of(Event e, String articleText) {
    EventRow r = new EventRow();
    r.articleId = e.articleId();
    r.eventId = e.eventId();
    r.sentence = e.sentence();
    r.date = e.date() == null ? null : e.date().toString();
    r.sourceCode = code(e.source());
    r.targetCode = code(e.target());
    r.cameo = e.cameo();
    r.plover = e.plover();
    r.quadClass = e.quadClass();
    r.goldstein = e.goldstein();
    r.modality = e.modality().name();
    r.confidence = e.confidence();
    r.json = EventJson.line(e, articleText);
    return r;
  }

  private static String code(Actor a) { return a == null ? null : a.code(); }

  public String getArticleId() { return articleId; }
  public void setArticleId(String v) { articleId = v; }
  public String getEventId() { return eventId; }
  public void setEventId(String v) { eventId = v; }
  public int getSentence() { return sentence; }
  public void setSentence(int v) { sentence = v; }
  public String getDate() { return date; }
  public void setDate(String v) { date = v; }
  public String getSourceCode() { return sourceCode; }
  public void setSourceCode(String v) { sourceCode = v; }
  public String getTargetCode() { return targetCode; }
  public void setTargetCode(String v) { targetCode = v; }
  public String getCameo() { return cameo; }
  public void setCameo(String v) { cameo = v; }
  public String getPlover() { return plover; }
  public void setPlover(String v) { plover = v; }
  public int getQuadClass() { return quadClass; }
  public void setQuadClass(int v) { quadClass = v; }
  public double getGoldstein() { return goldstein; }
  public void setGoldstein(double v) { goldstein = v; }
  public String getModality() { return modality; }
  public void setModality(String v) { modality = v; }
  public double getConfidence() { return confidence; }
  public void setConfidence(double v) { confidence = v; }
  public String getJson() { return json; }
  public void setJson(String v) { json = v; }
}
