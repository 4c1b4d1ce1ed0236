package harbinger.coding;

import harbinger.model.Actor;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Parties that a reported clause names only through its speaker: "Russia's defence ministry said its forces had
 * destroyed ..." (the speaker's forces), "'Our positions came under fire', the ministry said" (the speaker's side),
 * "Ukraine's military said missiles hit cities across the country" (the speaker's country). A possessive "its",
 * "their" or "our", "the country" as the place's owner, or a bare "the kingdom" / "the country" itself, stands for the speaker's country when nothing else
 * resolves it; the head's own agent is kept ("forces": MIL). Used only for phrases the resolver left unresolved.
 * Thread-safe if the resolver is.
 */
final class SpeakerSide {
  private static final Set<String> OWNERS = Set.of("its", "their", "our");
  private static final Set<String> OWNER_PREPS = Set.of("across", "in", "throughout", "of", "around");

  private final ActorResolver resolver;

  SpeakerSide(ActorResolver resolver) { this.resolver = resolver; }

  /** The phrases among {@code heads} owned by the speaker, resolved as the speaker's country's; empty if none. */
  List<ActorResolver.Resolved> resolve(ArticleContext a, SentenceGraph g, int sentence, List<Integer> heads,
                                       @Nullable Actor speaker, @Nullable LocalDate asOf) {
    if (speaker == null || speaker.country() == null) return List.of();
    String country = speaker.country();
    List<ActorResolver.Resolved> out = new ArrayList<>();
    for (int h : heads) {
      if (!ownedBySpeaker(g, h)) continue;
      var ctx = new ActorResolver.Context(sentence, asOf, a.discourse, ActorResolver.CapitalAs.GOVERNMENT, country);
      var r = resolver.resolve(g, h, ctx).filter(x -> country.equals(x.actor().country()));
      if (r.isPresent()) {
        out.add(r.get());
      } else {
        var span = g.span(h, h);
        out.add(new ActorResolver.Resolved(new Actor(g.word(h) + " (" + country + ")", country, country, List.of(), null, span),
            Discourse.Kind.COUNTRY, false, null));
      }
    }
    return out;
  }

  /** Bare state nouns that, in what a state body says, name its own state ("the kingdom had recalled ..."). */
  private static final Set<String> STATE_NOUNS = Set.of("kingdom", "country", "republic", "emirate", "sultanate", "nation");

  /** "its forces", "our positions", "cities across the country", "the kingdom" (the speaker's own state). */
  static boolean ownedBySpeaker(SentenceGraph g, int head) {
    if (STATE_NOUNS.contains(g.lemma(head)) && g.token(head).pos().equals("NN") && hasDefinite(g, head)
        && g.children(head).stream().allMatch(c -> g.relation(c).equals("det") || g.relation(c).equals("case"))) return true;
    for (int c : g.children(head)) {
      String rel = g.relation(c);
      if (rel.equals("nmod:poss") && OWNERS.contains(g.word(c).toLowerCase(java.util.Locale.ROOT))) return true;
    }
    return inTheCountry(g, head);
  }

  /**
   * "cities across the country", "towns throughout the country": in what a party says, "the country" is the
   * speaker's own, whichever country the sentence named last ("Ukraine's military said Russian forces fired
   * missiles at cities across the country").
   */
  static boolean inTheCountry(SentenceGraph g, int head) {
    for (int c : g.children(head)) {
      if (g.baseRelation(c).equals("nmod") && g.lemma(c).equals("country")
          && OWNER_PREPS.contains(String.valueOf(g.caseMarker(c))) && hasDefinite(g, c)) return true;
    }
    return false;
  }

  private static boolean hasDefinite(SentenceGraph g, int head) {
    for (int c : g.children(head)) if (g.relation(c).equals("det") && g.lemma(c).equals("the")) return true;
    return false;
  }
}
