package harbinger.nlp;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import harbinger.error.InputException;
import harbinger.model.AnnotatedDoc;
import harbinger.model.Article;
import harbinger.model.Dependency;
import harbinger.model.Sentence;
import harbinger.model.Timex;
import harbinger.model.Token;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * Reads and writes an {@link AnnotatedDoc} as JSON: the format of the {@code <case>.doc.json} golden files
 * (CONVENTIONS C11) and of cached annotations.
 *
 * <p>The written form is stable and diff-friendly: fields always appear in the same order, nullable fields
 * are written as explicit {@code null}, every token, dependency and time expression sits on a line of its
 * own, and the text ends with a newline. Equal documents give byte-identical output. Shape:
 * <pre>{@code
 * {
 *   "format": "harbinger.doc/1",
 *   "article": {"id": "a1", "title": null, "published": "2021-12-30", "url": null, "outlet": null},
 *   "text": "Leaders talk\n\nThe president called ...",
 *   "sentences": [
 *     {
 *       "index": 0, "paragraph": 0, "begin": 0, "end": 12,
 *       "text": "Leaders talk",
 *       "tokens": [
 *         {"index": 0, "word": "Leaders", "lemma": "leader", "pos": "NNS", "ner": "O", "normalized": null, "begin": 0, "end": 7},
 *         ...
 *       ],
 *       "dependencies": [
 *         {"relation": "nsubj", "governor": 1, "dependent": 0},
 *         {"relation": "root", "governor": -1, "dependent": 1}
 *       ],
 *       "timexes": [
 *         {"text": "Wednesday", "beginToken": 10, "endToken": 11, "type": "DATE", "value": "2021-12-29"}
 *       ]
 *     }
 *   ]
 * }
 * }</pre>
 * Reading is strict, because hand-edited files are expected: unknown or duplicate fields, a sentence or
 * token whose {@code index} is not its position, a sentence whose {@code text} is not the article text
 * between its offsets, a token outside its sentence, and anything the model records reject are errors whose
 * message names the JSON path (for example {@code sentences[2].tokens[5].pos}).
 *
 * <p>The model records carry no Jackson annotations; this class maps them by hand. Stateless and thread-safe.
 */
public final class AnnotatedDocJson {
  /** The value of the top-level {@code format} field; bump it when the shape changes incompatibly. */
  public static final String FORMAT = "harbinger.doc/1";

  private static final ObjectMapper MAPPER = JsonMapper.builder()
      .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
      .build();

  private AnnotatedDocJson() {}

  /** Writes {@code doc} in the stable, line-oriented form described above. */
  public static String write(AnnotatedDoc doc) {
    Article a = doc.article();
    StringBuilder out = new StringBuilder(4096);
    out.append("{\n");
    out.append("  \"format\": ").append(str(FORMAT)).append(",\n");
    out.append("  \"article\": ").append(new Line()
        .put("id", a.id()).put("title", a.title())
        .put("published", a.published() == null ? null : a.published().toString())
        .put("url", a.url()).put("outlet", a.outlet())).append(",\n");
    out.append("  \"text\": ").append(str(a.text())).append(",\n");
    out.append("  \"sentences\": [");
    List<Sentence> sentences = doc.sentences();
    for (int s = 0; s < sentences.size(); s++) {
      out.append(s == 0 ? "\n" : ",\n");
      writeSentence(sentences.get(s), out);
    }
    out.append(sentences.isEmpty() ? "]\n" : "\n  ]\n");
    out.append("}\n");
    return out.toString();
  }

  private static void writeSentence(Sentence s, StringBuilder out) {
    out.append("    {\n");
    out.append("      \"index\": ").append(s.index()).append(", \"paragraph\": ").append(s.paragraph())
        .append(", \"begin\": ").append(s.begin()).append(", \"end\": ").append(s.end()).append(",\n");
    out.append("      \"text\": ").append(str(s.text())).append(",\n");
    List<String> tokens = new ArrayList<>();
    for (Token t : s.tokens()) {
      tokens.add(new Line().put("index", t.index()).put("word", t.word()).put("lemma", t.lemma())
          .put("pos", t.pos()).put("ner", t.ner()).put("normalized", t.normalized())
          .put("begin", t.begin()).put("end", t.end()).toString());
    }
    List<String> deps = new ArrayList<>();
    for (Dependency d : s.dependencies()) {
      deps.add(new Line().put("relation", d.relation()).put("governor", d.governor())
          .put("dependent", d.dependent()).toString());
    }
    List<String> timexes = new ArrayList<>();
    for (Timex t : s.timexes()) {
      timexes.add(new Line().put("text", t.text()).put("beginToken", t.beginToken())
          .put("endToken", t.endToken()).put("type", t.type()).put("value", t.value()).toString());
    }
    writeArray("tokens", tokens, true, out);
    writeArray("dependencies", deps, true, out);
    writeArray("timexes", timexes, false, out);
    out.append("    }");
  }

