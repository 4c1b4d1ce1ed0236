package harbinger.coding;

import harbinger.actors.ActorKnowledge;
import harbinger.actors.OfficeTerm;
import harbinger.model.Actor;
import harbinger.model.Span;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Persons in a phrase: the PERSON-token runs that name them, the office a named person held on the date
 * ({@code ELI} for a former holder, CAMEO manual 3.2), and later short mentions of someone placed earlier in the
 * article ("Navalny" after "opposition leader Alexei Navalny"). Thread-safe if the discourse is not shared.
 */
final class PersonNames {
  private final ActorKnowledge knowledge;

  PersonNames(ActorKnowledge knowledge) { this.knowledge = knowledge; }

  /** The longest run of PERSON tokens in the phrase, or null. */
  static @Nullable String personName(SentenceGraph g, List<Integer> phrase) {
    List<String> names = nameCandidates(g, phrase);
    return names.isEmpty() ? null : names.get(0);
  }

  Optional<ActorResolver.Resolved> person(SentenceGraph g, List<Integer> phrase, ActorResolver.Context ctx, String text, Span span, boolean former) {
    List<String> names = nameCandidates(g, phrase);
    boolean tagged = !names.isEmpty();
    if (!tagged) names = untaggedNames(g, phrase);
    Optional<ActorResolver.Resolved> known = officeHolder(styledNames(g, phrase), false, ctx, text, span, former);
    if (known.isEmpty()) known = officeHolder(names, false, ctx, text, span, former);
    if (known.isPresent()) return known;
    // a later, shorter mention of someone placed earlier in the article ("Navalny" after "opposition leader Alexei Navalny")
    for (String name : names) {
      String surname = name.substring(name.lastIndexOf(' ') + 1);
      Optional<Discourse.Entry> earlier = ctx.discourse().lastBefore(ctx.sentence(), phrase.get(0),
          e -> e.kind() == Discourse.Kind.PERSON && e.actor().name() != null
              && (" " + e.actor().name() + " ").contains(" " + surname + " "));
      if (earlier.isPresent()) {
        Actor a = earlier.get().actor();
        return Optional.of(new ActorResolver.Resolved(new Actor(text, a.code(), a.country(), a.agents(), a.name(), span),
            Discourse.Kind.PERSON, false, earlier.get().title()));
      }
    }
    // "Chancellor Angela Merkel's chief of staff, Helge Braun": a person working for an office holder speaks under her code
    List<String> owners = ownerNames(g, phrase);
    Optional<ActorResolver.Resolved> boss = owners.isEmpty() ? Optional.empty() : officeHolder(owners, false, ctx, text, span, former);
    if (boss.isPresent()) return Optional.of(OwnedPersons.person(g, phrase, boss.get(), text, span));
    // a spelling variant of a recorded name ("Bouteflicka"), only for a tagged person nobody placed earlier carries
    return tagged ? officeHolder(names, true, ctx, text, span, former) : Optional.empty();
  }

  /** The office of the first name with a record, looked up as written or ({@code variant}) as a spelling variant. */
  private Optional<ActorResolver.Resolved> officeHolder(List<String> names, boolean variant, ActorResolver.Context ctx, String text, Span span, boolean former) {
    for (String name : names) {
      List<OfficeTerm> terms = variant ? knowledge.findTermsNear(name) : knowledge.findTerms(name);
      if (terms.isEmpty()) continue;
      OfficeTerm chosen = null;
      boolean holding = false;
      if (ctx.asOf() != null) {
        for (OfficeTerm t : terms) if (t.holdsOn(ctx.asOf())) { chosen = pick(chosen, t); holding = true; }
        if (chosen == null) {
          for (OfficeTerm t : terms) if (!t.from().isAfter(ctx.asOf())) chosen = t; // latest past term
        }
        if (chosen == null) continue; // only future terms: not yet in office, not coded by office
      } else {
        chosen = terms.stream().max(Comparator.comparing(OfficeTerm::from)).orElseThrow();
        holding = true;
      }
      String agent = holding && !former ? chosen.agent() : "ELI";
      Actor a = holding && !former && chosen.body() != null
          // the head of an international body speaks for the body ("Kofi Annan" in 1998: IGOUNO), not for his country
          ? new Actor(text, chosen.body(), null, List.of(chosen.body().substring(0, 3)), chosen.person(), span)
          : new Actor(text, country(chosen, agent, ctx) + agent, country(chosen, agent, ctx), List.of(agent), chosen.person(), span);
      return Optional.of(new ActorResolver.Resolved(a, Discourse.Kind.PERSON, false, holding ? chosen.title().toLowerCase(Locale.ROOT) : null));
    }
    return Optional.empty();
  }

  /** The office's country, or for a former holder of a state gone by the date its successor ({@link SuccessorStates}). */
  private String country(OfficeTerm term, String agent, ActorResolver.Context ctx) {
    return agent.equals("ELI") && ctx.asOf() != null ? SuccessorStates.of(knowledge, term.country(), ctx.asOf()) : term.country();
  }

  /** Prefers the more senior role when one person holds two at once (head of state over minister). */
  private static OfficeTerm pick(@Nullable OfficeTerm current, OfficeTerm candidate) {
    if (current == null) return candidate;
    List<String> rank = List.of("head_of_state", "head_of_government", "foreign_minister", "defence_minister", "other");
    return rank.indexOf(candidate.role()) < rank.indexOf(current.role()) ? candidate : current;
  }


  /** The names of the phrase's owner when the phrase names another person too ("Merkel" beside "Helge Braun"), else none. */
  private static List<String> ownerNames(SentenceGraph g, List<Integer> phrase) {
    List<Integer> owner = phrase.stream().filter(i -> OwnedPersons.owned(g, i)).toList();
    if (owner.isEmpty() || owner.size() == phrase.size() || phrase.stream().noneMatch(i -> !OwnedPersons.owned(g, i) && isNameToken(g, i))) return List.of();
    return nameCandidates(g, owner);
  }

