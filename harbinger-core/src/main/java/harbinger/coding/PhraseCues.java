package harbinger.coding;

import harbinger.actors.ActorKnowledge;
import harbinger.actors.Country;
import harbinger.actors.Organization;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The words of a phrase that name a country, an organisation or a news outlet: names, adjectives, peoples and
 * capitals ("Russian", "Ibo", "Saudi-led", "Moscow"), organisation aliases, media names, and the places a group is
 * "in", "of" or "from". Lookups only; what a cue means for the actor is {@link ActorResolver}'s. Thread-safe.
 */
final class PhraseCues {
  private final ActorKnowledge knowledge;

  PhraseCues(ActorKnowledge knowledge) { this.knowledge = knowledge; }

  /** Hyphenated endings that make a country word name the party's own country ("-backed" does not: the backer is another). */
  private static final List<String> OWNING_SUFFIXES = List.of("-led", "-flagged", "-owned", "-registered", "-run");

  static final Set<String> HOME_PREPS = Set.of("in", "throughout", "across", "inside", "within", "of", "from");

  /** "police in Paris", "officials in Kyiv", "students throughout Indonesia": a country from where the group is. */
  Optional<Country> placeModifierCountry(SentenceGraph g, int head, Set<String> preps) {
    List<Integer> holders = new ArrayList<>(List.of(head));
    // "tens of thousands of students throughout Indonesia": the place may hang on the quantity counting the group
    for (int k = head; g.head(k) >= 0 && "of".equals(g.caseMarker(k)) && CountedNouns.isQuantity(g, g.head(k)); k = g.head(k)) holders.add(g.head(k));
    for (int h : holders) {
      Optional<Country> c = placeModifierCountryOf(g, h, preps);
      if (c.isPresent()) return c;
    }
    return Optional.empty();
  }

  private Optional<Country> placeModifierCountryOf(SentenceGraph g, int head, Set<String> preps) {
    for (int c : g.children(head)) {
      if (!g.baseRelation(c).equals("nmod") || !hasCase(g, c, preps)) continue;
      String w = LocationFinder.text(g, c);
      // "in Christian east Beirut": the name with its modifiers, else the head word alone
      Optional<Country> k = knowledge.findCountry(w).or(() -> knowledge.findCountryByCapital(w))
          .or(() -> knowledge.findCountry(g.word(c))).or(() -> knowledge.findCountryByCapital(g.word(c)))
          .or(() -> PhraseCues.capitalised(g, c) ? knowledge.findCountryByPlace(w) : Optional.empty());
      if (k.isPresent()) return k;
      // "villagers in Nigeria's Plateau state": a place of no country of its own, owned by one
      String owner = ArgumentRepairs.placeOwner(g, c, knowledge);
      if (owner != null) return knowledge.countries().stream().filter(x -> x.code().equals(owner)).findFirst();
      if (REGION_NOUNS.contains(g.lemma(c)) && isBareDefinite(g, c)) {
        // "the Albanian population of the province": the province named before it in the sentence
        k = namedBefore(g, c);
        if (k.isPresent()) return k;
      }
    }
    return Optional.empty();
  }

  /**
   * The country of the first place the sentence names in a locative phrase outside {@code phrase} ("in the Drenica
   * region", "from Pec", "near the town of Tetovo"): a country, its capital or a listed place. For a minority named
   * by its kin state's adjective, which is coded by the state it lives in.
   */
  Optional<Country> placeInSentence(SentenceGraph g, List<Integer> phrase) {
    for (int k = 0; k < g.size(); k++) {
      if (phrase.contains(k) || !g.token(k).isProperNoun() || !capitalised(g, k)) continue;
      String rel = g.baseRelation(k);
      boolean locative = (rel.equals("obl") || rel.equals("nmod")) && LocationFinder.LOCATIVE_ONLY.contains(String.valueOf(g.caseMarker(k)))
          || "from".equals(g.caseMarker(k));
      // "the Drenica region", "the town of Tetovo": the name inside a locative kind-of-place noun
      int h = g.head(k);
      if (!locative && h >= 0 && !g.token(h).isProperNoun() && (rel.equals("compound") || "of".equals(g.caseMarker(k)))) {
        String hr = g.baseRelation(h);
        locative = (hr.equals("obl") || hr.equals("nmod")) && LocationFinder.LOCATIVE_ONLY.contains(String.valueOf(g.caseMarker(h)));
      }
      if (!locative) continue;
      String w = LocationFinder.text(g, k);
      Optional<Country> c = knowledge.findCountryOfPlaceName(w);
      if (c.isPresent()) return c;
    }
    return Optional.empty();
  }

