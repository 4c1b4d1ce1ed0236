package harbinger.ingest;

import java.util.Set;

/**
 * {@code .jsonl}, {@code .ndjson}, {@code .json}: JSON Lines, one article per line, read by
 * {@link JsonLinesReader}; recognises a stream whose first non-blank character is <code>{</code>. Stateless.
 */
final class JsonLinesFormat implements FormatReader {
  static final JsonLinesFormat INSTANCE = new JsonLinesFormat();

  private JsonLinesFormat() {}

  @Override public Set<String> suffixes() { return Set.of("jsonl", "ndjson", "json"); }

  @Override public boolean recognises(byte[] head) { return head.length > 0 && head[0] == '{'; }

  @Override public ItemSource read(Input input) {
    return new JsonLinesReader(input.name(), input.stream(), input.options(), input.ids(), input.emptyReason());
  }
}
