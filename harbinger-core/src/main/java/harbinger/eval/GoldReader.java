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
import org.jspecify.annotations.Nullable;

/**
 * Reads the gold JSON Lines files (schemas in the gold folder's README). Gold offsets count Unicode code
 * points (Python string indices); they are converted to Java string offsets. Blank lines are skipped; unknown
 * fields are ignored. A line that is not JSON, lacks a required field, has a field of the wrong type or a span
 * outside its text stops the read with an {@link InputException} whose message starts with {@code file:line:}.
 * Stateless and thread-safe.
 */
public final class GoldReader {
  private static final ObjectMapper JSON = new ObjectMapper();

  private GoldReader() {}

  /** PLOVER records. Actor codes are upper-cased; a null offset elsewhere in the record is not an error. */
  public static List<PloverRecord> plover(Path file) {
    return read(file, n -> {
      JsonNode event = n.object("event");
      List<String> sources = codes(n, "source");
      List<String> targets = codes(n, "target");
      String date = n.optionalText("date");
      return new PloverRecord(n.text("id"), n.text("text"), n.text(event, "type"), sources, targets,
          n.bool("reciprocal"), date == null ? null : n.date(date, "date"));
    });
  }

  /** CAMEO manual examples. */
  public static List<CameoRecord> cameo(Path file) {
    return read(file, n -> {
      String code = n.text("cameo_code");
      if (!code.matches("\\d{3,4}")) throw n.error("cameo_code must be 3 or 4 digits but was '" + code + "'");
      return new CameoRecord(n.text("id"), n.text("text"), code);
    });
  }

  /** M2E2 sentences. */
  public static List<M2e2Record> m2e2(Path file) {
    return read(file, n -> {
      List<String> types = new ArrayList<>();
      for (JsonNode e : n.array(n.node(), "events")) types.add(n.text(e, "type"));
      return new M2e2Record(n.text("id"), n.text("doc_id"), n.integer("sentence_index"), n.text("text"), types);
    });
  }

  /** TempEval-3 articles. */
  public static List<TimexArticle> timex(Path file) {
    return read(file, n -> {
      String text = n.text("text");
      List<TimexArticle.GoldTimex> timexes = new ArrayList<>();
      for (JsonNode t : n.array(n.node(), "timexes")) {
        Span span = n.span(t, text);
        timexes.add(new TimexArticle.GoldTimex(n.text(t, "tid"), n.text(t, "text"), span, n.text(t, "type"),
            n.text(t, "value")));
      }
      return new TimexArticle(n.text("id"), n.date(n.text("dct"), "dct"), text, timexes);
    });
  }

  /** PolNeAR articles. */
  public static List<QuoteArticle> quotes(Path file) {
    return read(file, n -> {
      String text = n.text("text");
      String published = n.optionalText("publication_date");
      List<QuoteArticle.GoldAttribution> out = new ArrayList<>();
      for (JsonNode a : n.array(n.node(), "attributions")) {
        JsonNode source = a.get("source");
        List<Span> sourceSpans = source == null || source.isNull() ? List.of() : n.fragments(source, text);
        String sourceText = sourceSpans.isEmpty() ? null : n.text(source, "text");
        List<Span> content = new ArrayList<>();
        List<String> contentText = new ArrayList<>();
        for (JsonNode c : n.array(a, "content")) {
          content.addAll(n.fragments(c, text));
          contentText.add(n.text(c, "text"));
        }
        out.add(new QuoteArticle.GoldAttribution(n.text(a, "id"), sourceSpans, sourceText, content,
            String.join(" ", contentText)));
      }
      return new QuoteArticle(n.text("id"), published == null ? null : n.date(published, "publication_date"), text, out);
    });
  }

  private static List<String> codes(Line n, String field) {
    List<String> out = new ArrayList<>();
    for (JsonNode a : n.array(n.node(), field)) out.add(n.text(a, "code").strip().toUpperCase(java.util.Locale.ROOT));
    return out;
  }

  @FunctionalInterface
  private interface LineMapper<T> {
    T map(Line line);
  }

