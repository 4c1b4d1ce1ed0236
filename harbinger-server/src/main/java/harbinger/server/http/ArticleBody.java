package harbinger.server.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import harbinger.ingest.ArticleSources;
import harbinger.ingest.ReadItem;
import harbinger.ingest.ReadOptions;
import harbinger.server.RequestException;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Reads the body of {@code POST /api/articles}: one article object or an array of them, each
 * {@code {"id"?, "text", "title"?, "published"?, "url"?, "outlet"?}} as in the JSON Lines input of the command
 * line. The request is checked strictly (unknown fields, wrong types, a blank text or an unusable date are 400
 * errors naming the field, such as {@code [2].text}); the articles are then built by the same reader as
 * {@code harbinger code} uses, so ids, headlines and dates mean the same in both. Thread-safe.
 */
final class ArticleBody {
  static final Set<String> FIELDS = Set.of("id", "text", "title", "published", "url", "outlet");
  private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}([T ].{0,40})?|\\d{8}");
  private static final ObjectMapper JSON = JsonMapper.builder()
      .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
      .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
      .build();

  private ArticleBody() {}

  /**
   * @throws RequestException naming {@code body} or the first bad field
   */
  static List<ReadItem> read(byte[] body, int maxBatch, ReadOptions options) {
    JsonNode root;
    try {
      root = JSON.readTree(body);
    } catch (JsonProcessingException e) {
      String m = e.getOriginalMessage() == null ? e.getClass().getSimpleName() : e.getOriginalMessage();
      throw new RequestException("body", "malformed JSON: " + QueryParams.shown(m.replaceAll("\\s+", " ")) + " (line "
          + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")");
    } catch (java.io.IOException e) {
      throw new RequestException("body", "cannot be read: " + e.getMessage());
    }
    if (root == null || root.isMissingNode()) throw new RequestException("body", "is empty; send an article object or an array of them");
    List<JsonNode> articles = new ArrayList<>();
    boolean array = root.isArray();
    if (array) {
      if (root.isEmpty()) throw new RequestException("body", "is an empty array");
      if (root.size() > maxBatch) throw new RequestException("body", "holds " + root.size() + " articles; at most " + maxBatch + " per request");
      root.forEach(articles::add);
    } else if (root.isObject()) {
      articles.add(root);
    } else {
      throw new RequestException("body", "must be an article object or an array of them but was " + root.getNodeType().name().toLowerCase(java.util.Locale.ROOT));
    }
    StringBuilder lines = new StringBuilder();
    for (int i = 0; i < articles.size(); i++) {
      String at = array ? "[" + i + "]" : "";
      check(articles.get(i), at);
      lines.append(articles.get(i).toString()).append('\n');
    }
    List<ReadItem> items = new ArrayList<>(articles.size());
    byte[] jsonl = lines.toString().getBytes(StandardCharsets.UTF_8);
    try (Stream<ReadItem> read = ArticleSources.open("request.jsonl", new ByteArrayInputStream(jsonl), options)) {
      read.forEach(items::add);
    }
    if (items.size() != articles.size())
      throw new IllegalStateException("read " + items.size() + " items from " + articles.size() + " articles");
    return items;
  }

  private static void check(JsonNode a, String at) {
    String prefix = at.isEmpty() ? "" : at + ".";
    if (!a.isObject()) throw new RequestException(at, "must be an article object but was " + a.getNodeType().name().toLowerCase(java.util.Locale.ROOT));
    for (Iterator<String> names = a.fieldNames(); names.hasNext(); ) {
      String name = names.next();
      if (!FIELDS.contains(name)) throw new RequestException(prefix + QueryParams.shown(name), "unknown field; expected " + new TreeSet<>(FIELDS));
    }
    JsonNode text = a.get("text");
    if (text == null || text.isNull()) throw new RequestException(prefix + "text", "is required");
    if (!text.isTextual()) throw new RequestException(prefix + "text", "must be a string");
    if (text.textValue().isBlank()) throw new RequestException(prefix + "text", "must not be blank");
    JsonNode id = a.get("id");
    if (id != null && !id.isNull()) {
      if (!id.isTextual() && !id.isIntegralNumber()) throw new RequestException(prefix + "id", "must be a string or a whole number");
      String v = id.asText();
      if (v.length() > 200 || v.chars().anyMatch(Character::isISOControl))
        throw new RequestException(prefix + "id", "must be at most 200 characters without control characters");
    }
    for (String f : List.of("title", "url", "outlet", "published")) {
      JsonNode v = a.get(f);
      if (v != null && !v.isNull() && !v.isTextual()) throw new RequestException(prefix + f, "must be a string");
    }
    JsonNode published = a.get("published");
    if (published != null && published.isTextual() && !published.textValue().isBlank()) {
      String p = published.textValue().strip();
      boolean ok = DATE.matcher(p).matches();
      if (ok) {
        try {
          java.time.LocalDate.parse(p.length() == 8 ? p.substring(0, 4) + "-" + p.substring(4, 6) + "-" + p.substring(6) : p.substring(0, 10));
        } catch (java.time.format.DateTimeParseException e) {
          ok = false;
        }
      }
      if (!ok) throw new RequestException(prefix + "published", "must be an ISO 8601 date such as 2021-12-30 but was '" + QueryParams.shown(p) + "'");
    }
  }
}
