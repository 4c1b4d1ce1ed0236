package harbinger.coding;

import harbinger.model.Actor;
import harbinger.ontology.EventType;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Protesters of no stated country protest at home: in a protest (CAMEO 14) whose source is a bare group ("Islamic
 * fundamentalists", "students", "workers") and whose sentence names exactly one country (in any actor, the
 * protest's target included: "... to demand the resignation of Algerian President ..."), the group is that country's.
 * This is the source-side twin of the convention that a protest without a named target is against its own
 * government, so that country must be named by a state body (a government, minister, parliament, court) of it. With
 * two or more countries in the sentence nothing is guessed. Stateless and thread-safe.
 */
final class ProtestHome {
  private static final Set<String> STATE = Set.of("GOV", "LEG", "JUD", "ELI");

  private ProtestHome() {}

  static List<ActorResolver.Resolved> place(EventType type, List<ActorResolver.Resolved> sources,
                                           List<ActorResolver.Resolved> targets, Discourse discourse, int sentence) {
    if (!type.root().equals("14") || sources.stream().noneMatch(ProtestHome::bareGroup)) return sources;
    Set<String> countries = new LinkedHashSet<>();
    for (Discourse.Entry e : discourse.entries()) if (e.sentence() == sentence && e.actor().country() != null) countries.add(e.actor().country());
    for (ActorResolver.Resolved t : targets) if (t.actor().country() != null) countries.add(t.actor().country());
    for (ActorResolver.Resolved s : sources) if (s.actor().country() != null) countries.add(s.actor().country());
    if (countries.size() != 1) return sources;
    String home = countries.iterator().next();
    // only a state addressed by the protest makes it domestic: "burned Israeli flags" does not make Israelis protest
    boolean state = discourse.entries().stream().anyMatch(e -> e.sentence() == sentence && home.equals(e.actor().country())
        && e.actor().agents().stream().anyMatch(STATE::contains))
        || targets.stream().anyMatch(t -> home.equals(t.actor().country()) && t.actor().agents().stream().anyMatch(STATE::contains));
    if (!state) return sources;
    List<ActorResolver.Resolved> out = new ArrayList<>();
    for (ActorResolver.Resolved s : sources) {
      Actor a = s.actor();
      out.add(!bareGroup(s) ? s : new ActorResolver.Resolved(new Actor(a.text(), home + a.code(), home, a.agents(), a.name(), a.span()),
          s.kind(), s.plural(), s.title()));
    }
    return out;
  }

  /** A group named only by its kind: code = its one agent code ("RAD", "EDU"), no country, no organisation. */
  private static boolean bareGroup(ActorResolver.Resolved r) {
    Actor a = r.actor();
    return a.country() == null && a.agents().size() == 1 && a.code().equals(a.agents().get(0)) && a.name() == null;
  }
}