  private static <T> List<T> read(Path file, LineMapper<T> mapper) {
    if (!Files.isRegularFile(file)) throw new InputException(file + ": gold file not found");
    List<T> out = new ArrayList<>();
    try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String raw;
      int number = 0;
      while ((raw = r.readLine()) != null) {
        number++;
        if (raw.isBlank()) continue;
        Line line = new Line(file, number, parse(file, number, raw));
        try {
          out.add(mapper.map(line));
        } catch (IllegalArgumentException e) {
          throw line.error(e.getMessage());
        }
      }
    } catch (IOException e) {
      throw new InputException(file + ": cannot read: " + e.getMessage(), e);
    }
    return out;
  }

  private static JsonNode parse(Path file, int number, String raw) {
    try {
      JsonNode node = JSON.readTree(raw);
      if (node == null || !node.isObject()) throw new InputException(file + ":" + number + ": expected a JSON object");
      return node;
    } catch (JsonProcessingException e) {
      throw new InputException(file + ":" + number + ": malformed JSON: " + e.getOriginalMessage());
    }
  }

  /** One parsed line with accessors that fail with {@code file:line:} messages. */
  private record Line(Path file, int number, JsonNode node) {
    InputException error(String message) { return new InputException(file + ":" + number + ": " + message); }

    String text(String field) { return text(node, field); }

    String text(JsonNode obj, String field) {
      JsonNode v = obj.get(field);
      if (v == null || v.isNull()) throw error("missing field " + field);
      if (!v.isTextual()) throw error(field + " is not a string");
      return v.textValue();
    }

    @Nullable String optionalText(String field) {
      JsonNode v = node.get(field);
      if (v == null || v.isNull()) return null;
      if (!v.isTextual()) throw error(field + " is not a string");
      return v.textValue();
    }

    boolean bool(String field) {
      JsonNode v = node.get(field);
      if (v == null || v.isNull()) return false;
      if (!v.isBoolean()) throw error(field + " is not true or false");
      return v.booleanValue();
    }

    int integer(String field) {
      JsonNode v = node.get(field);
      if (v == null || !v.isInt()) throw error("missing or non-integer field " + field);
      return v.intValue();
    }

    JsonNode object(String field) {
      JsonNode v = node.get(field);
      if (v == null || !v.isObject()) throw error("missing or non-object field " + field);
      return v;
    }

    /** The array field, or an empty list when absent or null. */
    List<JsonNode> array(JsonNode obj, String field) {
      JsonNode v = obj.get(field);
      if (v == null || v.isNull()) return List.of();
      if (!v.isArray()) throw error(field + " is not an array");
      List<JsonNode> out = new ArrayList<>();
      v.forEach(out::add);
      return out;
    }

    LocalDate date(String value, String field) {
      try {
        return LocalDate.parse(value.length() > 10 ? value.substring(0, 10) : value);
      } catch (DateTimeParseException e) {
        throw error(field + " '" + value + "' is not an ISO date");
      }
    }

    /** {@code start}/{@code end} of a span object, checked against the text. */
    Span span(JsonNode obj, String text) {
      JsonNode s = obj.get("start");
      JsonNode e = obj.get("end");
      if (s == null || e == null || !s.isInt() || !e.isInt()) throw error("span without integer start/end: " + obj);
      return checked(s.intValue(), e.intValue(), text);
    }

    /** The {@code fragments} [[start,end],...] of a brat-style span object, checked against the text. */
    List<Span> fragments(JsonNode obj, String text) {
      List<Span> out = new ArrayList<>();
      for (JsonNode f : array(obj, "fragments")) {
        if (!f.isArray() || f.size() != 2 || !f.get(0).isInt() || !f.get(1).isInt()) throw error("bad fragment " + f);
        out.add(checked(f.get(0).intValue(), f.get(1).intValue(), text));
      }
      return out;
    }

    /** Gold offsets count code points (Python str indices); Java strings index UTF-16 units. */
    private Span checked(int start, int end, String text) {
      int length = text.codePointCount(0, text.length());
      if (start < 0 || end < start || end > length)
        throw error("span [" + start + "," + end + ") outside the text of " + length + " characters");
      if (length == text.length()) return new Span(start, end);
      int s = text.offsetByCodePoints(0, start);
      return new Span(s, text.offsetByCodePoints(s, end - start));
    }
  }
}