  /** Runs of PERSON tokens (and capitalised proper-noun runs) in the phrase, longest first, then their last words. */
  private static List<String> nameCandidates(SentenceGraph g, List<Integer> phrase) {
    // "Clinton's campaign chairman, John Podesta": the owner's name is not the person's when another is named
    List<Integer> own = phrase.stream().filter(i -> !OwnedPersons.owned(g, i)).toList();
    if (own.size() < phrase.size() && own.stream().anyMatch(i -> isNameToken(g, i))) phrase = own;
    List<String> runs = new ArrayList<>();
    List<String> surnames = new ArrayList<>();
    int start = -1;
    for (int k = 0; k <= phrase.size(); k++) {
      boolean in = k < phrase.size() && isNameToken(g, phrase.get(k)) && (start < 0 || adjacent(g, phrase.get(k - 1), phrase.get(k)));
      if (in && start < 0) start = k;
      if (!in && start >= 0) {
        int first = phrase.get(start);
        int last = phrase.get(k - 1);
        runs.add(g.text(first, last));
        surnames.add(g.word(last));
        start = -1;
        if (k < phrase.size() && isNameToken(g, phrase.get(k))) { start = k; }
      }
    }
    // "Prince Mohammed bin Salman": the tagger may take a ruler's style into the name; the record lists the name bare
    for (String run : List.copyOf(runs)) {
      String bare = unstyled(run);
      if (!bare.equals(run) && bare.contains(" ") && !runs.contains(bare)) runs.add(bare);
    }
    runs.sort(Comparator.comparingInt(String::length).reversed());
    List<String> out = new ArrayList<>(runs);
    // "Putin" alone may be looked up by surname; "James O'Brien" must match as a whole, not as Robert O'Brien
    boolean fullNames = runs.stream().anyMatch(r -> r.contains(" "));
    if (!fullNames) for (String s : surnames) if (!out.contains(s)) out.add(s);
    return out;
  }

  /** Styles that news writes as part of a ruler's usual name ("King Hussein", "Sheikh Hasina", "Emir Tamim"). */
  private static final java.util.Set<String> STYLES = java.util.Set.of("king", "queen", "prince", "princess", "sheikh",
      "sheik", "emir", "sultan", "crown");

  /** The name without the style words it starts with ("Crown Prince Salman bin Hamad" -> "Salman bin Hamad"). */
  static String unstyled(String name) {
    String out = name;
    while (out.contains(" ") && STYLES.contains(out.substring(0, out.indexOf(' ')).toLowerCase(Locale.ROOT))) {
      out = out.substring(out.indexOf(' ') + 1);
    }
    return out;
  }

  /** "King Hussein": a style word right before the name, with the name, as records list such forms among the aliases. */
  private static List<String> styledNames(SentenceGraph g, List<Integer> phrase) {
    List<String> out = new ArrayList<>();
    for (int k = 0; k + 1 < phrase.size(); k++) {
      int i = phrase.get(k);
      if (!STYLES.contains(g.word(i).toLowerCase(Locale.ROOT)) || !PhraseCues.capitalised(g, i)) continue;
      int last = k + 1;
      while (last + 1 < phrase.size() && isNameToken(g, phrase.get(last + 1)) && adjacent(g, phrase.get(last), phrase.get(last + 1))) last++;
      if (isNameToken(g, phrase.get(k + 1)) && adjacent(g, i, phrase.get(k + 1))) out.add(g.text(i, phrase.get(last)));
    }
    return out;
  }

  /** Tags a surname may wrongly get when it stands alone ("met Pashinyan" as O, "host Xi" as MISC). */
  private static final java.util.Set<String> UNTAGGED = java.util.Set.of("O", "MISC");

  /**
   * A phrase whose head is a lone capitalised proper noun the tagger did not mark as a person ("met Pashinyan",
   * "host Xi"): the word itself, to be matched only against recorded names and persons placed earlier, never
   * taken as a new person.
   */
  private static List<String> untaggedNames(SentenceGraph g, List<Integer> phrase) {
    if (phrase.size() != 1) return untaggedRun(g, phrase);
    int i = phrase.get(0);
    String w = g.word(i);
    boolean name = g.token(i).pos().equals("NNP") && UNTAGGED.contains(g.token(i).ner())
        && w.length() >= 2 && Character.isUpperCase(w.charAt(0)) && !w.equals(w.toUpperCase(Locale.ROOT));
    return name ? List.of(w) : List.of();
  }

  /**
   * A whole phrase of untagged capitalised proper nouns ("Ban Ki - moon", which the tagger leaves as O): its text,
   * to be matched only against recorded names, like the single word above.
   */
  private static List<String> untaggedRun(SentenceGraph g, List<Integer> phrase) {
    for (int k = 0; k < phrase.size(); k++) {
      int i = phrase.get(k);
      if (!g.token(i).pos().equals("NNP") || !UNTAGGED.contains(g.token(i).ner())) return List.of();
      if (k > 0 && !adjacent(g, phrase.get(k - 1), i)) return List.of();
    }
    return List.of(g.text(phrase.get(0), phrase.get(phrase.size() - 1)));
  }

  /** Token {@code b} follows {@code a} directly or across a hyphen ("Jean - Claude Juncker" as the tagger splits it). */
  private static boolean adjacent(SentenceGraph g, int a, int b) {
    return b == a + 1 || b == a + 2 && g.word(a + 1).equals("-");
  }

  private static boolean isNameToken(SentenceGraph g, int i) {
    return g.token(i).ner().equals("PERSON");
  }

}
