package harbinger.eval;

import harbinger.model.Article;
import harbinger.model.Event;
import harbinger.model.Span;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The gold sentences of one M2E2 article joined into one article, so that the coder sees them in context
 * (pronouns, "the minister"). Sentences are joined in gold order with a blank line ("\n\n") between them, so
 * each gold sentence is its own paragraph and the NLP stage never runs a sentence across two of them. The
 * publication date is the date written in the document id ({@code VOA_EN_NW_2013.01.21.1587732} → 2013-01-21)
 * when it has one: as for any news article, the coder needs it to tell who held an office at the time.
 *
 * @param article the joined article (id = gold doc id, no title, publication date from the id or null)
 * @param sentences the gold sentences, in order
 * @param spans where each gold sentence stands in the article text, parallel to {@code sentences}
 */
public record M2e2Document(Article article, List<M2e2Record> sentences, List<Span> spans) {
  static final String SEPARATOR = "\n\n";
  private static final Pattern ID_DATE = Pattern.compile("(?<!\\d)(\\d{4})\\.(\\d{2})\\.(\\d{2})(?!\\d)");

  public M2e2Document {
    Objects.requireNonNull(article, "article");
    sentences = List.copyOf(sentences);
    spans = List.copyOf(spans);
    if (sentences.size() != spans.size()) throw new IllegalArgumentException("sentences and spans differ in length");
  }

  /** One document per doc id, in order of first appearance; sentences sorted by their index. */
  public static List<M2e2Document> of(List<M2e2Record> gold) {
    Map<String, List<M2e2Record>> byDoc = new LinkedHashMap<>();
    for (M2e2Record r : gold) byDoc.computeIfAbsent(r.docId(), k -> new ArrayList<>()).add(r);
    List<M2e2Document> out = new ArrayList<>();
    byDoc.forEach((doc, records) -> {
      List<M2e2Record> sorted = new ArrayList<>(records);
      sorted.sort(java.util.Comparator.comparingInt(M2e2Record::index));
      StringBuilder text = new StringBuilder();
      List<Span> spans = new ArrayList<>();
      for (M2e2Record r : sorted) {
        if (text.length() > 0) text.append(SEPARATOR);
        spans.add(new Span(text.length(), text.length() + r.text().length()));
        text.append(r.text());
      }
      out.add(new M2e2Document(new Article(doc, null, text.toString(), dateIn(doc), null, null), sorted, spans));
    });
    return out;
  }

  /** The first yyyy.mm.dd date in a document id, or null. */
  static @Nullable LocalDate dateIn(String docId) {
    Matcher m = ID_DATE.matcher(docId);
    if (!m.find()) return null;
    try {
      return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
    } catch (DateTimeException e) {
      return null;
    }
  }

  /** The gold sentence holding the character offset, if any (offsets in separators belong to none). */
  public Optional<M2e2Record> sentenceAt(int offset) {
    for (int i = 0; i < spans.size(); i++) {
      if (spans.get(i).start() <= offset && offset < spans.get(i).end()) return Optional.of(sentences.get(i));
    }
    return Optional.empty();
  }

  /** The events by gold sentence id, each placed by the start of its trigger. */
  public Map<String, List<Event>> eventsBySentence(List<Event> events) {
    Map<String, List<Event>> out = new LinkedHashMap<>();
    for (Event e : events) {
      sentenceAt(e.trigger().start()).ifPresent(r -> out.computeIfAbsent(r.id(), k -> new ArrayList<>()).add(e));
    }
    return out;
  }
}
