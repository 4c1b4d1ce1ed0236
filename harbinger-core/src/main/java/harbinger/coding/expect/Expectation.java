package harbinger.coding.expect;

import harbinger.model.Actor;
import harbinger.model.Event;
import harbinger.model.Modality;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * One hand-written assertion about the events coded from a text.
 *
 * <p>Syntax (one assertion; several in one cell are separated by {@code ;}):
 * <pre>
 *   none                                      the text yields no event at all
 *   SRC CODE TGT [MODALITY] [@Location]       at least one event matches
 *   !SRC CODE TGT [MODALITY] [@Location]      no event matches
 * </pre>
 * {@code SRC} and {@code TGT} are actor patterns: {@code *} (anything, including no actor), {@code -} (no
 * actor), a full CAMEO actor code ({@code USAGOV}, {@code UKR}, {@code IGOWSTNAT}) that must equal the
 * actor's code, or a code prefix ending in a star ({@code RUS*}) that the actor's code must start with.
 * Codes are made of three-letter blocks. {@code CODE} is {@code *} or a CAMEO event code or prefix of 2 to 4
 * digits with a root of 01 to 20 ({@code 19}, {@code 190}, {@code 0256}) that the event's code must start
 * with. {@code MODALITY} is a {@link Modality} label ({@code asserted}, {@code negated}, ...); omitted means
 * any. {@code @Location} is the place as stated, with {@code _} for spaces, compared case-insensitively and
 * ignoring a leading "the".
 *
 * <p>For {@link Kind#NONE} the patterns are all {@code *} and modality and location are null.
 * Instances are immutable and thread-safe.
 *
 * @param kind what the assertion claims
 * @param source actor pattern for the event source
 * @param code CAMEO code prefix, or {@code *}
 * @param target actor pattern for the event target
 * @param modality required modality, or null for any
 * @param location required location with spaces (not underscores), or null for any
 */
public record Expectation(Kind kind, String source, String code, String target, @Nullable Modality modality,
                          @Nullable String location) {

  /** What an assertion claims about the list of events. */
  public enum Kind {
    /** No event at all. */
    NONE,
    /** At least one event matches the pattern. */
    PRESENT,
    /** No event matches the pattern. */
    ABSENT
  }

  private static final Pattern ACTOR = Pattern.compile("\\*|-|(?:[A-Z]{3})+\\*?");
  private static final Pattern CODE = Pattern.compile("\\*|(?:0[1-9]|1\\d|20)\\d{0,2}");
  private static final Pattern WHITESPACE = Pattern.compile("\\s+");

  public Expectation {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(target, "target");
    check(ACTOR.matcher(source).matches(), "bad source pattern '%s' (want *, -, a code such as USAGOV, or a prefix such as RUS*)", source);
    check(ACTOR.matcher(target).matches(), "bad target pattern '%s' (want *, -, a code such as USAGOV, or a prefix such as RUS*)", target);
    check(CODE.matcher(code).matches(), "bad CAMEO code '%s' (want * or 2 to 4 digits with root 01..20)", code);
    if (location != null) {
      location = WHITESPACE.matcher(location.replace('_', ' ').strip()).replaceAll(" ");
      check(!location.isEmpty(), "empty location");
    }
    if (kind == Kind.NONE) {
      check(source.equals("*") && code.equals("*") && target.equals("*") && modality == null && location == null,
          "'none' takes no pattern");
    }
  }

  /** The assertion that the text yields no event. */
  public static Expectation none() {
    return new Expectation(Kind.NONE, "*", "*", "*", null, null);
  }

  /**
   * Parses one cell: one or more assertions separated by {@code ;}.
   *
   * @throws IllegalArgumentException if the cell is blank, an assertion is malformed, or {@code none} is
   *     combined with other assertions; the message names the offending assertion
   */
  public static List<Expectation> parseAll(String cell) {
    Objects.requireNonNull(cell, "cell");
    check(!cell.isBlank(), "empty expectation");
    List<Expectation> out = new ArrayList<>();
    for (String part : cell.split(";", -1)) {
      check(!part.isBlank(), "empty assertion between ';' in '%s'", cell.strip());
      out.add(parse(part));
    }
    check(out.size() == 1 || out.stream().noneMatch(e -> e.kind == Kind.NONE),
        "'none' cannot be combined with other assertions in '%s'", cell.strip());
    return List.copyOf(out);
  }

  /**
   * Parses a single assertion such as {@code !RUS* 19 UKR* asserted}.
   *
   * @throws IllegalArgumentException if it is malformed
   */
  public static Expectation parse(String assertion) {
    try {
      return parseTokens(assertion.strip());
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(e.getMessage() + " in '" + assertion.strip() + "'", e);
    }
  }

  private static Expectation parseTokens(String text) {
    if (text.equals("none")) return none();
    Kind kind = Kind.PRESENT;
    if (text.startsWith("!")) {
      kind = Kind.ABSENT;
      text = text.substring(1).stripLeading();
    }
    List<String> tokens = Arrays.asList(WHITESPACE.split(text));
    check(tokens.size() >= 3 && tokens.size() <= 5, "want 'SRC CODE TGT [modality] [@Location]'");
    Modality modality = null;
    String location = null;
    for (String extra : tokens.subList(3, tokens.size())) {
      if (extra.startsWith("@")) {
        check(location == null, "two locations");
        location = extra.substring(1);
      } else {
        check(modality == null && location == null, "unexpected '%s' (modality goes before @Location)", extra);
        modality = modality(extra);
      }
    }
    return new Expectation(kind, tokens.get(0), tokens.get(1), tokens.get(2), modality, location);
  }

  /**
   * True if {@code event} fits this assertion's pattern (source, code, target, modality, location),
   * regardless of kind. Every event fits the pattern of {@link Kind#NONE}.
   */
  public boolean matches(Event event) {
    return actorMatches(source, event.source())
        && (code.equals("*") || event.cameo().startsWith(code))
        && actorMatches(target, event.target())
        && (modality == null || modality == event.modality())
        && (location == null || sameLocation(location, event.location()));
  }

  /** True if the events coded from one text satisfy this assertion. */
  public boolean isSatisfiedBy(List<Event> events) {
    return switch (kind) {
      case NONE -> events.isEmpty();
      case PRESENT -> events.stream().anyMatch(this::matches);
      case ABSENT -> events.stream().noneMatch(this::matches);
    };
  }

  /** The assertion in canonical syntax, so that {@code parse(e.toString()).equals(e)}. */
  @Override
  public String toString() {
    if (kind == Kind.NONE) return "none";
    StringBuilder sb = new StringBuilder();
    if (kind == Kind.ABSENT) sb.append('!');
    sb.append(source).append(' ').append(code).append(' ').append(target);
    if (modality != null) sb.append(' ').append(modality.label());
    if (location != null) sb.append(" @").append(location.replace(' ', '_'));
    return sb.toString();
  }

  private static boolean actorMatches(String pattern, @Nullable Actor actor) {
    if (pattern.equals("*")) return true;
    if (pattern.equals("-")) return actor == null;
    if (actor == null) return false;
    if (pattern.endsWith("*")) return actor.code().startsWith(pattern.substring(0, pattern.length() - 1));
    return actor.code().equals(pattern);
  }

  private static boolean sameLocation(String expected, @Nullable String actual) {
    return actual != null && normalPlace(expected).equals(normalPlace(actual));
  }

  private static String normalPlace(String place) {
    String p = WHITESPACE.matcher(place.strip()).replaceAll(" ").toLowerCase(Locale.ROOT);
    return p.startsWith("the ") ? p.substring(4) : p;
  }

  private static Modality modality(String label) {
    for (Modality m : Modality.values()) {
      if (m.label().equals(label)) return m;
    }
    throw new IllegalArgumentException("unknown modality '" + label + "' (want one of "
        + Arrays.stream(Modality.values()).map(Modality::label).toList() + ")");
  }

  private static void check(boolean ok, String format, Object... args) {
    if (!ok) throw new IllegalArgumentException(String.format(Locale.ROOT, format, args));
  }
}
