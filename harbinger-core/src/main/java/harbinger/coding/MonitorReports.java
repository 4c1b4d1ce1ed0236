package harbinger.coding;

import harbinger.model.Actor;
import harbinger.model.Modality;
import harbinger.ontology.CameoOntology;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A rights monitor's finding of abuses is the monitor's accusation: "Amnesty International said Eritrean troops had
 * massacred hundreds of civilians", "UN investigators said Myanmar's army had committed genocide". When an NGO or a
 * UN investigator reports in a complement clause that a party "had" assaulted, fought or killed, the event is the
 * monitor accusing that party of human-rights abuses (CAMEO 1122, "accuse of human rights abuses"; the act itself
 * is an allegation, not an established fact), with the monitor as source and the accused as target. A report told
 * after the fact ("Soldiers raped women in the villages, human rights groups said") and a side's own report of its
 * own acts ("the Pentagon said American warplanes had bombed ...") keep the reported act. Pure and stateless.
 */
final class MonitorReports {
  private MonitorReports() {}

  private static final String ACCUSE_OF_ABUSES = "1122";

  /** Roots of the acts a monitor's report is an accusation of: assault, fight, mass violence. */
  private static final Set<String> ABUSES = Set.of("18", "19", "20");

  /** Head words of UN bodies and people who monitor rights ("UN investigators", "UN human rights office"). */
  private static final Set<String> UN_MONITORS = Set.of("investigator", "investigators", "monitor", "monitors",
      "rapporteur", "experts", "commission", "office", "inquiry", "mission");

  /** The drafts with every monitor-reported abuse replaced by the monitor's accusation of its doer. */
  static List<Draft> apply(SentenceGraph g, List<Draft> drafts, CameoOntology ontology) {
    List<Draft> out = new ArrayList<>(drafts.size());
    for (Draft d : drafts) {
      if (d.modality() == Modality.CLAIMED && monitor(d.attributedTo()) && d.source() != null
          && ABUSES.contains(d.type().root()) && perfect(g, d.trigger().start())
          && !d.source().code().equals(d.attributedTo().code())) {
        d = new Draft(d.sentence(), d.trigger(), ontology.expect(ACCUSE_OF_ABUSES), d.attributedTo(), d.source(), d.date(),
            d.precision(), Modality.ASSERTED, d.attributedTo(), d.quote(), List.of(), d.location(), d.confidence());
      }
      if (!out.contains(d)) out.add(d);
    }
    return out;
  }

  /** A non-governmental rights group, or a UN investigator or monitoring body. */
  static boolean monitor(@Nullable Actor a) {
    if (a == null) return false;
    if (a.code().startsWith("NGO")) return true;
    if (!a.code().startsWith("IGOUNO")) return false;
    String[] words = a.text().toLowerCase(java.util.Locale.ROOT).split("[^a-z]+");
    return words.length > 0 && UN_MONITORS.contains(words[words.length - 1]);
  }

  /** The act at character {@code start} is told in the perfect ("had massacred", "had committed genocide"). */
  private static boolean perfect(SentenceGraph g, int start) {
    for (int i = 0; i < g.size(); i++) {
      if (g.token(i).begin() != start) continue;
      int verb = g.relation(i).equals("obj") && g.head(i) >= 0 ? g.head(i) : i; // "had committed genocide"
      for (int c : g.children(verb)) if (g.relation(c).equals("aux") && g.lemma(c).equals("have")) return true;
      return false;
    }
    return false;
  }
}