  /** Envoys posted abroad: the place of the story says nothing of their country ("ordered out two dozen diplomats"). */
  private static final Set<String> POSTED_ABROAD = Set.of("diplomat", "envoy", "ambassador", "consul", "attache", "attaché");

  /**
   * "foreign" among the words before the head ("foreign aid agencies", "foreign troops"), or a diplomat, envoy or
   * ambassador without a country word: outsiders to the place.
   */
  static boolean foreign(SentenceGraph g, int head) {
    if (POSTED_ABROAD.contains(g.lemma(head).toLowerCase(Locale.ROOT))) return true;
    BitSet words = g.subtree(head);
    for (int i = words.nextSetBit(0); i >= 0 && i < head; i = words.nextSetBit(i + 1)) if (g.lemma(i).equalsIgnoreCase("foreign")) return true;
    return false;
  }

  /** Common nouns for a part of a country that a story names once and then calls "the province". */
  private static final Set<String> REGION_NOUNS = Set.of("province", "region", "territory", "republic", "country");

  /** "the province", with no words of its own beyond the article. */
  private static boolean isBareDefinite(SentenceGraph g, int i) {
    boolean the = false;
    for (int c : g.children(i)) {
      if (g.relation(c).equals("det") && g.lemma(c).equals("the")) the = true;
      else if (!g.baseRelation(c).equals("case") && !g.relation(c).equals("punct")) return false;
    }
    return the && g.token(i).pos().equals("NN");
  }

  /** The nearest country, capital or listed place named by a proper noun before token {@code i}. */
  private Optional<Country> namedBefore(SentenceGraph g, int i) {
    for (int k = i - 1; k >= 0; k--) {
      if (!g.token(k).isProperNoun() || !capitalised(g, k)) continue;
      String w = g.word(k);
      Optional<Country> c = knowledge.findCountry(w).or(() -> knowledge.findCountryByCapital(w))
          .or(() -> knowledge.findCountryByPlace(w));
      if (c.isPresent()) return c;
    }
    return Optional.empty();
  }

  /** Any case marker of {@code i} is one of {@code preps} ("based in Beirut" has "based" and "in"). */
  private static boolean hasCase(SentenceGraph g, int i, Set<String> preps) {
    for (int c : g.children(i)) if (g.baseRelation(c).equals("case") && preps.contains(g.lemma(c))) return true;
    return false;
  }

  /** "Albanians", "Kurds": the head noun itself names a people (not "Albanian guerrillas"). */
  boolean isDemonymNoun(SentenceGraph g, int head) {
    String pos = g.token(head).pos();
    return (pos.equals("NNS") || pos.equals("NNPS")) && knowledge.findCountryByAdjective(g.word(head))
        .or(() -> knowledge.findCountryByPeople(g.word(head))).isPresent();
  }

  /** A capitalised plural noun that names a people or community ("Kurds", "Shiites", "Christians"), not an organisation. */
  static boolean isPeopleNoun(SentenceGraph g, int head) {
    String ner = g.token(head).ner();
    boolean plural = g.token(head).pos().equals("NNPS") || (g.token(head).pos().equals("NNS") && capitalised(g, head));
    return plural && (ner.equals("MISC") || ner.equals("NATIONALITY") || ner.equals("RELIGION") || ner.equals("O"));
  }

