package harbinger.coding;

import harbinger.model.Actor;
import harbinger.ontology.CameoOntology;
import harbinger.ontology.EventType;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A threat of attack made by a rebel, separatist or insurgent group or by unnamed gunmen is a threat of unconventional
 * violence (CAMEO 1383: bombings, raids on cities, terror), not of a conventional military attack (1384), which only a
 * state's forces can mount: "separatists threatened to bomb tourist resorts", "the field commander threatened more
 * attacks in Russian cities". A state's threat keeps 1384. Pure and stateless.
 */
final class ArmedGroupThreats {
  private static final String CONVENTIONAL = "1384";
  private static final String UNCONVENTIONAL = "1383";

  /** Agent codes of armed groups outside a state's forces. */
  private static final Set<String> IRREGULARS = Set.of("REB", "SEP", "INS", "UAF");

  /** Agent codes of a state's own bodies: a group coded with one of them is no irregular one. */
  private static final Set<String> STATE = Set.of("GOV", "MIL", "COP", "SPY", "JUD", "LEG");

  private final EventType unconventional;

  ArmedGroupThreats(CameoOntology ontology) {
    this.unconventional = ontology.expect(UNCONVENTIONAL);
  }

  /** The drafts with a conventional-attack threat by an irregular armed group re-coded as 1383. */
  List<Draft> apply(List<Draft> drafts) {
    List<Draft> out = new ArrayList<>(drafts.size());
    for (Draft d : drafts) {
      if (d.type().code().equals(CONVENTIONAL) && irregular(d.source())) {
        d = new Draft(d.sentence(), d.trigger(), unconventional, d.source(), d.target(), d.date(), d.precision(),
            d.modality(), d.attributedTo(), d.quote(), d.quantities(), d.location(), d.confidence());
      }
      out.add(d);
    }
    return out;
  }

  private static boolean irregular(@org.jspecify.annotations.Nullable Actor a) {
    if (a == null) return false;
    boolean armed = false;
    for (String agent : a.agents()) {
      if (STATE.contains(agent)) return false;
      if (IRREGULARS.contains(agent)) armed = true;
    }
    return armed;
  }
}
