package harbinger.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import harbinger.model.Article;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Turns one JSON Lines record {@code {"id","text","title"?,"published"?,"url"?,"outlet"?}} into a
 * {@link ReadItem}. Unknown fields are ignored; a JSON {@code null} counts as absent. Thread-safe.
 *
 * <ul>
 *   <li>{@code text} is required and must be a string that is not blank.</li>
 *   <li>{@code id} may be a string or a number; when absent or blank it is derived: {@code url-<12 hex>}
 *       from the SHA-1 of the url, else {@code sha1-<12 hex>} from the SHA-1 of the text.</li>
 *   <li>{@code title}, when given, is the headline: the article text becomes {@code title + "\n\n" + text}
 *       so that the headline is paragraph 0 as in plain text, unless the text already starts with it.
 *       Line breaks inside the title become spaces.</li>
 *   <li>{@code published} is an ISO 8601 date or date-time ({@code 2021-12-30}, {@code 20211230},
 *       {@code 2021-12-30T18:05:00Z}, {@code 2021-12-30T18:05:00+01:00}, {@code 2021-12-30 18:05:00}); only the
 *       date part as written is kept (no conversion to UTC: a publication date is the outlet's local date).
 *       An unusable value does not lose the article: it is treated as absent, the fallback
 *       {@link ReadOptions#published()} applies, and a note records it.</li>
 * </ul>
 */
final class JsonRecord {
  private static final ObjectMapper JSON = JsonMapper.builder()
      .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
      .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
      .build();
  private static final List<Function<String, LocalDate>> DATE_FORMS = List.of(
      LocalDate::parse,
      s -> OffsetDateTime.parse(s).toLocalDate(),
      s -> ZonedDateTime.parse(s).toLocalDate(),
      s -> LocalDateTime.parse(s).toLocalDate(),
      s -> LocalDateTime.parse(s.replaceFirst(" ", "T")).toLocalDate(),
      s -> OffsetDateTime.parse(s.replaceFirst(" ", "T")).toLocalDate(),
      s -> LocalDate.parse(s, DateTimeFormatter.BASIC_ISO_DATE));

  private JsonRecord() {}

  /**
   * @param line the record, already decoded
   * @param file file name used in ids and messages
   * @param number 1-based line number
   * @param decodeNote a note from decoding the line's bytes, or null
   */
  static ReadItem parse(String line, String file, int number, ReadOptions options, IdRegistry ids,
                        @Nullable String decodeNote) {
    String where = file + ":" + number;
    String prefix = "line " + number + ": ";
    JsonNode node;
    try {
      node = JSON.readTree(line);
    } catch (JsonProcessingException e) {
      String original = e.getOriginalMessage();
      String message = original == null ? e.getClass().getSimpleName() : original.replaceAll("\\s+", " ").strip();
      if (message.length() > 300) message = message.substring(0, 300) + "...";
      var loc = e.getLocation();
      String column = loc != null && loc.getColumnNr() > 0 ? " (column " + loc.getColumnNr() + ")" : "";
      return new ReadItem.Unreadable(where, prefix + "malformed JSON: " + message + column);
    }
    if (node == null || !node.isObject())
      return new ReadItem.Unreadable(where, prefix + "malformed JSON: expected an object but found " + kind(node));
    List<String> notes = new ArrayList<>();
    if (decodeNote != null) notes.add(prefix + decodeNote);

    JsonNode idNode = present(node, "id");
    if (idNode != null && !idNode.isTextual() && !idNode.isNumber())
      return new ReadItem.Unreadable(where, prefix + "id is not a string");
    JsonNode textNode = present(node, "text");
    String known = idNode == null || idNode.asText().isBlank() ? "" : " (id " + idNode.asText().strip() + ")";
    if (textNode == null) return new ReadItem.Unreadable(where, prefix + "missing field text" + known);
    if (!textNode.isTextual()) return new ReadItem.Unreadable(where, prefix + "text is not a string" + known);
    for (String field : List.of("title", "url", "outlet")) {
      JsonNode f = present(node, field);
      if (f != null && !f.isTextual()) return new ReadItem.Unreadable(where, prefix + field + " is not a string" + known);
    }
    String body = TextDecoder.normalise(textNode.textValue());
    if (body.isEmpty()) return new ReadItem.Unreadable(where, prefix + "empty text" + known);
    if (TextDecoder.isBlank(body)) return new ReadItem.Unreadable(where, prefix + "whitespace-only text" + known);

    String title = optional(node, "title");
    if (title != null) title = title.strip().replaceAll("\\s*\\R\\s*", " ");
    if (title != null && title.isEmpty()) title = null;
    String url = optional(node, "url");
    if (url != null && url.isBlank()) url = null;
    if (url != null) url = url.strip();
    String outlet = optional(node, "outlet");
    if (outlet != null && outlet.isBlank()) outlet = null;

    String text = title == null || body.stripLeading().startsWith(title) ? body : title + "\n\n" + body;
    String id = idNode == null || idNode.asText().isBlank() ? null : idNode.asText().strip();
    if (id == null) id = url != null ? "url-" + sha1(url) : "sha1-" + sha1(text);
    LocalDate published = published(present(node, "published"), prefix, notes);
    Article article = new Article(id, title, text, published, url, outlet == null ? null : outlet.strip());
    return ArticleItems.toItem(article, new ArticleItems.Origin(where, where, prefix, known), options, ids, notes);
  }

  private static @Nullable LocalDate published(@Nullable JsonNode node, String prefix, List<String> notes) {
    if (node == null) return null;
    if (!node.isTextual()) {
      notes.add(prefix + "published is not a string; ignored");
      return null;
    }
    String s = node.textValue().strip();
    if (s.isEmpty()) return null;
    for (Function<String, LocalDate> form : DATE_FORMS) {
      try {
        return form.apply(s);
      } catch (DateTimeParseException e) {
        // try the next form
      }
    }
    String shown = s.length() > 40 ? s.substring(0, 40) + "..." : s;
    notes.add(prefix + "published '" + shown + "' is not an ISO 8601 date; ignored");
    return null;
  }

  private static @Nullable JsonNode present(JsonNode obj, String field) {
    JsonNode n = obj.get(field);
    return n == null || n.isNull() ? null : n;
  }

  private static @Nullable String optional(JsonNode obj, String field) {
    JsonNode n = present(obj, field);
    return n == null ? null : n.textValue();
  }

  private static String kind(@Nullable JsonNode node) {
    if (node == null || node.isMissingNode()) return "nothing";
    return node.getNodeType().name().toLowerCase(java.util.Locale.ROOT);
  }

  /** First 12 hex digits of the SHA-1 of the UTF-8 bytes. */
  static String sha1(String s) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-1").digest(s.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest, 0, 6);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-1 is required of every Java platform", e);
    }
  }
}