  private static void writeArray(String name, List<String> lines, boolean comma, StringBuilder out) {
    out.append("      ").append(str(name)).append(": [");
    for (int i = 0; i < lines.size(); i++) {
      out.append(i == 0 ? "\n" : ",\n").append("        ").append(lines.get(i));
    }
    out.append(lines.isEmpty() ? "]" : "\n      ]").append(comma ? ",\n" : "\n");
  }

  /** A JSON string literal (Jackson does the escaping). */
  private static String str(@Nullable String s) {
    try {
      return MAPPER.writeValueAsString(s);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot encode a string as JSON", e);   // not reachable for String
    }
  }

  /** One compact JSON object on one line, fields in insertion order, separated by ", ". */
  private static final class Line {
    private final StringBuilder sb = new StringBuilder("{");

    Line put(String key, @Nullable String value) { return raw(key, str(value)); }
    Line put(String key, int value) { return raw(key, Integer.toString(value)); }

    private Line raw(String key, String json) {
      if (sb.length() > 1) sb.append(", ");
      sb.append(str(key)).append(": ").append(json);
      return this;
    }

    @Override public String toString() { return sb + "}"; }
  }

  /**
   * Parses a document written by {@link #write} (or by hand in the same shape).
   *
   * @throws InputException if {@code json} is not valid JSON, lacks a required field, has an unknown field
   *     or a value of the wrong type, or describes records that fail their own validation; the message names
   *     the JSON path, or the line and column for syntax errors
   */
  public static AnnotatedDoc read(String json) {
    JsonNode root;
    try {
      root = MAPPER.readTree(json);
    } catch (JsonProcessingException e) {
      String where = e.getLocation() == null ? ""
          : " at line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr();
      throw new InputException("annotated doc: invalid JSON" + where + ": " + e.getOriginalMessage(), e);
    }
    if (root == null || !root.isObject()) throw new InputException("annotated doc: expected a JSON object at the top level");
    Node doc = new Node(root, "");
    doc.onlyFields("format", "article", "text", "sentences");
    String format = doc.text("format");
    if (!format.equals(FORMAT)) {
      throw new InputException("annotated doc: format: expected \"" + FORMAT + "\" but was \"" + format + "\"");
    }
    Node a = doc.object("article");
    a.onlyFields("id", "title", "published", "url", "outlet");
    LocalDate date = a.optDate("published");
    Article article = doc.build("article", () -> new Article(a.text("id"), a.optText("title"), doc.text("text"),
        date, a.optText("url"), a.optText("outlet")));
    List<Sentence> sentences = new ArrayList<>();
    List<Node> items = doc.array("sentences");
    for (int i = 0; i < items.size(); i++) sentences.add(readSentence(items.get(i), i, article.text()));
    return doc.build("", () -> new AnnotatedDoc(article, sentences));
  }

