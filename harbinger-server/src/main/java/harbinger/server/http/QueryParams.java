package harbinger.server.http;

import harbinger.model.Modality;
import harbinger.server.EventQuery;
import harbinger.server.PageRequest;
import harbinger.server.PartyPair;
import harbinger.server.RequestException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * Reads query parameters into the ports' request records. Each parameter may appear once, unknown parameters are
 * refused (a typo such as {@code cuntry} would otherwise silently widen the query), and every error names the
 * parameter. Immutable and thread-safe.
 */
final class QueryParams {
  static final Set<String> EVENT_FILTERS = Set.of("actor", "country", "dyad", "directed", "root", "code", "plover",
      "quad", "modality", "from", "to");
  static final Set<String> PAGING = Set.of("limit", "offset", "cursor");
  private static final int MAX_VALUE_LENGTH = 200;

  private final Map<String, List<String>> params;

  QueryParams(Map<String, List<String>> params, Set<String> allowed) {
    this.params = params;
    for (String name : params.keySet()) {
      if (!allowed.contains(name)) {
        String shown = name.length() > 40 ? name.substring(0, 40) + "..." : name;
        throw new RequestException(shown.replaceAll("\\p{Cntrl}", "?"), "unknown parameter; expected one of " + new TreeSet<>(allowed));
      }
    }
  }

  static Set<String> union(Set<String> a, Set<String> b) {
    Set<String> s = new HashSet<>(a);
    s.addAll(b);
    return s;
  }

  /** The single value of a parameter, or null when absent or empty. */
  @Nullable String get(String name) {
    List<String> values = params.get(name);
    if (values == null || values.isEmpty()) return null;
    if (values.size() > 1) throw new RequestException(name, "given " + values.size() + " times; give it once");
    String v = values.get(0);
    if (v.length() > MAX_VALUE_LENGTH) throw new RequestException(name, "is longer than " + MAX_VALUE_LENGTH + " characters");
    return v.isBlank() ? null : v.strip();
  }

  int integer(String name, int fallback, int min, int max) {
    String v = get(name);
    if (v == null) return fallback;
    try {
      int n = Integer.parseInt(v);
      if (n >= min && n <= max) return n;
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new RequestException(name, "must be a whole number in " + min + ".." + max + " but was '" + shown(v) + "'");
  }

  @Nullable LocalDate date(String name) {
    String v = get(name);
    if (v == null) return null;
    try {
      return LocalDate.parse(v);
    } catch (DateTimeParseException e) {
      throw new RequestException(name, "must be a date YYYY-MM-DD but was '" + shown(v) + "'");
    }
  }

  boolean bool(String name) {
    String v = get(name);
    if (v == null || v.equals("false")) return false;
    if (v.equals("true")) return true;
    throw new RequestException(name, "must be true or false but was '" + shown(v) + "'");
  }

  @Nullable Modality modality(String name) {
    String v = get(name);
    if (v == null) return null;
    for (Modality m : Modality.values()) if (m.label().equals(v)) return m;
    throw new RequestException(name, "must be one of asserted, negated, conditional, future, intended, claimed, historical but was '" + shown(v) + "'");
  }

  EventQuery eventQuery() {
    String dyad = get("dyad");
    String quad = get("quad");
    return new EventQuery(get("actor"), get("country"), dyad == null ? null : PartyPair.parse("dyad", dyad),
        bool("directed"), get("root"), get("code"), get("plover"),
        quad == null ? null : integer("quad", 0, 1, 4), modality("modality"), date("from"), date("to"));
  }

  PageRequest page() {
    return new PageRequest(integer("limit", PageRequest.DEFAULT_LIMIT, 1, PageRequest.MAX_LIMIT),
        integer("offset", 0, 0, PageRequest.MAX_OFFSET), get("cursor"));
  }

  static String shown(String v) {
    String s = v.length() > 40 ? v.substring(0, 40) + "..." : v;
    return s.replaceAll("\\p{Cntrl}", "?");
  }
}
