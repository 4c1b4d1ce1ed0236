package harbinger.coding;

import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Where the source of an attribution stands, and can a phrase be one? {@link #inverted} and {@link #appended}
 * find a speaker the parser attached away from the verb. Can a phrase be the source of an attribution? Used for the broad cue families of {@link QuoteCues} (stance
 * verbs, appeals, prepositional cues), where a subject that cannot hold a view ("The loss threatens a
 * landslide", "Federal law requires ...") means the verb attributes nothing to anyone. A source is a person or
 * group (a name, a personal pronoun, a noun for people or institutions) or a source of information (a poll,
 * report, record, letter ...).
 */
final class QuoteSources {
  private QuoteSources() {}

  /** Named-entity types of names that can speak or hold a view. */
  private static final Set<String> NAMED = Set.of("PERSON", "ORGANIZATION", "TITLE", "NATIONALITY", "IDEOLOGY",
      "RELIGION", "COUNTRY", "STATE_OR_PROVINCE", "CITY", "MISC");

  /** Personal pronouns that stand for people ("it" may stand for anything). */
  private static final Set<String> PERSONAL = Set.of("i", "we", "you", "he", "she", "they", "who", "whom", "me", "us",
      "him", "her", "them", "my", "our", "your", "his", "their");

  /** Common nouns (lemmas) for people, groups and institutions. */
  private static final Set<String> PEOPLE = Set.copyOf(java.util.Arrays.asList(("official spokesman spokeswoman spokesperson aide adviser advisor"
      + " voter lawmaker legislator senator congressman congresswoman representative candidate nominee leader"
      + " member supporter opponent critic analyst expert economist strategist pollster investor trader resident"
      + " worker people person group party campaign administration government committee president minister"
      + " chairman chairwoman chair director executive chief lawyer attorney prosecutor judge court police"
      + " investigator researcher scientist activist protester delegate donor republican democrat respondent"
      + " american participant organizer journalist reporter editor writer author columnist host colleague"
      + " friend daughter son wife husband mother father woman man student parent commission board agency"
      + " department ministry office council union company firm bank industry network newspaper magazine"
      + " station authority authorities regulator manager owner founder employee staff staffer surrogate"
      + " insider source observer commentator pundit governor mayor secretary ambassador diplomat envoy general"
      + " officer commander soldier rebel militant insurgent fighter citizen public crowd audience congregation"
      + " everyone someone anyone everybody somebody anybody nobody one many some few most majority minority percent side camp team state nation"
      + " country city leadership coalition alliance organization association group fund pac caucus senate"
      + " house congress parliament cabinet White_House movement witness eyewitness villager refugee survivor relative"
      + " neighbor neighbour bystander chamber federation institute foundation society church tribe militia bureau"
      + " embassy army military lobby charity conservative liberal progressive moderate hardliner athlete player"
      + " coach fan"
      // session 21: people quoted in disaster, market and protest stories ("Homeowners demanded ...", "Small savers
      // demanded ...", "Her landlord had told her to ...")
      + " homeowner saver farmer rancher miner nurse doctor physician family victim customer consumer shopper"
      + " landlord tenant driver passenger patient shopkeeper vendor merchant taxpayer pensioner retiree veteran"
      + " shareholder lender creditor dealer broker banker negotiator mediator inspector auditor watchdog sheriff"
      + " deputy firefighter rescuer medic paramedic forecaster meteorologist dispatcher foreman employer boss"
      + " priest bishop archbishop imam cleric pastor rabbi elder"
      // session 23: businesses and trades quoted in supply and disaster stories ("Natural gas producers blamed ...",
      // "The state's largest utility ... urged customers", "Engineers called it ...")
      + " producer utility engineer operator supplier manufacturer carmaker automaker airline retailer haulier"
      + " insurer exporter importer grower builder developer contractor").split(" ")));

  /** Common nouns (lemmas) for sources of information. */
  private static final Set<String> INFORMATION = Set.copyOf(java.util.Arrays.asList(("poll survey report study analysis review record data datum"
      + " document filing letter email e-mail memo statement ad advertisement commercial video tweet post article"
      + " story book pitch material release forecast model census figure estimate audit investigation inquiry"
      + " finding message note interview speech remark testimony transcript website site account page blog"
      + " editorial column op-ed paper documentary film footage recording tape evidence research projection"
      + " law act bill rule regulation policy constitution ruling decision order polling memorandum communique"
      + " dossier cable request petition complaint lawsuit suit indictment motion resolution declaration manifesto"
      + " proclamation warrant subpoena verdict judgment judgement affidavit"
      + " plan agreement accord treaty charter proposal log sheet appeal").split(" ")));

  /** Nouns for a collection of documents, a source when what they collect is one ("a batch of hacked emails"). */
  private static final Set<String> COLLECTIONS = Set.of("batch", "series", "set", "trove", "cache", "collection", "stack", "pile", "bundle");

  /** True when the token heads a source of information (a poll, a report, a record ...). */
  static boolean information(SentenceGraph g, int head) {
    if (INFORMATION.contains(g.lemma(head))) return true;
    if (!COLLECTIONS.contains(g.lemma(head))) return false;
    for (int c : g.children(head)) if (g.baseRelation(c).equals("nmod") && "of".equals(g.caseMarker(c)) && INFORMATION.contains(g.lemma(c))) return true;
    return false;
  }

  /** True when the token heading a speaker phrase can be the source of an attribution. */
  static boolean plausible(SentenceGraph g, int head, boolean resolved) {
    if (resolved) return true;
    for (int c : g.children(head)) { // "Both Stone and Senator Pence": any conjunct that can be a source
      if (g.baseRelation(c).equals("conj") && plausible(g, c, false)) return true;
      // "the governor's running mate, Senator Lucinda Voss": a name in apposition
      if (g.baseRelation(c).equals("appos") && c > head && g.token(c).isProperNoun() && g.token(c).ner().equals("PERSON")) return true;
      // "Thousands of opposition supporters", "Tens of thousands of Peruvians": a quantity of people who can be a source
      if (QUANTITIES.contains(g.lemma(head).toLowerCase(java.util.Locale.ROOT)) && g.baseRelation(c).equals("nmod") && "of".equals(g.caseMarker(c))
          && c > head && plausible(g, c, false)) return true;
    }
    var t = g.token(head);
    if (t.isPronoun()) return PERSONAL.contains(t.word().toLowerCase(java.util.Locale.ROOT));
    if (t.isProperNoun() || NAMED.contains(t.ner())) return true;
    String lemma = g.lemma(head);
    return PEOPLE.contains(lemma) || information(g, head);
  }

  /**
   * Can the object of a verb of appeal be its addressee ("urged voters", "urged the two sides"), rather than what is
   * urged ("urged restraint", "urged an independent review")? A source that is people, not a document.
   */
  static boolean addressee(SentenceGraph g, int head) {
    return plausible(g, head, false) && !(information(g, head) && !PEOPLE.contains(g.lemma(head)));
  }

  /** Nouns of quantity whose "of" phrase says who they are ("thousands of supporters"). */
  static final Set<String> QUANTITIES = Set.of("ten", "tens", "hundred", "hundreds", "thousand", "thousands",
      "million", "millions", "dozen", "dozens", "score", "scores");

  /** Relations the parser gives the subject of an inversion ("..., said Bai"). */
  private static final Set<String> INVERTED = Set.of("obj", "xcomp", "dep", "appos");

  /**
   * The speaker after the verb in a subject-verb inversion ("“...,” said a spokeswoman", "..., says Ms. Reed"),
   * which the parser attaches as object, open complement or loose dependent: the verb has no subject, its content
   * comes before it (or it directly follows a comma or closing quote) and a noun follows it.
   */
  static @Nullable Integer inverted(SentenceGraph g, int v) {
    Integer ccomp = g.child(v, "ccomp");
    boolean finite = g.token(v).pos().matches("VBD|VBZ|VBP");
    boolean contentBefore = ccomp != null && ccomp < v || g.relation(v).equals("parataxis") && g.head(v) < v
        || finite && v > 0 && (g.word(v - 1).equals(",") || g.token(v - 1).pos().equals("''"))
        // a sentence that opens with a reporting verb and has no subject follows the quote it reports ("“How will I
        // pay them?” asked R. Selvam": the question mark ended the quote's sentence)
        || finite && (v == 0 || v == 1 && g.token(0).pos().matches("``|''")) && QuoteCues.REPORTING.contains(g.lemma(v))
            && g.subject(v) == null; // (also after a closing mark the splitter left at the start: "Haki! Haki!” chanted ...)
    // verbs whose object is the addressee are no inversion ("..., told reporters"), except a question "asked" by
    // the noun after it, which has no subject of its own
    boolean asked = g.lemma(v).equals("ask") && g.subject(v) == null && finite;
    if (!contentBefore || QuoteCues.ADDRESSEE.contains(g.lemma(v)) && !asked) return null;
    for (int c : g.children(v)) {
      if (c <= v || !INVERTED.contains(g.baseRelation(c))) continue;
      var t = g.token(c);
      if (t.isNoun() || t.isPronoun() && !t.word().equalsIgnoreCase("it")) return c;
    }
    // the parser may give the noun phrase right after the verb to a dependent of the verb ("..., said Tom Reed,
    // pointing to ...": Reed as subject of "pointing")
    int i = v + 1;
    while (i < g.size() && g.token(i).pos().matches("DT|JJ|NNPS?") && g.baseRelation(i).matches("det|amod|compound")) i++;
    if (i < g.size() && (g.token(i).isNoun() || g.token(i).isPronoun()) && g.head(i) >= 0 && g.head(g.head(i)) == v
        && g.relation(i).equals("nsubj")) return i;
    // "“We have made history!” cried X, ..., dancing outside the court": the verb opening its sentence taken for an
    // auxiliary of the participle, whose subject the name became
    if (i < g.size() && g.token(i).isNoun() && g.head(i) >= 0 && g.baseRelation(v).equals("aux") && g.head(v) == g.head(i)
        && g.relation(i).equals("nsubj")) return i;
    return null;
  }

  /**
   * A postposed reporting verb whose subject the parser attached to the clause before it ("..., the chairman,
   * Steve Reed, told the Post"): the name right before the comma that precedes the verb.
   */
  static @Nullable Integer appended(SentenceGraph g, int v) {
    if (!g.baseRelation(v).equals("dep") || g.head(v) > v || v < 2 || !g.word(v - 1).equals(",")
        || !QuoteCues.REPORTING.contains(g.lemma(v)) || !g.token(v).pos().matches("VBD|VBZ|VBP")) return null;
    int name = v - 2;
    String ner = g.token(name).ner();
    return g.token(name).isProperNoun() && (ner.equals("PERSON") || ner.equals("ORGANIZATION")) ? name : null;
  }
}
