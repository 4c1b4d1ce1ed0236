package harbinger.coding;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Police and court cases between private persons: "police arrested three men suspected of stealing cars", "a court
 * jailed a pharmacist for poisoning his brother-in-law", "a jury found a plumber guilty of defrauding pensioners",
 * "police are investigating a fire that destroyed a warehouse", "a taxi driver was stabbed to death by a passenger in
 * a row over the fare", "a jeweller shot and wounded a robber". CAMEO codes what political actors do to each other; an
 * arrest, a verdict or a killing over a theft, a quarrel or a family matter has no party on either side. The line is
 * whether the crime and the parties are private: a sentence that names a political cause or group, an office or an
 * agent of the state harmed, a political charge ("an opposition leader", "militants", "on corruption charges",
 * "insulting the monarchy", "two police officers") or any person or organisation by name, or a state by name
 * ("Britain opened an investigation", "sent experts to Burundi to investigate the killings"), keeps its events. Acts of
 * coercion, verdicts and investigations (roots 17 and 09, code 116) are private when the sentence gives a common
 * crime or an accident as the case; acts of force (roots 18 to 20) when it gives a motive of gain or a private quarrel
 * ("a robber", "who tried to rob", "after an argument over unpaid wages") or tell it as the crime a court tried ("was
 * found guilty of murdering his partner"). The police, judges and prosecutors who
 * arrest, try and charge, or report the case ("police said"), do not make a case political; two peoples or faiths named
 * in the sentence ("Israeli youths set fire to Palestinian shops") make it intercommunal, which is. Words are data ({@link PrivateWords}). Stateless.
 */
final class PrivateCases {
  private PrivateCases() {}

  private static final Set<String> CRIMES = PrivateWords.defaults().family("crime");
  private static final Set<String> ACCIDENTS = PrivateWords.defaults().family("accident");
  private static final Set<String> MOTIVES = PrivateWords.defaults().family("motive");
  private static final Set<String> POLITICAL = PrivateWords.defaults().family("political");
  private static final Set<String> COURTS = PrivateWords.defaults().family("court");
  private static final Set<String> UNDERWORLD = PrivateWords.defaults().family("underworld");
  private static final Set<String> FEUDS = PrivateWords.defaults().family("feud");

  /** Those who arrest, try and charge: in a case of coercion they are the state's hand, not a political party. */
  private static final Set<String> ENFORCERS = Set.of("police", "judge", "prosecutor");

  /** Names that make any case someone's in particular, which is the news's business. */
  private static final Set<String> NAMED = Set.of("PERSON", "ORGANIZATION");

  /** Named peoples and faiths ("Israeli", "Palestinian", "Jewish", "Muslim"). */
  private static final Set<String> PEOPLES = Set.of("NATIONALITY", "RELIGION");

  /** True when the event coded {@code code} at trigger {@code i} is a police or court matter between private persons. */
  static boolean privateCase(SentenceGraph g, int i, String code) {
    boolean coercion = code.startsWith("17") || code.equals("116") || code.startsWith("09");
    boolean force = code.startsWith("18") || code.startsWith("19") || code.startsWith("20");
    if (!coercion && !force) return false;
    boolean cue = false;
    boolean crime = false;
    Set<String> peoples = new HashSet<>();
    boolean underworld = false;
    boolean feud = false;
    for (int k = 0; k < g.size(); k++) {
      String lemma = lower(g.lemma(k));
      String word = lower(g.word(k));
      if (NAMED.contains(g.token(k).ner()) || countryNamed(g, k)) return false;
      // "Israeli youths set fire to Palestinian shops": two peoples or faiths on the sides make it intercommunal
      if (PEOPLES.contains(g.token(k).ner()) && peoples.add(word) && peoples.size() > 1) return false;
      boolean enforcer = ENFORCERS.contains(lemma) && (coercion || reporter(g, k));
      // "a shootout with a rival gang", "a settling of scores between criminal clans": a gang is no political group
      // when the sentence tells a quarrel between criminals or a motive of gain (decided after the loop)
      if (UNDERWORLD.contains(lemma) || UNDERWORLD.contains(word)) { underworld = true; continue; }
      if (FEUDS.contains(lemma) || FEUDS.contains(word)) feud = true;
      if ((POLITICAL.contains(lemma) || POLITICAL.contains(word)) && !enforcer) return false;
      if (CRIMES.contains(lemma) || CRIMES.contains(word)) crime = true;
      if (coercion && code.startsWith("09") && g.token(k).isNoun() && ACCIDENTS.contains(lemma)) cue = true;
      if (force && (MOTIVES.contains(lemma) || MOTIVES.contains(word))) cue = true;
    }
    if (underworld && !feud && !cue) return false;
    if (underworld && feud) cue = true;
    // "was found guilty of murdering his business partner": the act of force is the case a court tried
    return cue || crime && (coercion || tried(g, i));
  }

  /** The act at {@code i} is what a verdict, a charge or an arrest is for: "guilty of murdering", "charged with killing". */
  private static boolean tried(SentenceGraph g, int i) {
    int h = g.head(i);
    for (int up = 0; up < 3 && h >= 0; up++, h = g.head(h)) if (COURTS.contains(lower(g.lemma(h)))) return true;
    return false;
  }

  /** A state named as a party or a place of the case ("sent experts to Burundi to investigate the killings"), not as a modifier. */
  private static boolean countryNamed(SentenceGraph g, int k) {
    if (!g.token(k).isProperNoun() || !"COUNTRY".equals(g.token(k).ner())) return false;
    String rel = g.relation(k);
    return !(rel.equals("compound") || rel.equals("amod"));
  }

  /** "police said", "a police spokesman said": the police as the source of the report, not as a party harmed. */
  private static boolean reporter(SentenceGraph g, int k) {
    int h = k;
    while (h >= 0 && (g.relation(h).equals("compound") || g.relation(h).startsWith("nmod"))) h = g.head(h);
    return h >= 0 && g.relation(h).startsWith("nsubj") && g.head(h) >= 0 && QuoteCues.REPORTING.contains(g.lemma(g.head(h)));
  }

  private static String lower(String s) { return s.toLowerCase(Locale.ROOT); }
}