  Optional<Organization> organization(SentenceGraph g, List<Integer> phrase) {
    for (int len = Math.min(6, phrase.size()); len >= 1; len--) {
      for (int s = 0; s + len <= phrase.size(); s++) {
        int first = phrase.get(s);
        int last = phrase.get(s + len - 1);
        // "Lord's Resistance Army rebels": the possessive marker of a name's first word is no gap in the name
        // "Tehrik-i-Taliban militants": hyphens the tokenizer split off a name are no gap in it either
        if (last - first != len - 1 && !(last - first == len && possessiveGap(g, first, last)) && !HyphenWords.onlyHyphensBetween(g, first, last, len)) continue;
        if (!capitalised(g, first)) continue;
        Optional<Organization> o = knowledge.findOrganization(g.text(first, last));
        if (o.isPresent()) return o;
      }
    }
    return Optional.empty();
  }

  /** Exactly one token between {@code first} and {@code last} is a possessive marker ("'s"). */
  private static boolean possessiveGap(SentenceGraph g, int first, int last) {
    int gaps = 0;
    for (int i = first; i <= last; i++) if (g.token(i).pos().equals("POS")) gaps++;
    return gaps == 1;
  }

  /**
   * "Tigrayan forces", "Chechen fighters": the phrase names a people of one state (peoples.tsv) and neither the
   * state nor its adjective.
   */
  boolean namesPeopleOnly(SentenceGraph g, List<Integer> phrase) {
    boolean people = false;
    for (int i : phrase) {
      if (!capitalised(g, i)) continue;
      String w = g.word(i);
      if (knowledge.findCountry(w).isPresent() || knowledge.findCountryByAdjective(w).isPresent()) return false;
      if (knowledge.findCountryByPeople(w).isPresent()) people = true;
    }
    return people;
  }

  /**
   * "Doctors Without Borders", "the Organization of American States": a name whose inner words the parser hangs
   * on the head as modifiers, so that they are not in the phrase; read from the first capitalised word of the
   * phrase on, as written, over the head's own subtree.
   */
  Optional<Organization> organizationAcross(SentenceGraph g, List<Integer> phrase, int head) {
    java.util.BitSet subtree = g.subtree(head);
    int first = -1;
    for (int i : phrase) if (capitalised(g, i)) { first = i; break; }
    if (first < 0) return Optional.empty();
    int last = first;
    while (last + 1 < g.size() && subtree.get(last + 1) && last - first < 7) last++;
    for (int end = last; end > head; end--) {
      if (!capitalised(g, end)) continue;
      Optional<Organization> o = knowledge.findOrganization(g.text(first, end));
      if (o.isPresent()) return o;
    }
    return Optional.empty();
  }

  /**
   * "leftist rebels of the FARC", "fighters of the Northern Alliance", "officials of the IAEA": people named by their
   * role "of" a named organisation are that organisation's.
   */
  Optional<Organization> organizationOf(SentenceGraph g, int head) {
    // a role noun, capitalised only because it opens the sentence ("Commanders of the Northern Alliance accused ...")
    if (g.token(head).isProperNoun() && head > 0) return Optional.empty();
    String lemma = g.lemma(head).toLowerCase(Locale.ROOT);
    if (knowledge.findAgent(lemma).isEmpty() && knowledge.findAgent(g.word(head).toLowerCase(Locale.ROOT)).isEmpty()) return Optional.empty();
    for (int c : g.children(head)) {
      if (!g.baseRelation(c).equals("nmod") || !"of".equals(g.caseMarker(c)) || !capitalised(g, c)) continue;
      // the name with its own words ("the Northern Alliance", whose "Northern" may be parsed as an adjective)
      int first = c;
      for (int k : g.children(c)) {
        String r = g.relation(k);
        if (k < first && (r.equals("amod") || r.equals("compound") || r.startsWith("flat")) && capitalised(g, k)) first = k;
      }
      Optional<Organization> o = knowledge.findOrganization(g.text(first, c)).or(() -> knowledge.findOrganization(LocationFinder.text(g, c)));
      if (o.isPresent()) return o;
    }
    return Optional.empty();
  }

