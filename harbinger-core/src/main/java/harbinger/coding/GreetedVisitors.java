package harbinger.coding;

import harbinger.ontology.CameoOntology;
import harbinger.ontology.EventType;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A visit told from the host's side in the passive: "Koizumi was greeted at Pyongyang airport by North Korean
 * officials", "Kim Dae-jung was greeted on the tarmac by Kim Jong Il", "Xi Jinping was received in New Delhi by Modi".
 * The host's greeting is hosting a visit (043, from the host to the visitor), and the same sentence tells that the
 * visitor made a visit (042, from the visitor to the host), which is what the news is about; a welcome at an airport is
 * hosting, not praise (051). The sign is a passive "greeted", "welcomed" or "received" whose subject is a person (a
 * name or a title), with a place of arrival ("at the airport", "on the tarmac") or a named place ("in New Delhi") hung
 * on it. "The decision was welcomed in Brussels" (no person) stays praise. Pure and stateless (session 19). A journey
 * whose purpose is to be greeted ("flew to Israel to be received by Begin") is the same visit (session 23).
 */
final class GreetedVisitors {
  private static final Set<String> VERBS = Set.of("greet", "welcome", "receive");
  private static final Set<String> CODES = Set.of("043", "051");
  private static final String HOST = "043";
  private static final String VISIT = "042";

  /** Places of arrival. */
  private static final Set<String> ARRIVALS = Set.of("airport", "tarmac", "airfield", "runway", "airbase", "aerodrome",
      "station", "quay", "pier", "border", "frontier", "crossing", "steps", "gangway");

  /** Named-entity tags of a named place. */
  private static final Set<String> PLACES = Set.of("CITY", "COUNTRY", "STATE_OR_PROVINCE", "LOCATION");

  /** Named-entity tags of a person or a title. */
  private static final Set<String> PERSONS = Set.of("PERSON", "TITLE");

  private final EventType host;
  private final EventType visit;

  GreetedVisitors(CameoOntology ontology) {
    this.host = ontology.expect(HOST);
    this.visit = ontology.expect(VISIT);
  }

  /** The drafts of trigger {@code t}, with a passive greeting of a visitor turned into hosting plus the visit. */
  List<Draft> apply(SentenceGraph g, Trigger t, List<Draft> drafts) {
    int i = t.token();
    if (t.noun() || !VERBS.contains(g.lemma(i).toLowerCase(Locale.ROOT)) || !greeted(g, i)) return drafts;
    if (drafts.stream().noneMatch(d -> CODES.contains(d.type().code()))) return drafts;
    List<Draft> out = new ArrayList<>(drafts.size() + 1);
    for (Draft d : drafts) {
      if (!CODES.contains(d.type().code())) { out.add(d); continue; }
      out.add(with(d, host, d.source(), d.target()));
      out.add(with(d, visit, d.target(), d.source()));
    }
    return out;
  }

  /** Verbs of travelling to a place, whose purpose may be to be received there. */
  private static final Set<String> JOURNEYS = Set.of("fly", "travel", "arrive", "cross", "come", "go", "return", "land",
      "drive", "sail", "head", "journey");

  /**
   * "flew to Israel to be received by Prime Minister Begin", "crossed into Pakistan by bus to be greeted by his
   * counterpart": the traveller of a journey whose purpose clause is a passive greeting is the one greeted (the
   * target of the greeting); else null.
   */
  static @org.jspecify.annotations.Nullable Integer journeyVisitor(SentenceGraph g, int v) {
    if (!VERBS.contains(g.lemma(v).toLowerCase(Locale.ROOT)) || g.child(v, "aux:pass") == null || g.child(v, "nsubj:pass") != null) return null;
    if (!g.hasMarker(v, "to") || !(g.relation(v).equals("xcomp") || g.relation(v).equals("advcl") || g.relation(v).equals("acl"))) return null;
    int h = g.head(v);
    // "crossed into Pakistan by bus to be greeted": the parser hangs the purpose on the means of travel
    if (h >= 0 && g.relation(v).equals("acl") && g.baseRelation(h).equals("obl")) h = g.head(h);
    else if (g.relation(v).equals("acl")) return null;
    if (h < 0 || h > v || !JOURNEYS.contains(g.lemma(h).toLowerCase(Locale.ROOT))) return null;
    Integer subject = g.subject(h);
    return subject != null && person(g, subject) ? subject : null;
  }

  /** A passive verb at {@code i} whose subject is a person and which has a place of arrival or a named place. */
  static boolean greeted(SentenceGraph g, int i) {
    if (journeyVisitor(g, i) != null) return true;
    if (g.child(i, "aux:pass") == null) return false;
    Integer subject = g.child(i, "nsubj:pass");
    if (subject == null || !person(g, subject)) return false;
    for (int c : g.children(i)) {
      if (!g.baseRelation(c).equals("obl")) continue;
      String prep = String.valueOf(g.caseMarker(c));
      if ((prep.equals("at") || prep.equals("on")) && ARRIVALS.contains(g.lemma(c).toLowerCase(Locale.ROOT))) return true;
      if ((prep.equals("in") || prep.equals("at")) && PLACES.contains(g.token(c).ner())) return true;
    }
    return false;
  }

  private static boolean person(SentenceGraph g, int head) {
    if (PERSONS.contains(g.token(head).ner())) return true;
    for (int c : g.children(head)) if (g.relation(c).equals("compound") && PERSONS.contains(g.token(c).ner())) return true;
    return false;
  }

  private static Draft with(Draft d, EventType type, harbinger.model.@org.jspecify.annotations.Nullable Actor source,
                            harbinger.model.@org.jspecify.annotations.Nullable Actor target) {
    return new Draft(d.sentence(), d.trigger(), type, source, target, d.date(), d.precision(), d.modality(),
        d.attributedTo(), d.quote(), d.quantities(), d.location(), d.confidence());
  }
}
