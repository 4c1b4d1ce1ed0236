package harbinger.eval;

import harbinger.model.Actor;
import harbinger.model.Event;
import harbinger.model.Modality;
import harbinger.model.Span;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Hand-made produced events for scorer tests. */
final class Produced {
  private Produced() {}

  /** An actor with the given code; a leading 3-letter country code sets the country unless it is a group code. */
  static @Nullable Actor actor(@Nullable String code) {
    if (code == null) return null;
    boolean group = code.startsWith("IGO") || code.startsWith("NGO") || code.length() < 3;
    String country = group || !code.substring(0, 3).matches("[A-Z]{3}") ? null : code.substring(0, 3);
    List<String> agents = code.length() > 3 ? List.of(code.substring(3, Math.min(6, code.length()))) : List.of();
    return new Actor(code.toLowerCase(), code, country, agents, null, null);
  }

  static Event event(String articleId, String plover, String cameo, @Nullable String source, @Nullable String target) {
    return at(articleId, plover, cameo, source, target, 0);
  }

  /** An event whose trigger starts at {@code offset}. */
  static Event at(String articleId, String plover, String cameo, @Nullable String source, @Nullable String target, int offset) {
    return new Event(articleId, articleId + "-" + offset, 0, "evidence", new Span(0, 100), new Span(offset, offset + 3),
        null, null, actor(source), actor(target), cameo, plover, null, Integer.parseInt(cameo.substring(0, 2)) <= 5 ? 1 : 4,
        0, Modality.ASSERTED, null, null, List.of(), null, 0.9);
  }
}