  private static Sentence readSentence(Node s, int position, String text) {
    s.onlyFields("index", "paragraph", "begin", "end", "text", "tokens", "dependencies", "timexes");
    s.expectIndex(position);
    List<Token> tokens = new ArrayList<>();
    List<Node> tokenNodes = s.array("tokens");
    for (int i = 0; i < tokenNodes.size(); i++) {
      Node t = tokenNodes.get(i);
      t.onlyFields("index", "word", "lemma", "pos", "ner", "normalized", "begin", "end");
      t.expectIndex(i);
      tokens.add(t.build("", () -> new Token(i(t, "index"), t.text("word"), t.text("lemma"), t.text("pos"),
          t.text("ner"), t.optText("normalized"), i(t, "begin"), i(t, "end"))));
    }
    List<Dependency> deps = new ArrayList<>();
    for (Node d : s.array("dependencies")) {
      d.onlyFields("relation", "governor", "dependent");
      deps.add(d.build("", () -> new Dependency(d.text("relation"), i(d, "governor"), i(d, "dependent"))));
    }
    List<Timex> timexes = new ArrayList<>();
    for (Node t : s.array("timexes")) {
      t.onlyFields("text", "beginToken", "endToken", "type", "value");
      timexes.add(t.build("", () -> new Timex(t.text("text"), i(t, "beginToken"), i(t, "endToken"),
          t.text("type"), t.optText("value"))));
    }
    Sentence sentence = s.build("", () -> new Sentence(i(s, "index"), i(s, "paragraph"), i(s, "begin"), i(s, "end"),
        s.text("text"), tokens, deps, timexes));
    if (sentence.end() > text.length()
        || !text.substring(sentence.begin(), sentence.end()).equals(sentence.text())) {
      throw s.error("text", "is not the article text between begin " + sentence.begin() + " and end " + sentence.end());
    }
    for (Token t : sentence.tokens()) {
      if (t.begin() < sentence.begin() || t.end() > sentence.end()) {
        throw s.error("tokens[" + t.index() + "]", "span [" + t.begin() + "," + t.end() + ") lies outside the sentence ["
            + sentence.begin() + "," + sentence.end() + ")");
      }
    }
    return sentence;
  }

  private static int i(Node n, String field) { return n.integer(field); }

  /** A JSON object together with its path, for error messages. */
  private record Node(JsonNode json, String path) {
    String at(String field) { return path.isEmpty() ? field : field.isEmpty() ? path : path + "." + field; }

    InputException error(String field, String message) {
      String where = at(field);
      return new InputException("annotated doc: " + (where.isEmpty() ? "" : where + ": ") + message);
    }

    void onlyFields(String... allowed) {
      Set<String> ok = Set.of(allowed);
      for (Iterator<String> it = json.fieldNames(); it.hasNext(); ) {
        String name = it.next();
        if (!ok.contains(name)) throw error("", "unknown field \"" + name + "\"");
      }
    }

    private JsonNode required(String field) {
      JsonNode v = json.get(field);
      if (v == null || v.isNull()) throw error(field, "missing required field");
      return v;
    }

    String text(String field) {
      JsonNode v = required(field);
      if (!v.isTextual()) throw error(field, "expected a string but was " + v.getNodeType().name().toLowerCase(Locale.ROOT));
      return v.asText();
    }

    @Nullable String optText(String field) {
      JsonNode v = json.get(field);
      if (v == null || v.isNull()) return null;
      return text(field);
    }

    @Nullable LocalDate optDate(String field) {
      String v = optText(field);
      if (v == null) return null;
      try {
        return LocalDate.parse(v);
      } catch (DateTimeParseException e) {
        throw error(field, "expected an ISO date (YYYY-MM-DD) but was \"" + v + "\"");
      }
    }

    int integer(String field) {
      JsonNode v = required(field);
      if (!v.isIntegralNumber() || !v.canConvertToInt()) throw error(field, "expected an integer but was " + v);
      return v.intValue();
    }

    Node object(String field) {
      JsonNode v = required(field);
      if (!v.isObject()) throw error(field, "expected an object");
      return new Node(v, at(field));
    }

    List<Node> array(String field) {
      JsonNode v = required(field);
      if (!v.isArray()) throw error(field, "expected an array");
      List<Node> out = new ArrayList<>(v.size());
      for (int k = 0; k < v.size(); k++) {
        if (!v.get(k).isObject()) throw error(field + "[" + k + "]", "expected an object");
        out.add(new Node(v.get(k), at(field) + "[" + k + "]"));
      }
      return out;
    }

    void expectIndex(int position) {
      int index = integer("index");
      if (index != position) throw error("index", "expected " + position + " (its position) but was " + index);
    }

    /** Runs a record constructor, turning its validation failure into an error at this path. */
    <T> T build(String field, Supplier<T> constructor) {
      try {
        return constructor.get();
      } catch (IllegalArgumentException e) {
        throw error(field, "invalid: " + e.getMessage());
      }
    }
  }
}
