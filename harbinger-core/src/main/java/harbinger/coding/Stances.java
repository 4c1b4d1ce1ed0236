package harbinger.coding;

import harbinger.model.Actor;
import harbinger.ontology.EventType;
import harbinger.ontology.StanceCodes;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Codes an act that a party announces, refuses or demands as CAMEO does (see {@link StanceCodes}): "Portugal will
 * support Turkey" is Portugal's intent (032), "Iran refused to release the tanker" Iran's rejection (1243), and in
 * "Britain said Libya must hand over the suspects" the event is Britain's demand of Libya (1053).
 *
 * <p>An announcement or refusal is the party's own when nobody reports it, when the reporter is unnamed, or when
 * the reporter is one of its parties ("Hungary said it will ...", "the Albanian embassy said the German minister
 * will visit"); a third party's forecast ("analysts predict X plans to ...", "officials in Y said X will ...") is
 * not, and the act keeps its code with a future or intended modality. A demand needs a named speaker other than
 * the obliged party. Thread-safe.
 */
final class Stances {
  /** Reporting verbs of belief or forecast: what they report is the reporter's expectation, not an announcement. */
  private static final Set<String> FORECASTS = Set.of("predict", "estimate", "believe", "expect", "fear", "think",
      "suggest", "speculate", "assume", "forecast", "suspect", "doubt", "guess");

  private final StanceCodes codes;
  private final EventType threat;

  Stances(StanceCodes codes, harbinger.ontology.CameoOntology ontology) {
    this.codes = codes;
    this.threat = ontology.expect("130");
  }

  /** The code under which the act is coded instead of its own, or empty to code the act itself. */
  Optional<EventType> code(SentenceGraph g, int trigger, ModalityFinder.Reading reading, EventType act, Arguments args,
                           @Nullable Actor speaker, List<Actor[]> pairs) {
    StanceCodes.Stance stance = reading.stance();
    if (stance == null) return Optional.empty();
    // "Bowing to months of protests, X announced the law would be repealed": the concession is made, not announced
    if (stance == StanceCodes.Stance.INTENT && act.root().equals("08") && YieldFrames.bowing(g, trigger)) {
      return Optional.of(act);
    }
    Optional<EventType> code = codes.code(act, stance);
    if (code.isEmpty()) return code;
    // "X will withdraw its force unless Y ...": an act promised unless the other side complies is a threat
    if (reading.ultimatum()) {
      code = code.filter(c -> c.root().equals("13")).or(() -> Optional.of(threat));
    } else if (reading.modality() == harbinger.model.Modality.CONDITIONAL && act.quadClass() > 2) {
      // a conditional offer ("would meet the mediator if ...") is an intent; a conditional harm is left to
      // ConditionalThreats, which codes the threat beside the conditional act
      return Optional.empty();
    }
    Integer verb = reading.reportingVerb();
    if (stance == StanceCodes.Stance.DEMAND) {
      if (verb == null || speaker == null) return Optional.empty();
      for (Actor[] p : pairs) if (p[0] != null && related(speaker, p[0])) return Optional.empty();
      return code;
    }
    if (verb != null && FORECASTS.contains(g.lemma(verb))) return Optional.empty();
    for (int k : g.ancestors(trigger)) if (g.token(k).isVerb() && FORECASTS.contains(g.lemma(k))) return Optional.empty();
    if (verb == null || speaker == null) return code;
    // "the United States and its partners said they would lift ...": a pronoun doer left unresolved is the speaker
    Integer doer = TriggerFinder.subjectHead(g, trigger);
    if (doer != null && g.token(doer).isPronoun() && pairs.stream().allMatch(p -> p[0] == null)) return code;
    for (Actor[] p : pairs) {
      if ((p[0] != null && related(speaker, p[0])) || (p[1] != null && related(speaker, p[1]))) return code;
    }
    return Optional.empty();
  }

  /**
   * The same party, or one part of the other: "Portugal" and "the Portuguese president" (PRT, PRTGOV), the UN and
   * its food agency; but not a country's rebels and its government (RWAREB, RWAGOV).
   */
  static boolean related(Actor a, Actor b) {
    if (opposes(a.code(), b.code()) || opposes(b.code(), a.code())) return false;
    return a.code().startsWith(b.code()) || b.code().startsWith(a.code());
  }

  /** Agents that stand against their country's state: "Chechen rebels said Russia must withdraw" is a demand. */
  private static final List<String> OPPONENTS = List.of("REB", "OPP", "INS", "SEP");

  /** An opponent of the state ("RUSREB") against its bare country ("RUS"). */
  private static boolean opposes(String agent, String country) {
    if (country.length() != 3 || !agent.startsWith(country)) return false;
    String rest = agent.substring(3);
    return OPPONENTS.stream().anyMatch(rest::startsWith);
  }

  /** The speaker demands of each party that was to act (or of nobody named, when no party was found). */
  static List<Actor[]> demandPairs(@Nullable Actor speaker, List<Actor[]> pairs) {
    List<Actor[]> out = new ArrayList<>();
    List<String> seen = new ArrayList<>();
    for (Actor[] p : pairs) {
      Actor obliged = p[0];
      String key = obliged == null ? "" : obliged.code();
      if (seen.contains(key)) continue;
      seen.add(key);
      out.add(new Actor[] {speaker, obliged});
    }
    out.removeIf(p -> p[1] == null && out.size() > 1);
    if (out.isEmpty()) out.add(new Actor[] {speaker, null});
    return out;
  }

}