  boolean isOrganizationHead(SentenceGraph g, int head, List<Integer> phrase, Organization o) {
    return o.aliases().stream().anyMatch(a -> a.toLowerCase(Locale.ROOT).endsWith(g.word(head).toLowerCase(Locale.ROOT)));
  }

  Optional<Country> country(SentenceGraph g, List<Integer> phrase, int head, boolean capitalAllowed) {
    for (int len = Math.min(5, phrase.size()); len >= 1; len--) {
      for (int s = 0; s + len <= phrase.size(); s++) {
        int first = phrase.get(s);
        int last = phrase.get(s + len - 1);
        if (last - first != len - 1 || !capitalised(g, first)) continue;
        Optional<Country> c = knowledge.findCountry(g.text(first, last));
        // "Sierra Leonean rebels", "South Sudanese troops": an adjective or people of several words
        if (c.isEmpty() && len > 1) c = knowledge.findCountryByAdjective(g.text(first, last)).or(() -> knowledge.findCountryByPeople(g.text(first, last)));
        if (c.isPresent()) return c;
      }
    }
    for (int i : phrase) {
      String w = g.word(i);
      if (i >= 2 && OWNING_SUFFIXES.contains("-" + w) && g.word(i - 1).equals("-")) {
        // "Vietnamese - led forces", "a British - flagged tanker" (the hyphenated forms below, tokenised in three)
        String lead = g.word(i - 2);
        Optional<Country> c = knowledge.findCountryByAdjective(lead).or(() -> knowledge.findCountry(lead));
        if (c.isPresent()) return c;
      }
      if (!capitalised(g, i)) continue;
      Optional<Country> c = knowledge.findCountryByAdjective(g.word(i)).or(() -> knowledge.findCountryByPeople(g.word(i)));
      if (c.isPresent()) return c;
      // "Saudi-led coalition", "Vietnamese-led forces", "US-led troops": the leading country ("-backed" is not);
      // "a British-flagged tanker", "a Chinese-owned firm": the country of the flag or owner
      for (String suffix : OWNING_SUFFIXES) {
        if (!w.endsWith(suffix) || w.length() <= suffix.length()) continue;
        String lead = w.substring(0, w.length() - suffix.length());
        c = knowledge.findCountryByAdjective(lead).or(() -> knowledge.findCountry(lead));
        if (c.isPresent()) return c;
      }
    }
    return capitalAllowed ? capital(g, phrase, head) : Optional.empty();
  }

  /** The country whose capital the head names, alone or with the capitalised words before it ("New Delhi", "Abu Dhabi"). */
  Optional<Country> capital(SentenceGraph g, List<Integer> phrase, int head) {
    int words = capitalWords(g, phrase, head);
    if (words == 0) return Optional.empty();
    int pos = phrase.indexOf(head);
    return knowledge.findCountryByCapital(g.text(phrase.get(pos - words + 1), head));
  }

  /** How many words, ending at the head, name a capital (0: none). */
  private int capitalWords(SentenceGraph g, List<Integer> phrase, int head) {
    int pos = phrase.indexOf(head);
    if (pos < 0 || !capitalised(g, head)) return 0;
    for (int len = Math.min(3, pos + 1); len >= 1; len--) {
      int first = phrase.get(pos - len + 1);
      if (head - first != len - 1 || !capitalised(g, first)) continue;
      if (knowledge.findCountryByCapital(g.text(first, head)).isPresent()) return len;
    }
    return 0;
  }

