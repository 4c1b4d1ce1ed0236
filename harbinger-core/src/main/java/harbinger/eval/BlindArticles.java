package harbinger.eval;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import harbinger.error.InputException;
import harbinger.model.Span;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Blind quote and date probes: short articles written by hand, annotated with words instead of offsets, read into
 * the same gold records as the PolNeAR and TempEval-3 sets so that {@link QuoteScorer} and {@link TimexScorer}
 * score them unchanged.
 *
 * <p>Format: JSON Lines, one article per line; lines starting with {@code #} are comments. Fields: {@code id},
 * {@code published} (ISO date), {@code text} (paragraphs split by a blank line), {@code quotes} and {@code dates}.
 * A quote is {@code {"content": words, "speaker": name or null, "mention": words}}: {@code content} must occur
 * exactly once in the text; {@code speaker} is the speaker as the article names it ("Mayor Linda Haskins", "the
 * ministry"), null for words nobody is reported as saying (a slogan); the optional {@code mention} is what names
 * the speaker at the quote when it differs from {@code speaker} ("she", "the prime minister"), and the optional
 * {@code mention_at} ({@code "before"} or {@code "after"}) says on which side of the content that mention stands when
 * the same word also stands nearer on the other side ("He conceded that X, but he insisted ..."). A date is
 * {@code {"text": words, "value": TIMEX3 value}}, listed in text order (each is looked up after the previous
 * one); a calendar value with a time part ({@code 2013-03-19TNI}, {@code 2013-03-23T17:00}) is scored as a TIME,
 * any other ({@code PRESENT_REF} too) as a DATE.
 *
 * <p>Placing the source. The gold source of a quote is the occurrence (whole words, ignoring case) of its
 * mention nearest the content, plus the occurrence of its speaker nearest the content and every other one in the
 * content's paragraph (a name repeated there is the same speaker): a produced speaker names the speaker when its
 * words overlap any of them, or when its resolved actor's name ends in a word of either
 * ({@link QuoteScorer#namesSpeaker}). "Nearest" prefers occurrences in the content's paragraph.
 *
 * <p>Errors: a line that is not JSON, lacks a field, or whose words cannot be found stops the read with an
 * {@link InputException} whose message starts with {@code file:line:}. Stateless and thread-safe.
 */
public final class BlindArticles {
  private static final ObjectMapper JSON = new ObjectMapper();
  /** A calendar value with a time part ("2013-03-19TNI", "2013-03-23T17:00"); PRESENT_REF and the like are DATEs. */
  private static final Pattern TIME_VALUE = Pattern.compile("[0-9X]{4}(-[0-9X]{2}(-[0-9X]{2})?|-W[0-9X]{2}(-[0-9X])?)?T.*");

  /**
   * The articles as gold records of both kinds.
   *
   * @param quotes one quote article per line, with an attribution per annotated quote
   * @param timex one timex article per line, with a TIMEX3 per annotated date
   */
  public record Gold(List<QuoteArticle> quotes, List<TimexArticle> timex) {
    public Gold {
      quotes = List.copyOf(quotes);
      timex = List.copyOf(timex);
    }
  }

  private BlindArticles() {}

  /** Whether the file is in this format (its first non-blank line is a comment or an object with "quotes"). */
  public static boolean isBlind(Path file) {
    try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String raw;
      while ((raw = r.readLine()) != null) {
        if (raw.isBlank()) continue;
        if (raw.startsWith("#")) return true;
        JsonNode n = JSON.readTree(raw);
        return n != null && n.isObject() && n.has("quotes");
      }
      return false;
    } catch (IOException e) {
      return false;
    }
  }

  /** @throws InputException when the file is missing or malformed ({@code file:line:}) */
  public static Gold read(Path file) {
    if (!Files.isRegularFile(file)) throw new InputException(file + ": blind probe file not found");
    List<QuoteArticle> quotes = new ArrayList<>();
    List<TimexArticle> timex = new ArrayList<>();
    try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String raw;
      int number = 0;
      while ((raw = r.readLine()) != null) {
        number++;
        if (raw.isBlank() || raw.startsWith("#")) continue;
        String where = file + ":" + number + ": ";
        try {
          JsonNode n = JSON.readTree(raw);
          if (n == null || !n.isObject()) throw new InputException(where + "expected a JSON object");
          String id = text(n, "id", where);
          String body = text(n, "text", where);
          LocalDate published = LocalDate.parse(text(n, "published", where));
          quotes.add(new QuoteArticle(id, published, body, attributions(n, body, where)));
          timex.add(new TimexArticle(id, published, body, dates(n, body, where)));
        } catch (JsonProcessingException e) {
          throw new InputException(where + "malformed JSON: " + e.getOriginalMessage());
        } catch (DateTimeParseException | IllegalArgumentException e) {
          throw new InputException(where + e.getMessage());
        }
      }
    } catch (IOException e) {
      throw new InputException(file + ": cannot read: " + e.getMessage(), e);
    }
    return new Gold(quotes, timex);
  }

  private static List<QuoteArticle.GoldAttribution> attributions(JsonNode n, String body, String where) {
    List<QuoteArticle.GoldAttribution> out = new ArrayList<>();
    int k = 0;
    for (JsonNode q : array(n, "quotes", where)) {
      String content = text(q, "content", where);
      int at = body.indexOf(content);
      if (at < 0) throw new InputException(where + "quote content not in the text: '" + content + "'");
      if (body.indexOf(content, at + 1) >= 0) throw new InputException(where + "quote content occurs twice: '" + content + "'");
      Span span = new Span(at, at + content.length());
      String speaker = optionalText(q, "speaker", where);
      String mention = optionalText(q, "mention", where);
      String side = optionalText(q, "mention_at", where);
      if (side != null && !side.equals("before") && !side.equals("after"))
        throw new InputException(where + "mention_at must be \"before\" or \"after\", not '" + side + "'");
      if (side != null && mention == null) throw new InputException(where + "mention_at without a mention");
      List<Span> source = new ArrayList<>();
      List<String> words = new ArrayList<>();
      for (String name : mention == null ? new String[] {speaker} : new String[] {mention, speaker}) {
        if (name == null) continue;
        Span s = nearest(body, name, span, name.equals(mention) ? side : null);
        if (s == null) throw new InputException(where + "speaker words not in the text: '" + name + "'");
        source.add(s);
        words.add(body.substring(s.start(), s.end()));
        if (name.equals(speaker)) { // the same name elsewhere in the paragraph is the same speaker
          for (Span other : inParagraph(body, name, span)) if (!source.contains(other)) source.add(other);
        }
      }
      source.sort(java.util.Comparator.comparingInt(Span::start));
      out.add(new QuoteArticle.GoldAttribution("Q" + (++k), source, source.isEmpty() ? null : String.join(" ", words),
          List.of(span), content));
    }
    return out;
  }

  private static List<TimexArticle.GoldTimex> dates(JsonNode n, String body, String where) {
    List<TimexArticle.GoldTimex> out = new ArrayList<>();
    int from = 0;
    for (JsonNode d : array(n, "dates", where)) {
      String words = text(d, "text", where);
      String value = text(d, "value", where);
      int at = body.indexOf(words, from);
      if (at < 0) throw new InputException(where + "date '" + words + "' not in the text after offset " + from);
      from = at + words.length();
      out.add(new TimexArticle.GoldTimex("t" + (out.size() + 1), words, new Span(at, from),
          TIME_VALUE.matcher(value).matches() ? "TIME" : "DATE", value));
    }
    return out;
  }

  /** Every whole-word occurrence of {@code words} (ignoring case) in the paragraph of {@code near}, outside it. */
  static List<Span> inParagraph(String body, String words, Span near) {
    int paraStart = body.lastIndexOf("\n\n", near.start()) + 1;
    int paraEnd = body.indexOf("\n\n", near.end());
    if (paraEnd < 0) paraEnd = body.length();
    List<Span> out = new ArrayList<>();
    Matcher m = word(words).matcher(body);
    while (m.find()) {
      boolean inside = m.start() < near.end() && near.start() < m.end();
      if (!inside && m.start() >= paraStart && m.end() <= paraEnd) out.add(new Span(m.start(), m.end()));
    }
    return out;
  }

  private static Pattern word(String words) {
    return Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(words) + "(?![\\p{L}\\p{N}])",
        Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  }

  /** The whole-word, case-insensitive occurrence of {@code words} nearest {@code near}, preferring its paragraph. */
  static @Nullable Span nearest(String body, String words, Span near) { return nearest(body, words, near, null); }

  /** As {@link #nearest(String, String, Span)}, only on one side of {@code near} when {@code side} is "before" or "after". */
  static @Nullable Span nearest(String body, String words, Span near, @Nullable String side) {
    Matcher m = word(words).matcher(body);
    int paraStart = body.lastIndexOf("\n\n", near.start()) + 1;
    int paraEnd = body.indexOf("\n\n", near.end());
    if (paraEnd < 0) paraEnd = body.length();
    Span best = null;
    long bestScore = Long.MAX_VALUE;
    while (m.find()) {
      if (m.start() < near.end() && near.start() < m.end()) continue; // inside the content itself
      if ("before".equals(side) && m.end() > near.start() || "after".equals(side) && m.start() < near.end()) continue;
      long gap = m.end() <= near.start() ? near.start() - m.end() : m.start() - near.end();
      boolean samePara = m.start() >= paraStart && m.end() <= paraEnd;
      long score = (samePara ? 0 : 1_000_000_000L) + gap;
      if (score < bestScore) { bestScore = score; best = new Span(m.start(), m.end()); }
    }
    return best;
  }

  private static String text(JsonNode obj, String field, String where) {
    JsonNode v = obj.get(field);
    if (v == null || !v.isTextual()) throw new InputException(where + "missing or non-string field " + field);
    return v.textValue();
  }

  private static @Nullable String optionalText(JsonNode obj, String field, String where) {
    JsonNode v = obj.get(field);
    if (v == null || v.isNull()) return null;
    if (!v.isTextual()) throw new InputException(where + field + " is not a string");
    return v.textValue().strip().isEmpty() ? null : v.textValue().strip();
  }

  private static List<JsonNode> array(JsonNode obj, String field, String where) {
    JsonNode v = obj.get(field);
    if (v == null || v.isNull()) return List.of();
    if (!v.isArray()) throw new InputException(where + field + " is not an array");
    List<JsonNode> out = new ArrayList<>();
    v.forEach(out::add);
    return out;
  }

}
