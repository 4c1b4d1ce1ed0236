package harbinger.coding;

import harbinger.model.Actor;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/**
 * The actors mentioned so far in one article, in order, for resolving pronouns ("he", "they") and role
 * nouns ("the minister", "the government"). Built per article; not shared between threads.
 */
final class Discourse {
  enum Kind { PERSON, GROUP, COUNTRY, ORGANIZATION }

  /** One mention: where it stands, what it resolved to, and the office title of a known person (lower case). */
  record Entry(int sentence, int token, Actor actor, Kind kind, boolean plural, @Nullable String title, boolean subject) {
    Entry(int sentence, int token, Actor actor, Kind kind, boolean plural, @Nullable String title) {
      this(sentence, token, actor, kind, plural, title, false);
    }
  }

  private final List<Entry> entries = new ArrayList<>();
  private final Strangers strangers = new Strangers();

  /**
   * Records a person the actor data cannot code ("Tom Reilly", "Ms. Okafor"), so that a later "he" or "she" does not
   * skip over it to an older known person: a pronoun whose nearest person is such a stranger has no actor.
   */
  void addStranger(int sentence, int token, boolean subject) { strangers.add(sentence, token, subject); }

  void add(Entry e) {
    for (Entry x : entries) if (x.sentence() == e.sentence() && x.token() == e.token()) return;
    entries.add(e);
    entries.sort((a, b) -> a.sentence() != b.sentence() ? Integer.compare(a.sentence(), b.sentence()) : Integer.compare(a.token(), b.token()));
  }

  /** The most recent entry strictly before (sentence, token) that satisfies {@code p}, looking back at most 6 sentences. */
  Optional<Entry> lastBefore(int sentence, int token, Predicate<Entry> p) {
    for (int i = entries.size() - 1; i >= 0; i--) {
      Entry e = entries.get(i);
      boolean before = e.sentence() < sentence || (e.sentence() == sentence && e.token() < token);
      if (!before) continue;
      if (sentence - e.sentence() > 6) break;
      if (p.test(e)) return Optional.of(e);
    }
    return Optional.empty();
  }

  /** For a pronoun lemma, the antecedent actor if any. */
  Optional<Entry> antecedent(String pronoun, int sentence, int token) {
    return antecedent(pronoun, sentence, token, -1);
  }

  /**
   * For a pronoun lemma, the antecedent actor if any, never the actor mentioned at token {@code notToken} of the
   * same sentence: a non-reflexive object pronoun does not stand for its own clause's subject ("She warned him":
   * him is not she), whichever earlier mention of that actor would otherwise be chosen.
   */
  Optional<Entry> antecedent(String pronoun, int sentence, int token, int notToken) {
    String p = pronoun.toLowerCase(Locale.ROOT);
    Actor excluded = notToken < 0 ? null : at(sentence, notToken).map(Entry::actor).orElse(null);
    Predicate<Entry> allowed = e -> excluded == null || !sameActor(e.actor(), excluded);
    return switch (p) {
      case "they", "them", "their", "theirs", "themselves", "it", "its", "itself" -> lastBefore(sentence, token, e -> agrees(p, e) && allowed.test(e));
      case "he", "she", "him", "her", "his", "hers", "himself", "herself" -> person(sentence, token, allowed);
      case "we", "our", "us", "i", "my", "me" -> Optional.empty();
      default -> Optional.empty();
    };
  }

  /**
   * The entry recorded at (sentence, token) when a "they"- or "it"-pronoun can stand for it: for "its" a country, an
   * organisation or a singular body of a country, for "their" a plural or a group.
   */
  Optional<Entry> agreeingAt(String pronoun, int sentence, int token) {
    String p = pronoun.toLowerCase(Locale.ROOT);
    return at(sentence, token).filter(e -> agrees(p, e));
  }

  private static boolean agrees(String p, Entry e) {
    return switch (p) {
      case "they", "them", "their", "theirs", "themselves" -> e.plural() || e.kind() == Kind.GROUP;
      // "the Kenyan government said it ...": a singular body of a country is an "it" too
      case "it", "its", "itself" -> e.kind() == Kind.COUNTRY || e.kind() == Kind.ORGANIZATION
          || (e.kind() == Kind.GROUP && !e.plural() && e.actor().country() != null);
      default -> false;
    };
  }

  /**
   * A person antecedent: the latest earlier person of the same sentence, else the subject person of the nearest
   * earlier sentence that mentions persons (centering: the subject is the preferred antecedent), else its last person.
   * Persons nobody can code ({@link #addStranger}) take part in that choice: when one of them wins, there is none.
   */
  private Optional<Entry> person(int sentence, int token, Predicate<Entry> allowed) {
    Predicate<Entry> person = e -> e.kind() == Kind.PERSON && allowed.test(e);
    Optional<Entry> same = lastBefore(sentence, token, e -> person.test(e) && e.sentence() == sentence);
    Strangers.Mention sameStranger = strangers.lastBefore(sentence, token, sentence);
    if (same.isPresent() || sameStranger != null) return later(same.orElse(null), sameStranger);
    Optional<Entry> last = lastBefore(sentence, 0, person);
    Strangers.Mention lastStranger = strangers.lastBefore(sentence, 0, sentence - 6);
    if (lastStranger != null && (last.isEmpty() || lastStranger.sentence() > last.get().sentence())) return Optional.empty();
    if (last.isEmpty()) return last;
    int s = last.get().sentence();
    Strangers.Mention strangerSubject = strangers.subjectIn(s);
    for (Entry e : entries) {
      if (e.sentence() == s && person.test(e) && e.subject()) {
        return strangerSubject != null && strangerSubject.token() < e.token() ? Optional.empty() : Optional.of(e);
      }
    }
    if (strangerSubject != null) return Optional.empty();
    return later(last.get(), lastStranger != null && lastStranger.sentence() == s ? lastStranger : null);
  }

