package harbinger.actors;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * {@link ActorKnowledge} over the tables read by {@link ActorKnowledgeFiles}. Every phrase is turned into a
 * {@link PhraseKey} and looked up in an immutable hash map, so lookups are O(phrase length). Immutable and
 * thread-safe.
 */
final class IndexedActorKnowledge implements ActorKnowledge {
  private final CountryTable countries;
  private final OrganizationTable organizations;
  private final AgentTable agents;
  private final MediaTable media;
  private final OfficeTermTable terms;
  private final CountryForms peoples;
  private final CountryForms places;
  private final SuccessionTable successions;
  private final RelationTable relations;
  private final EndedStateTable endedStates;

  IndexedActorKnowledge(CountryTable countries, OrganizationTable organizations, AgentTable agents, MediaTable media,
                        OfficeTermTable terms, CountryForms peoples, CountryForms places, SuccessionTable successions,
                        RelationTable relations, EndedStateTable endedStates) {
    this.countries = countries;
    this.organizations = organizations;
    this.agents = agents;
    this.media = media;
    this.terms = terms;
    this.peoples = peoples;
    this.places = places;
    this.successions = successions;
    this.relations = relations;
    this.endedStates = endedStates;
  }

  @Override public Optional<Country> findCountry(String phrase) {
    return find(countries.byName(), phrase);
  }

  @Override public Optional<Country> findCountryByAdjective(String word) {
    return find(countries.byAdjective(), word);
  }

  @Override public Optional<Country> findCountryByPeople(String word) {
    return find(peoples.byKey(), word);
  }

  @Override public Optional<Country> findCountryByCapital(String city) {
    return find(countries.byCapital(), city);
  }

  @Override public Optional<Country> findCountryByPlace(String place) {
    return find(places.byKey(), place);
  }

  @Override public Optional<Country> formerState(String code) {
    return successions.of(Objects.requireNonNull(code, "code")).map(SuccessionTable.Succession::former);
  }

  @Override public Optional<Country> stateBefore(String code, LocalDate date) {
    Objects.requireNonNull(date, "date");
    return successions.of(Objects.requireNonNull(code, "code")).filter(s -> date.isBefore(s.since()))
        .map(SuccessionTable.Succession::former);
  }

  @Override public boolean hasEnded(String code) {
    return endedStates.contains(Objects.requireNonNull(code, "code"));
  }

  @Override public Optional<Country> continuation(String code, LocalDate date) {
    return endedStates.continuationOn(Objects.requireNonNull(code, "code"), Objects.requireNonNull(date, "date"));
  }

  @Override public Optional<Country> related(String code, String relation) {
    return relations.of(Objects.requireNonNull(code, "code"), Objects.requireNonNull(relation, "relation"));
  }

  @Override public Optional<Organization> findOrganization(String phrase) {
    return find(organizations.byAlias(), phrase);
  }

  @Override public Optional<String> findAgent(String lemma) {
    return find(agents.byTerm(), lemma);
  }

  @Override public List<OfficeTerm> findTerms(String personName) {
    return terms.byName(PhraseKey.of(Objects.requireNonNull(personName, "personName")));
  }

  @Override public List<OfficeTerm> findTermsNear(String personName) {
    return terms.byNameNear(PhraseKey.of(Objects.requireNonNull(personName, "personName")));
  }

  /** When terms overlap on {@code date} (a hand-over day), the one that started last wins. */
  @Override public Optional<OfficeTerm> findHolder(String country, String role, LocalDate date) {
    Objects.requireNonNull(date, "date");
    @Nullable OfficeTerm holder = null;
    for (OfficeTerm term : terms.byOffice(country, role)) {   // oldest first, so a later start overrides
      if (term.holdsOn(date)) holder = term;
    }
    return Optional.ofNullable(holder);
  }

  @Override public boolean isMedia(String phrase) {
    return find(media.byAlias(), phrase).isPresent();
  }

  @Override public Optional<String> stateMedium(String phrase) {
    return find(media.byAlias(), phrase).map(media::state);
  }

  @Override public Optional<String> mediumCountry(String phrase) {
    return find(media.byAlias(), phrase).map(media::country);
  }

  @Override public List<Country> countries() {
    return countries.countries();
  }

  /** Every organisation, in file order (for consistency checks and tools). */
  List<Organization> organizations() {
    return organizations.organizations();
  }

  private static <T> Optional<T> find(Map<String, T> index, String phrase) {
    String key = PhraseKey.of(Objects.requireNonNull(phrase, "phrase"));
    return key.isEmpty() ? Optional.empty() : Optional.ofNullable(index.get(key));
  }
}
