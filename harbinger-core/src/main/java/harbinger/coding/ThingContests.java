package harbinger.coding;

import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Attacks, battles and fights whose object is no party: an idea ("attacked its rival's pricing strategy", "attacked
 * the proposal"), an illness, a fire or a hardship ("battled cancer", "fought the flames", "fighting poverty"). By the
 * ACE definition an attack is "a violent physical act causing harm"; none is done to a plan or a disease. Attacking an
 * idea is criticising it (CAMEO 111) when the critic may be a party; a company attacking a competitor's plan is
 * business, not a political event, and fighting a disease or a fire is no event at all. A work (a book, a film, a
 * musical) attacked by its critics or reviewers is reviewed, no event; attacked by anyone else it is criticised.
 * Stateless.
 */
final class ThingContests {
  private ThingContests() {}

  /** Verbs of armed contest that also take ideas and hardships as objects. */
  private static final Set<String> VERBS = Set.of("attack", "battle", "fight", "combat");

  /** Ideas, plans and statements: attacked, they are criticised. */
  private static final Set<String> IDEAS = Set.of("strategy", "strategies", "plan", "plans", "proposal", "proposals",
      "policy", "policies", "decision", "decisions", "idea", "ideas", "approach", "record", "remark", "remarks",
      "comment", "comments", "statement", "statements", "claim", "claims", "report", "reports", "price", "prices",
      "pricing", "budget", "bill", "law", "laws", "reform", "reforms", "programme", "program", "initiative", "deal",
      "agreement", "handling", "rule", "rules", "ruling", "verdict", "speech", "proposition", "scheme", "stance",
      "rhetoric", "campaign", "advertisement", "ad", "ads", "model", "tactic", "tactics", "methods", "method");

  /** Illnesses, fires and hardships that are fought without any party on the other side. */
  private static final Set<String> HARDSHIPS = Set.of("cancer", "illness", "disease", "leukaemia", "leukemia",
      "tumour", "tumor", "infection", "addiction", "injury", "injuries", "pain", "depression", "obesity", "fire",
      "fires", "blaze", "blazes", "flame", "flames", "wildfire", "wildfires", "bushfire", "bushfires", "inferno",
      "poverty", "inflation", "hunger", "odds", "weather", "wind", "winds", "heat", "wave", "waves", "current",
      "currents", "rain", "snow", "storm", "illiteracy", "unemployment", "drought", "flood", "floods", "locust",
      "locusts", "virus", "epidemic", "pandemic", "malaria", "aids", "hiv", "tuberculosis", "cholera");

  /** Doers that are businesses, whose criticism of a plan is commerce, not politics. */
  private static final Set<String> BUSINESSES = Set.of("company", "companies", "firm", "firms", "maker", "makers",
      "carmaker", "automaker", "airline", "airlines", "bank", "banks", "corporation", "manufacturer", "retailer",
      "producer", "operator", "giant", "conglomerate", "supplier", "provider", "chain", "brand", "competitor", "competitors", "startup", "insurer", "publisher",
      "broadcaster", "studio");

  /** Works of art and writing: attacked, they are reviewed or criticised, never harmed. */
  private static final Set<String> WORKS = Set.of("book", "books", "novel", "novels", "film", "films", "movie",
      "movies", "musical", "musicals", "play", "plays", "opera", "album", "albums", "song", "songs", "show", "shows",
      "series", "sitcom", "documentary", "exhibition", "painting", "paintings", "production", "memoir", "memoirs",
      "biography", "poem", "poems", "sequel", "remake", "staging", "performance", "novella", "screenplay", "episode");

  /** Judges of works, whose attack on one is a review, not a political event. */
  private static final Set<String> REVIEWERS = Set.of("critic", "critics", "reviewer", "reviewers", "audience",
      "audiences", "viewer", "viewers", "reader", "readers", "fan", "fans", "moviegoer", "moviegoers", "jury");

  private static final String NO_EVENT = "";

  /**
   * For a verb {@code i} coded as force: "111" when it attacks an idea, "" (no event) when it fights a hardship or a
   * business attacks an idea, null when the object is no idea or hardship.
   */
  static @Nullable String of(SentenceGraph g, int i) {
    if (!VERBS.contains(g.lemma(i)) || !g.token(i).pos().startsWith("V")) return null;
    Integer o = g.child(i, "obj");
    if (o == null) o = g.child(i, "nsubj:pass");
    if (o == null) return null;
    String object = g.lemma(o).toLowerCase(Locale.ROOT);
    if (HARDSHIPS.contains(object)) return NO_EVENT;
    boolean work = WORKS.contains(object);
    if (!IDEAS.contains(object) && !work) return null;
    Integer s = g.subject(i);
    if (s == null) {
      for (int c : g.children(i)) if (g.baseRelation(c).equals("obl") && "by".equals(g.caseMarker(c))) s = c;
    }
    String doer = s == null ? null : g.lemma(s).toLowerCase(Locale.ROOT);
    if (doer != null && BUSINESSES.contains(doer)) return NO_EVENT;
    // "critics attacked the film": a review; a film attacked by a minister or a party is criticised by that party
    if (work && (doer == null || REVIEWERS.contains(doer))) return NO_EVENT;
    return "111";
  }
}