  /** The known entry unless the stranger stands after it in the text, in which case there is no antecedent. */
  private static Optional<Entry> later(@Nullable Entry known, Strangers.@Nullable Mention stranger) {
    if (stranger == null) return Optional.ofNullable(known);
    if (known == null) return Optional.empty();
    boolean strangerLater = stranger.sentence() != known.sentence() ? stranger.sentence() > known.sentence() : stranger.token() > known.token();
    return strangerLater ? Optional.empty() : Optional.of(known);
  }

  /** The entry recorded for a token, if any. */
  Optional<Entry> at(int sentence, int token) {
    for (Entry e : entries) if (e.sentence() == sentence && e.token() == token) return Optional.of(e);
    return Optional.empty();
  }

  private static boolean sameActor(Actor a, Actor b) {
    return a.name() != null || b.name() != null ? java.util.Objects.equals(a.name(), b.name()) && a.code().equals(b.code())
        : a.code().equals(b.code());
  }

  /** For a definite role noun ("the minister", "the president"), the latest person whose title contains it. */
  Optional<Entry> roleHolder(String roleLemma, int sentence, int token) {
    String r = roleLemma.toLowerCase(Locale.ROOT);
    return lastBefore(sentence, token, e -> e.kind() == Kind.PERSON && e.title() != null
        && (" " + e.title() + " ").contains(" " + r + " "));
  }

  /**
   * For a bare definite noun ("the ministry", "the army", "the leaders"), the latest earlier mention of a country's or
   * an intergovernmental body's people named by the same noun ("Azerbaijan's defence ministry", "European Union leaders"), at most three sentences back; up to six for a body a country
   * has only one of ("the army" after "Sudan's army"), which a story keeps calling by the bare noun.
   */
  Optional<Entry> sameHead(String word, int sentence, int token) {
    String w = " " + word.toLowerCase(Locale.ROOT);
    int back = ONE_PER_COUNTRY.contains(word.toLowerCase(Locale.ROOT)) ? 6 : 3;
    // an intergovernmental body's people too: "the leaders" after "European Union leaders agreed"
    return lastBefore(sentence, token, e -> e.kind() != Kind.PERSON
        && (e.actor().country() != null || e.actor().code().startsWith("IGO"))
        && sentence - e.sentence() <= back && e.actor().text().toLowerCase(Locale.ROOT).endsWith(w));
  }

  /** Bodies a country has one of, so a bare "the army" keeps naming the one named before. */
  private static final java.util.Set<String> ONE_PER_COUNTRY = java.util.Set.of("army", "military", "navy", "junta", "parliament");

  /** The latest {@code n} entries of different countries before the position ("the two leaders", "both sides"), oldest first. */
  List<Entry> lastDistinctParties(int n, int sentence, int token) {
    List<Entry> out = new ArrayList<>();
    java.util.Set<String> countries = new java.util.HashSet<>();
    for (int i = entries.size() - 1; i >= 0 && out.size() < n; i--) {
      Entry e = entries.get(i);
      boolean before = e.sentence() < sentence || (e.sentence() == sentence && e.token() < token);
      if (!before || e.actor().country() == null) continue;
      if (sentence - e.sentence() > 3) break;
      if (countries.add(e.actor().country())) out.add(0, e);
    }
    return out.size() == n ? out : List.of();
  }

  /** The latest country other than {@code not} mentioned before the position, at most {@code back} sentences earlier. */
  Optional<Entry> lastOtherCountry(int sentence, int token, String not, int back) {
    return lastBefore(sentence, token, e -> e.actor().country() != null && !e.actor().country().equals(not)
        && sentence - e.sentence() <= back);
  }

  /** The first mention of a country other than {@code not} after the position, in the same sentence. */
  Optional<Entry> firstOtherCountryAfter(int sentence, int token, String not) {
    for (Entry e : entries) {
      if (e.sentence() == sentence && e.token() > token && e.actor().country() != null && !e.actor().country().equals(not)) {
        return Optional.of(e);
      }
    }
    return Optional.empty();
  }

  /** The latest country (from any kind of mention) before the position. */
  Optional<String> lastCountry(int sentence, int token) {
    return lastBefore(sentence, token, e -> e.actor().country() != null).map(e -> e.actor().country());
  }

  List<Entry> entries() { return List.copyOf(entries); }
}
