package harbinger.coding;

import harbinger.model.Actor;
import harbinger.ontology.EventType;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Who acts on whom in one event: the source/target pairs of coordinated actors (both directions for mutual acts),
 * without a party acting on itself, and the implied target of a domestic event that names none.
 */
final class ActorPairs {
  /** Codes whose events are mutual when several parties act together ("X and Y met", "... signed a treaty"). */
  static final Set<String> MUTUAL_CODES = Set.of("04", "040", "041", "044", "046",
      "05", "050", "057", "06", "060", "061", "062", "063", "064");

  /** Domestic measures (curfews, emergencies, bans on parties and the threats of them) and who they fall on. */
  static final Set<String> DOMESTIC_MEASURES = Set.of("172", "132", "0811", "0812",
      "0813", "0814", "081");

  /**
   * The implied target of a domestic event that names none, as the CAMEO codebook codes it: a protest by a
   * country's people is against that country's government ("students throughout Indonesia staged
   * demonstrations": IDNEDU -> IDNGOV), and a government's curfew or state of emergency falls on its own country
   * ("declared a state of siege": HTIGOV -> HTI). The inferred actor has no span.
   */
  static List<ActorResolver.Resolved> domesticTarget(EventType type, List<ActorResolver.Resolved> sources) {
    if (sources.size() != 1 || sources.get(0).actor().country() == null) return List.of();
    Actor s = sources.get(0).actor();
    String country = s.country();
    boolean measure = DOMESTIC_MEASURES.stream().anyMatch(type.code()::startsWith);
    if (type.root().equals("14") && !s.agents().contains("GOV")) {
      return List.of(new ActorResolver.Resolved(new Actor(country + " government (implied)", country + "GOV", country,
          List.of("GOV"), null, null), Discourse.Kind.GROUP, false, null));
    }
    if (measure && s.agents().contains("GOV")) {
      return List.of(new ActorResolver.Resolved(new Actor(country + " (implied)", country, country, List.of(), null, null),
          Discourse.Kind.COUNTRY, false, null));
    }
    return List.of();
  }

  /**
   * Whether every target is a thing of a source's own ("Thailand closed its border with Cambodia": "its border"),
   * so that another party the clause names ("Cambodia") is the target instead.
   */
  static boolean onlyOwn(List<ActorResolver.Resolved> sources, List<ActorResolver.Resolved> targets) {
    return !sources.isEmpty() && !targets.isEmpty() && targets.stream()
        .allMatch(t -> sources.stream().anyMatch(s -> sameEntity(s.actor(), t.actor())));
  }

  /** In a force posture event, troops of the source's own country are what is moved, not a target. */
  static boolean isOwnForce(ActorResolver.Resolved target, List<ActorResolver.Resolved> sources) {
    if (!target.actor().agents().contains("MIL")) return false;
    return sources.isEmpty() || sources.stream().anyMatch(s -> Objects.equals(s.actor().country(), target.actor().country()));
  }

  static boolean sameParty(Actor a, Actor b) {
    if (a.country() != null && b.country() != null) return a.country().equals(b.country());
    return a.code().equals(b.code());
  }

  /**
   * Pairs without a party acting on itself; a party whose only target was itself keeps its act with no target
   * ("Greece plans to impose restrictions on its labour market" is Greece's act, not nothing). A known person or
   * organisation still acts on a different party that shares its code ("the mayor of Istanbul accused President
   * Erdogan", both TURGOV), and so does a party named by proper words ("Catalan leaders defied Madrid"); two
   * common-noun groups of one code are more often one group resolved twice ("the ministry said it was targeting
   * military sites") and keep no target.
   */
  static List<Actor[]> withoutSelfPairs(List<Actor[]> pairs) {
    List<Actor[]> out = new ArrayList<>();
    List<Actor> alone = new ArrayList<>();
    for (Actor[] p : pairs) {
      if (p[0] != null && p[1] != null && sameEntity(p[0], p[1])) alone.add(p[0]);
      else out.add(p);
    }
    for (Actor source : alone) {
      if (out.stream().noneMatch(p -> p[0] != null && p[0].code().equals(source.code()))) out.add(new Actor[] {source, null});
    }
    return out;
  }