  /**
   * "Kherson", "the Bryansk region", "Hamburg": a city or region of one country, named by the whole proper-noun
   * phrase or by its head. For the callers that let a place stand for its country (the target of an attack).
   */
  Optional<Country> place(SentenceGraph g, List<Integer> phrase, int head) {
    if (!g.token(head).isProperNoun() || !capitalised(g, head)) return Optional.empty();
    int first = phrase.get(0);
    int last = phrase.get(phrase.size() - 1);
    while (first < head && !capitalised(g, first)) first++;
    return knowledge.findCountryByPlace(g.text(first, last)).or(() -> knowledge.findCountryByPlace(g.word(head)));
  }

  /** The head is a proper noun naming a country by itself or with the proper nouns before it ("Norway", "Saudi Arabia"). */
  boolean namesCountry(SentenceGraph g, int head) {
    if (!g.token(head).isProperNoun()) return false;
    int first = head;
    while (first > 0 && g.head(first - 1) == head && g.relation(first - 1).equals("compound") && g.token(first - 1).isProperNoun()) first--;
    for (int i = first; i <= head; i++) if (knowledge.findCountry(g.text(i, head)).isPresent()) return true;
    return false;
  }

  /**
   * "the Armenian side", "the Chinese side said": a side with no "of" phrase is a party to a conflict or talks; "the
   * Russian side of the border" is a place.
   */
  static boolean isPartySide(SentenceGraph g, int head) {
    if (!g.lemma(head).equals("side") || !g.token(head).pos().equals("NN")) return false;
    for (int c : g.children(head)) if (g.baseRelation(c).equals("nmod") && "of".equals(g.caseMarker(c))) return false;
    return true;
  }

  boolean mentionsMedia(SentenceGraph g, List<Integer> phrase) {
    for (int len = Math.min(5, phrase.size()); len >= 1; len--) {
      for (int s = 0; s + len <= phrase.size(); s++) {
        int first = phrase.get(s);
        int last = phrase.get(s + len - 1);
        if (last - first != len - 1 || !capitalised(g, first)) continue;
        if (knowledge.isMedia(g.text(first, last))) return true;
      }
    }
    return false;
  }

  static boolean capitalised(SentenceGraph g, int i) {
    String w = g.word(i);
    return !w.isEmpty() && Character.isUpperCase(w.codePointAt(0));
  }

  /** Plural role nouns that several states share in "the leaders of France and Germany". */
  static final Set<String> SHARED_ROLES = Set.of("leader", "president", "head", "government", "minister", "premier",
      "representative", "delegation", "envoy", "official", "ambassador", "chief");

  /**
   * "the leaders of France and Germany": for a later conjunct ("Germany") of the country a plural role noun is "of",
   * that role noun ("leaders"), so each country stands with the same role; null elsewhere.
   */
  static @Nullable Integer sharedRoleNoun(SentenceGraph g, int conjunct) {
    if (!g.relation(conjunct).equals("conj")) return null;
    int first = g.head(conjunct);
    if (first < 0 || !g.relation(first).startsWith("nmod") || !"of".equals(g.caseMarker(first))) return null;
    int role = g.head(first);
    if (role < 0 || !g.token(role).pos().equals("NNS") || !SHARED_ROLES.contains(g.lemma(role))) return null;
    return role;
  }

  /** Party names that several countries' parties share; the party is the one of the country the story is in. */
  private static final Set<String> SHARED_PARTY_NAMES = Set.of("Labour", "Labor", "Conservatives", "Tories",
      "Liberals", "Greens", "Social Democrats", "Liberal Democrats", "Christian Democrats");

  /** "the Conservatives", "Labour", "the Social Democrats" written as a name (capitalised, a proper noun). */
  static boolean sharedPartyName(SentenceGraph g, int head) {
    if (!g.token(head).isProperNoun()) return false;
    String w = g.word(head);
    Integer mod = g.child(head, "compound", "amod");
    if (mod != null && mod == head - 1) w = g.word(mod) + " " + w;
    return SHARED_PARTY_NAMES.contains(w);
  }
}
