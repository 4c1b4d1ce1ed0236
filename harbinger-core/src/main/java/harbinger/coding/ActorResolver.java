package harbinger.coding;

import harbinger.actors.ActorKnowledge;
import harbinger.actors.Country;
import harbinger.actors.Organization;
import harbinger.model.Actor;
import harbinger.model.Span;
import java.time.LocalDate;
import java.util.BitSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Resolves the phrase headed by a token to a coded {@link Actor}.
 *
 * <p>Implementation notes. The phrase is the head with its compounds, adjectives, names, possessor and
 * "of" modifier. Cues are tried in order: a news outlet anywhere in the phrase (never an actor); a known
 * person, coded by the office held on the date ({@code ELI} for a former holder, CAMEO manual 3.2); a
 * named organisation or government metonym; a country name, adjective or (only where the caller allows it)
 * capital, or a people of one state ("Ibo elders" → NGA), combined with the agent of the head noun ("Russian
 * troops" → RUSMIL); where the group lives or sits ("the Albanians of southern Serbia", "police in Kabul", "a
 * newspaper based in Beirut", "Kabul police"); a titled person with no record, from the article's latest country;
 * the body or party the group belongs to, a possessor standing for a country, or "the country" itself
 * ({@link GroupAffiliation}); a pronoun (never the subject of its own clause when it is an object) or definite
 * role noun, from the {@link Discourse}; finally a bare agent ("rebels" → REB), given the country of a place named
 * in the sentence when there is one ({@link DiscourseFallbacks}). Persons and office holders are {@link PersonNames}'. Thread-safe if the
 * discourse is not shared.
 */
final class ActorResolver {
  private static final Set<String> FORMER = Set.of("former", "ex", "ex-president", "then", "late");
  /** Titles whose unrecorded holder speaks for another party as often as for the article's country. */
  private static final Set<String> GO_BETWEENS = Set.of("spokesman", "spokeswoman", "spokesperson", "envoy",
      "ambassador", "counterpart");
  static final Set<String> ROLE_NOUNS = Set.of("minister", "president", "premier", "chancellor",
      "secretary", "spokesman", "spokeswoman", "leader", "ambassador", "envoy", "official", "king", "emir", "sultan", "queen", "general",
      "commander", "governor", "mayor", "prosecutor", "judge");

  /** Common nouns that name places or things, never parties, whatever adjective they carry ("the Russian side of the border"). */
  static final Set<String> PLACE_NOUNS = Set.of("side", "border", "territory", "soil", "ground", "area",
      "region", "outskirts", "coast", "city", "town", "village", "capital", "province", "district", "airspace",
      "waters", "frontier", "zone", "enclave", "street", "square", "economy", "market", "currency", "embassy",
      "consulate", "port", "airport", "base", "facility", "plant", "tension", "relation", "tie", "interest",
      "position", "post", "outpost", "garrison", "checkpoint", "barracks", "home", "house", "building", "hospital", "school", "infrastructure", "site",
      "installation", "neighborhood", "neighbourhood", "camp", "headquarters", "compound", "residence", "depot",
      "refinery", "hideout", "target", "bunker", "trench", "palace", "campus", "dormitory");

  /** Nouns naming a party by its tie to another, which their possessor names ("Israel's ally", "Iran's proxies"). */
  private static final Set<String> RELATIONAL = Set.of("ally", "proxy", "client", "surrogate", "partner");


  /** Agents of a movement that fights a state: whoever speaks or fights for it belongs to it. */
  private static final Set<String> ARMED_MOVEMENTS = Set.of("REB", "UAF", "SEP", "INS");

  /** What a phrase resolved to. */
  record Resolved(Actor actor, Discourse.Kind kind, boolean plural, @Nullable String title) {}

  /** Where the phrase stands and what may be used to resolve it. */
  record Context(int sentence, @Nullable LocalDate asOf, Discourse discourse, CapitalAs capitalAs,
                 @Nullable String fallbackCountry) {}

  /**
   * What a capital city stands for in this position: its government ("Moscow said", "accused Washington"), its
   * country (the target of an attack on the city), or only a place ("talks in Geneva", "a rally in Berlin").
   */
  enum CapitalAs { GOVERNMENT, COUNTRY, PLACE }

  private final ActorKnowledge knowledge;

  private final PersonNames persons;
  private final GroupAffiliation groups;
  private final PhraseCues cues;
  private final DatedPlaces dated;
  private final HeadAgents agents;

  ActorResolver(ActorKnowledge knowledge) {
    this.knowledge = knowledge;
    this.persons = new PersonNames(knowledge);
    this.groups = new GroupAffiliation(knowledge);
    this.cues = new PhraseCues(knowledge);
    this.dated = new DatedPlaces(knowledge);
    this.agents = new HeadAgents(knowledge);
  }

  ActorKnowledge knowledge() { return knowledge; }

  Optional<Resolved> resolve(SentenceGraph g, int head, Context ctx) {
    return resolveUndated(g, head, ctx).or(() -> described(g, head, ctx)).map(r -> dated.apply(g, r.actor().text(), r, ctx.asOf()));
  }

  /** "Memorial, Russia's oldest rights group": an unknown name stands for what its apposition describes. */
  private Optional<Resolved> described(SentenceGraph g, int head, Context ctx) {
    if (!g.token(head).isProperNoun()) return Optional.empty();
    for (int c : g.children(head)) {
      if (g.relation(c).equals("appos") && !g.token(c).isProperNoun() && g.token(c).isNoun()) {
        return resolveUndated(g, c, ctx).filter(r -> r.actor().country() != null);
      }
    }
    return Optional.empty();
  }

  private Optional<Resolved> resolveUndated(SentenceGraph g, int head, Context ctx) {
    Optional<Resolved> own = OwnSide.resolve(g, head, m -> resolve(g, m, ctx)); // "fired on one of their own comrades"
    if (own.isPresent()) return own;
    if (g.nonActor(head)) return Optional.empty();
    Optional<Resolved> elected = ElectedOffice.resolve(g, head, knowledge); // "congratulated X on his election as Y's president"
    if (elected.isPresent()) return elected;
    Optional<Resolved> related = RelatedCountries.resolve(g, head, ctx, knowledge, m -> resolve(g, m, ctx));
    if (related.isPresent()) return related;
    // ("bases": the tagger lemmatises the plural as "basis")
    if ((PLACE_NOUNS.contains(g.lemma(head)) || g.word(head).equalsIgnoreCase("bases")) && !g.token(head).isProperNoun() && !PhraseCues.isPartySide(g, head)) {
      Optional<Resolved> site = Missions.served(g, head, knowledge).or(() -> Missions.hosted(g, head, knowledge)).or(() -> Installations.holder(g, head, knowledge, PlaceOwners.owner(this, cues, g, head, ctx), ctx.fallbackCountry(),
          ctx.capitalAs() == CapitalAs.COUNTRY, m -> resolve(g, m, ctx)));
      // "Kurdish rebel bases" with no owning country in sight: the force's own name phrase resolves it below
      if (site.isPresent() || !Installations.namesForce(g, head, knowledge)) return site;
    }
    List<Integer> phrase = NamePhrases.of(g, head);
    String text = g.text(phrase.get(0), phrase.get(phrase.size() - 1));
    Span span = g.span(phrase.get(0), phrase.get(phrase.size() - 1));
    Optional<Resolved> staff = MediaPeople.resolve(g, head, knowledge, text, span, g.token(head).pos().startsWith("NNS"));
    if (staff.isPresent()) return staff; // "the BBC's correspondent": the outlet's country's media
    if (cues.mentionsMedia(g, phrase)) return Optional.empty();
    Optional<Resolved> union = UnionNames.resolve(g, head, text, span, p -> cues.country(g, p, head, false));
    if (union.isPresent()) return union; // "the Congress of South African Trade Unions"
    if (RELATIONAL.contains(g.lemma(head)) && g.child(head, "nmod:poss") != null) {
      // "Israel's militia ally", "Moscow's proxies": the possessor is the other party, not the group's country
      BitSet owner = g.subtree(g.child(head, "nmod:poss"), new BitSet());
      phrase = phrase.stream().filter(i -> !owner.get(i)).toList();
    }
    boolean former = phrase.stream().anyMatch(i -> FORMER.contains(g.lemma(i)));
    boolean plural = g.token(head).pos().equals("NNS") || g.token(head).pos().equals("NNPS");

    Optional<Discourse.Entry> defined = ArticleAcronyms.definedEarlier(g, phrase, head, ctx);
    if (defined.isPresent()) {
      Discourse.Entry e = defined.get();
      return Optional.of(new Resolved(withText(e.actor(), text, span), e.kind(), e.plural(), e.title()));
    }
    Optional<Resolved> led = LedGovernments.of(g, head, m -> resolve(g, m, ctx), text, span);
    if (led.isPresent()) return led; // "the government of President Joaquim Chissano": Mozambique's
    Optional<Resolved> person = persons.person(g, phrase, ctx, text, span, former);
    List<Integer> named = phrase;
    Optional<Organization> org = cues.organization(g, phrase).or(() -> cues.organizationAcross(g, named, head))
        .or(() -> cues.organizationOf(g, head)).or(() -> MembersOfNames.of(g, head, knowledge))
        .or(() -> OrganizationParts.of(g, head, knowledge)); // "observers from the OSCE", "the board of the IAEA"
    if (org.isPresent() && cues.namesCountry(g, head) && !cues.isOrganizationHead(g, head, phrase, org.get())) {
      org = Optional.empty(); // "NATO-member Norway", "EU member Poland": the country, not the body it belongs to
    }
    boolean stale = person.isPresent() && person.get().actor().agents().contains("ELI") && !former;
    if (stale && org.isEmpty()) person = StaleTitles.retitle(person.get(), agents.agentOf(g, head, phrase), g, phrase);
    if (person.isPresent() && !(stale && org.isPresent())) return person.map(p -> HistoricStates.named(g, named, p, knowledge));
    Integer role = PhraseCues.sharedRoleNoun(g, head); // "Germany" in "the leaders of France and Germany"
    String headAgent = role != null ? agents.agentOf(g, role, List.of(role))
        : PhraseCues.sharedPartyName(g, head) ? "PTY" // "the Conservatives": placed by the story's country
        : HeadAgents.civilian(g, head, agents.agentOf(g, head, phrase));
    Optional<Resolved> contingent = NationalContingents.of(g, head, org, knowledge, text, span, plural);
    if (contingent.isPresent()) return contingent; // "Kenyan troops of the African Union force"
    if (org.isPresent()) {
      // "Peru's Congress", "marched into La Paz to press Congress": a shared name of a state body is the named or placed state's
      Optional<Country> stateWord = cues.country(g, phrase, head, false);
      org = Optional.of(stateWord.isPresent() ? StateBodies.ofNamedState(org.get(), stateWord)
          : StateBodies.ofPlacedState(org.get(), text, ctx.fallbackCountry()));
    }
    if (org.isPresent()) {
      Organization o = org.get();
      List<String> agents = o.agents();
      String code = o.code();
      // "a Houthi spokesman", "Hamas officials", "Taliban forces": the people of an armed movement are the movement,
      // not its country's government or army; "Kremlin troops" or "Pentagon officials" take the head's agent
      if (o.country() != null && headAgent != null && !agents.contains(headAgent) && !cues.isOrganizationHead(g, head, phrase, o)
          && agents.stream().noneMatch(ARMED_MOVEMENTS::contains)) {
        agents = List.of(headAgent);
        code = o.country() + headAgent;
      }
      Discourse.Kind kind = o.country() != null && agents.contains("GOV") ? Discourse.Kind.COUNTRY : Discourse.Kind.ORGANIZATION;
      return Optional.of(new Resolved(new Actor(text, code, o.country(), agents, o.name(), span), kind, plural, null));
    }

    Optional<Resolved> craft = OwnedCraft.holder(g, head, m -> resolve(g, m, ctx));
    if (craft.isPresent()) return craft; // "a U.N.-chartered plane"
    Integer owner = headAgent == null && !g.token(head).isProperNoun() ? g.child(head, "nmod:poss") : null;
    if (owner != null && !g.token(owner).isPronoun()) {
      // "rejected the Sri Lankan government's offer": a thing a body owns stands for that body, with its role
      Optional<Resolved> body = resolve(g, owner, ctx);
      // "Clinton's campaign chairman, John Podesta": a person's man is himself, with her code (OwnedPersons)
      if (body.isPresent() && !body.get().actor().agents().isEmpty()) return Optional.of(OwnedPersons.person(g, phrase, body.get(), text, span));
    }
    Optional<Resolved> sponsored = SponsoredGroups.resolve(g, head, phrase, headAgent, ctx, knowledge, text, span, plural);
    if (sponsored.isPresent()) return sponsored; // "NATO-led peacekeepers", "Russian-backed separatists"
    Optional<Country> country = cues.country(g, phrase, head, ctx.capitalAs() != CapitalAs.PLACE);
    // "Pakistan-based extremists", "London-based Chechen exiles": the base outranks a people's name, not a state's
    Optional<Country> based = g.token(head).isProperNoun() ? Optional.empty() : BasedGroups.base(g, head, knowledge);
    boolean stateNamed = country.isPresent() && !cues.namesPeopleOnly(g, phrase);
    boolean minority = false;
    if (country.isPresent() && (Minorities.ethnicModifier(g, head) || Minorities.isPopulation(g, head) && !Minorities.ownCommunities(cues, g, head))) {
      Optional<Country> home = Minorities.home(cues, g, phrase, head,
          ctx.fallbackCountry() == null ? null : countryByCode(ctx.fallbackCountry()));
      minority = home.isPresent() && !home.get().code().equals(country.get().code());
      if (home.isPresent()) country = home;
    } else if (country.isPresent() && cues.isDemonymNoun(g, head)) {
      // "the Albanians of southern Serbia", "the Kurds of northern Iraq": a people named by where it lives
      Optional<Country> home = cues.placeModifierCountry(g, head, Set.of("of"));
      if (home.isPresent()) country = home;
    }
    if (based.isPresent() && !stateNamed) { country = based; minority = false; }
    if (country.isEmpty() && headAgent != null && !HeadAgents.TITLE_GOV.contains(g.lemma(head))) country = cues.placeModifierCountry(g, head, PhraseCues.HOME_PREPS);
    if (country.isEmpty() && "EDU".equals(headAgent)) country = Campuses.country(g, head, knowledge); // "Students at Tehran University"
    if (country.isEmpty() && headAgent != null && !g.token(head).isProperNoun()) {
      // "Kabul police", "a Moscow court": a capital naming the seat of a body (not inside a name: "the Warsaw Pact");
      // "Cairo's security chief", "Ankara's district administration": a city owning a body is its country's
      for (int i : g.children(head)) {
        boolean poss = g.relation(i).equals("nmod:poss") && phrase.contains(i);
        if ((g.relation(i).equals("compound") || poss) && PhraseCues.capitalised(g, i) && knowledge.findCountry(g.word(i)).isEmpty()) {
          // "Darfur rebels", "Sinai militants": a listed region names the group's country too
          Optional<Country> seat = knowledge.findCountryByCapital(g.word(i)).or(() -> knowledge.findCountryByPlace(g.word(i)));
          if (seat.isPresent()) { country = seat; break; }
        }
      }
    }
    if (country.isEmpty() && PhraseCues.isPeopleNoun(g, head)) {
      // "the Kurds of northern Iraq", "Christians in Lebanon": a people of several states, placed by where it lives
      country = cues.placeModifierCountry(g, head, Set.of("of", "in"));
    }
    if (country.isEmpty() && headAgent != null && PersonNames.personName(g, phrase) != null
        && phrase.stream().anyMatch(i -> i != head && agents.titles(g, i, headAgent))
        && phrase.stream().noneMatch(i -> GO_BETWEENS.contains(g.lemma(i)))) {
      // "President Laurent Gbagbo", "candidate Alassane Ouattara" with no office record and no country word: the
      // country the article is about (not for a spokesman, envoy or counterpart, who as often speaks for the other side)
      country = ctx.discourse().lastCountry(ctx.sentence(), phrase.get(0)).map(this::countryByCode);
    }
    // "the opposition", "opposition leader Raila Odinga" of no country word, nor one named before it: the opposition of the country where the
    // sentence places the act ("... marched on the palace in Caracas", "clashed with police in Kisumu")
    if (country.isEmpty() && "OPP".equals(headAgent)) country = cues.placeInSentence(g, phrase);
    if (country.isEmpty() && ctx.capitalAs() == CapitalAs.COUNTRY && headAgent == null) country = cues.place(g, phrase, head);
    boolean headIsCapital = country.isPresent() && cues.capital(g, phrase, head).isPresent()
        && knowledge.findCountry(g.word(head)).isEmpty();
    if (country.isPresent()) {
      String agent = AttackForces.agent(g, head, headAgent); // "repelled a Russian offensive": the Russian forces
      if (former && agent != null && agent.equals("GOV")) agent = "ELI";
      // "Tigrayan forces", "Chechen fighters": the armed men of a people, not of its state, are rebels
      if ("MIL".equals(agent) && cues.namesPeopleOnly(g, phrase)) agent = "REB";
      // "ethnic Armenian forces" placed in Azerbaijan: a minority's armed men are not the military of its host state
      if (minority && "MIL".equals(agent)) agent = "REB";
      agent = JuntaGenerals.agent(g, head, country.get().code(), agent, ctx.asOf()); // "Myanmar's generals" in 2007: GOV
      if (agent == null && headIsCapital) agent = ctx.capitalAs() == CapitalAs.GOVERNMENT ? "GOV" : null;
      if (agent == null && g.lemma(head).equals("counterpart")) agent = possessorAgent(g, head, ctx);
      String personName = PersonNames.personName(g, phrase);
      if (personName != null) {
        // a person we have no office record for, placed by the words around the name ("Russian opposition leader Alexei Navalny")
        Resolved r = countryActor(country.get(), agent, text, span, Discourse.Kind.PERSON, false);
        Actor x = r.actor();
        return Optional.of(new Resolved(new Actor(x.text(), x.code(), x.country(), x.agents(), personName, x.span()),
            Discourse.Kind.PERSON, false, null));
      }
      return Optional.of(countryActor(country.get(), agent, text, span,
          agent == null ? Discourse.Kind.COUNTRY : oneHolder(g, head, plural) ? Discourse.Kind.PERSON : Discourse.Kind.GROUP, plural));
    }

    Optional<Resolved> affiliated = groups.resolve(g, head, ctx, this::resolve, headAgent, text, span, plural);
    if (affiliated.isPresent()) return affiliated;
    Optional<Country> theCountry = groups.theCountry(g, head, ctx);
    if (theCountry.isPresent()) return Optional.of(countryActor(theCountry.get(), null, text, span, Discourse.Kind.COUNTRY, false));
    return DiscourseFallbacks.resolve(g, head, ctx, headAgent, text, span, plural, this::countryByCode);
  }



  private @Nullable Country countryByCode(String code) {
    for (Country c : knowledge.countries()) if (c.code().equals(code)) return c;
    return null;
  }


  private @Nullable String possessorAgent(SentenceGraph g, int head, Context ctx) {
    Integer poss = g.child(head, "nmod:poss");
    if (poss == null) return "GOV";
    return ctx.discourse().antecedent(g.lemma(poss), ctx.sentence(), poss)
        .map(e -> e.actor().agents().isEmpty() ? "GOV" : e.actor().agents().get(0)).orElse("GOV");
  }


  /**
   * "a senior British minister", "the Russian ambassador": one unnamed holder of a role is a person, whom a later
   * "he" or "she" can stand for ("... as he embarked on a trip").
   */
  private static boolean oneHolder(SentenceGraph g, int head, boolean plural) {
    return !plural && ROLE_NOUNS.contains(g.lemma(head)) && g.token(head).pos().equals("NN");
  }



  private static Resolved countryActor(Country c, @Nullable String agent, String text, Span span, Discourse.Kind kind, boolean plural) {
    List<String> agents = agent == null ? List.of() : List.of(agent);
    return new Resolved(new Actor(text, c.code() + (agent == null ? "" : agent), c.code(), agents, null, span), kind, plural, null);
  }

  private static Actor withText(Actor a, String text, Span span) {
    return new Actor(text, a.code(), a.country(), a.agents(), a.name(), span);
  }
}
