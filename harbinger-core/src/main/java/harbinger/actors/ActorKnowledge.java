package harbinger.actors;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Read-only lookups over the actor data files. All phrase lookups are case-insensitive on whole
 * phrases (a leading "the" is ignored) and return empty when the phrase is unknown.
 * Implementations are immutable and thread-safe.
 */
public interface ActorKnowledge {
  /** A country by name or abbreviation: "Russia", "the United States", "U.S.", "Britain". */
  Optional<Country> findCountry(String phrase);

  /** A country by adjective or demonym: "Russian", "Russians", "American", "Ukrainian". */
  Optional<Country> findCountryByAdjective(String word);

  /**
   * The country of a people named by an ethnic or regional demonym that is not the country's own adjective:
   * "Ibo", "Chechens", "Tigrayan", "Uighurs" (peoples.tsv).
   */
  Optional<Country> findCountryByPeople(String word);

  /** A country by its capital or seat of government: "Moscow", "Washington", "Kyiv", "Kiev". */
  Optional<Country> findCountryByCapital(String city);

  /**
   * The country of a major city, province or region that is not a capital: "Kherson", "Hamburg", "Bryansk"
   * (places.tsv). A place stands for its country only where the caller allows it (the target of an attack on it,
   * where a body sits or an event happens); it never names a government.
   */
  default Optional<Country> findCountryByPlace(String place) { return Optional.empty(); }

  /** The country a place name stands for: a country's own name, else its capital, else a listed place. */
  default Optional<Country> findCountryOfPlaceName(String name) {
    return findCountry(name).or(() -> findCountryByCapital(name)).or(() -> findCountryByPlace(name));
  }

  /**
   * The state that a place of the state {@code code} belonged to when that state did not yet exist: for South
   * Sudan (independent 2011-07-09) Sudan, whatever the date (successions.tsv). Empty for a state that split
   * from no listed state.
   */
  default Optional<Country> formerState(String code) { return Optional.empty(); }

  /**
   * The {@link #formerState} of {@code code} when {@code date} is before the state's first day ("Juba" in a 2005
   * story is in Sudan), else empty.
   */
  default Optional<Country> stateBefore(String code, LocalDate date) { return Optional.empty(); }

  /**
   * True for a state that no longer exists (ended-states.tsv): a federation broken up or a state renamed or
   * absorbed ("SUN", "YUG", "DDR", "ZAR").
   */
  default boolean hasEnded(String code) { return false; }

  /**
   * The state that continues the ended state {@code code} for its people on {@code date} (ended-states.tsv: the
   * Soviet Union's former officials are Russian from 1991-12-26). Empty for a state that has not ended, before the
   * day after its end, and for a state whose people passed to several states (Czechoslovakia).
   */
  default Optional<Country> continuation(String code, LocalDate date) { return Optional.empty(); }

  /**
   * The country standing in {@code relation} to the country {@code code} (relations.tsv): "northern_neighbour",
   * "southern_neighbour", "eastern_neighbour", "western_neighbour" or "former_colonial_power". Empty when none is
   * listed (a direction with several neighbours of like weight is left out on purpose).
   */
  default Optional<Country> related(String code, String relation) { return Optional.empty(); }

  /** An organisation or metonym by alias: "NATO", "the Kremlin", "White House", "Hamas". */
  Optional<Organization> findOrganization(String phrase);

  /** The agent code for a role noun lemma or phrase: "troops" → MIL, "police" → COP, "minister" → GOV, "rebel" → REB. */
  Optional<String> findAgent(String lemma);

  /** Every office term of the person named (full name or listed alias), oldest first. */
  List<OfficeTerm> findTerms(String personName);

  /**
   * The office terms of the one recorded person whose name this is a spelling variant of ("Abdelaziz Bouteflicka"):
   * the surname within one or two edits, any given name exactly as recorded; empty if none or ambiguous.
   */
  default List<OfficeTerm> findTermsNear(String personName) { return List.of(); }

  /** The holder of an office of a country on a date: ("RUS", "head_of_state", 2021-12-30) → Putin. */
  Optional<OfficeTerm> findHolder(String country, String role, LocalDate date);

  /** True for news outlets, agencies and social networks, which are never actors ("Voice of America", "Reuters", "Twitter"). */
  boolean isMedia(String phrase);

  /**
   * The country code of the state owning a state news agency or broadcaster ("KCNA" → PRK, "Xinhua" → CHN); empty
   * for other outlets and for phrases that name no outlet.
   */
  default Optional<String> stateMedium(String phrase) { return Optional.empty(); }

  /**
   * The country code of the outlet the phrase names: the state owning a state outlet, else the country a private or
   * public-service outlet is from ("BBC" → GBR, "Kyodo" → JPN); empty for international outlets and non-outlets.
   */
  default Optional<String> mediumCountry(String phrase) { return Optional.empty(); }

  /** Every country, in code order. */
  List<Country> countries();
}