  private static final Set<String> REFLEXIVE = Set.of("it", "its", "itself", "they", "them", "their", "themselves",
      "he", "him", "his", "himself", "she", "her", "herself", "we", "us", "our", "ourselves");

  /**
   * Whether the target counts as the source itself: the same code, and neither a known person or organisation
   * (by name) distinct from the other, or the same words, a pronoun, or no words of its own (an implied party).
   */
  static boolean sameEntity(Actor source, Actor target) {
    if (!source.code().equals(target.code())) return false;
    if (target.span() == null || source.span() == null) return true;
    String t = target.text().strip().toLowerCase(java.util.Locale.ROOT);
    String first = t.contains(" ") ? t.substring(0, t.indexOf(' ')) : t;
    if (ownOffice(t)) return false; // "sacked his defence minister": another person, of the same government
    if (t.equals(source.text().strip().toLowerCase(java.util.Locale.ROOT)) || REFLEXIVE.contains(first)
        || source.span().equals(target.span())) return true;
    if (source.name() != null && source.name().equals(target.name())) return true;
    return source.name() == null && target.name() == null && !properWords(target.text());
  }

  /**
   * A person's possessive only, as in {@link DiscourseFallbacks} (possessed offices): "its" and "their" are too often
   * a body's or both sides' own. Aligned in session 17 (was his/her/their/its/our): no actor probe file and no dev
   * gold score changed.
   */
  private static final Set<String> POSSESSIVES = Set.of("his", "her");

  /** "sacked his defence minister": a possessive before an office names another person, not the source itself. */
  private static boolean ownOffice(String t) {
    String[] words = t.split("\\s+");
    if (words.length < 2 || !POSSESSIVES.contains(words[0])) return false;
    for (int i = 1; i < words.length; i++) if (ActorResolver.ROLE_NOUNS.contains(words[i])) return true;
    return false;
  }

  /** Whether a mention has a capitalised word besides a leading article ("Madrid", "the Conservatives"). */
  private static boolean properWords(String text) {
    String[] words = text.strip().split("\\s+");
    for (int i = 0; i < words.length; i++) {
      String w = words[i];
      if (w.isEmpty() || !Character.isUpperCase(w.charAt(0))) continue;
      if (i == 0 && Set.of("The", "A", "An").contains(w)) continue;
      return true;
    }
    return false;
  }

  /**
   * Source/target pairs: the product of coordinated sources and targets; for a mutual event with coordinated
   * sources and no target ("Biden and Putin met", "the two sides signed"), each source with each later one.
   */
  static List<Actor[]> pairs(List<ActorResolver.Resolved> sources, List<ActorResolver.Resolved> targets, boolean mutual) {
    List<Actor[]> out = new ArrayList<>();
    if (mutual && targets.isEmpty() && sources.size() >= 2) {
      // the text gives no direction: both directions, as GDELT codes reciprocal events
      for (int i = 0; i < sources.size(); i++)
        for (int j = 0; j < sources.size(); j++) if (i != j) out.add(new Actor[] {sources.get(i).actor(), sources.get(j).actor()});
      return out;
    }
    if (sources.isEmpty() && targets.isEmpty()) {
      out.add(new Actor[] {null, null});
      return out;
    }
    for (int i = 0; i < Math.max(1, sources.size()); i++) {
      for (int j = 0; j < Math.max(1, targets.size()); j++) {
        out.add(new Actor[] {i < sources.size() ? sources.get(i).actor() : null, j < targets.size() ? targets.get(j).actor() : null});
      }
    }
    return out;
  }

  private ActorPairs() {}
}
