package harbinger.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import harbinger.error.DictionaryException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every malformed actor file stops loading with a message that starts with the exact {@code file:line:}.
 * Each test writes a small valid set to a temporary folder, breaks one line, and checks the message.
 * In the file texts below '|' stands for a tab; line 1 of every file is a comment, so data starts on line 2.
 */
class ActorKnowledgeValidationTest {
  @TempDir Path dir;
  private final Map<String, String> files = new LinkedHashMap<>();

  @BeforeEach
  void validSet() {
    files.put("agent_codes.tsv", lines("GOV|executive", "MIL|armed forces", "REB|rebels", "IGO|IGOs", "NGO|NGOs"));
    files.put("agents.tsv", lines("minister|GOV", "troops|MIL"));
    files.put("countries.tsv", lines(
        "RUS|Russia|Russian Federation|Russian; Russians|Moscow",
        "USA|United States|U.S.; America|American|Washington",
        "GEO|Georgia||Georgian|Tbilisi"));
    files.put("organizations.tsv", lines("RUSGOV|Kremlin||RUS|GOV", "IGOWSTNAT|NATO|North Atlantic Alliance||IGO"));
    files.put("media.tsv", lines("Reuters|", "Voice of America|VOA"));
    files.put("peoples.tsv", lines("RUS|Chechen; Chechens", "USA|Texan; Texans"));
    files.put("places.tsv", lines("RUS|Bryansk; St. Petersburg", "USA|Houston"));
    files.put("officeholders-1.tsv", lines("Vladimir Putin|Putin|RUS|GOV|head_of_state|President|2000-05-07|2008-05-07"));
  }

  private static String lines(String... lines) {
    return "# header comment\n" + String.join("\n", lines).replace('|', '\t') + "\n";
  }

  private ActorKnowledge load() throws IOException {
    for (Map.Entry<String, String> f : files.entrySet()) Files.writeString(dir.resolve(f.getKey()), f.getValue());
    return ActorKnowledgeFiles.load(dir);
  }

  /** Loads with {@code file} replaced and checks the error names {@code file:line:} and says {@code what}. */
  private void rejects(String file, String content, int line, String what) {
    files.put(file, content);
    DictionaryException e = assertThrows(DictionaryException.class, this::load);
    String prefix = dir.resolve(file) + ":" + line + ": ";
    assertTrue(e.getMessage().startsWith(prefix), () -> "expected prefix '" + prefix + "' in: " + e.getMessage());
    assertTrue(e.getMessage().contains(what), () -> "expected '" + what + "' in: " + e.getMessage());
  }

  @Test
  void theValidSetLoads() throws IOException {
    ActorKnowledge k = load();
    assertEquals("RUS", k.findCountry("Russia").orElseThrow().code());
    assertEquals(1, k.findTerms("Putin").size());
  }

  @Test
  void rejectsTooManyColumns() {
    rejects("countries.tsv", lines("RUS|Russia|||Moscow", "FRA|France|||Paris|extra"), 3, "expected 2 to 5 tab-separated columns");
  }

  @Test
  void rejectsTooFewColumns() {
    rejects("organizations.tsv", lines("RUSGOV|Kremlin||RUS|GOV", "USAGOV|White House"), 3, "found 2");
    setUpAgain();
    rejects("agents.tsv", lines("minister|GOV", "troops"), 3, "expected 2 tab-separated columns");
  }

  @Test
  void rejectsMalformedCountryCodes() {
    rejects("countries.tsv", lines("RUS|Russia|||", "Fr|France|||"), 3, "invalid country code 'Fr'");
    setUpAgain();
    rejects("countries.tsv", lines("rus|Russia|||"), 2, "invalid country code 'rus'");
  }

  @Test
  void rejectsRepeatedCountryCodes() {
    rejects("countries.tsv", lines("RUS|Russia|||", "USA|United States|||", "RUS|Russian Federation|||"), 4,
        "duplicate country code 'RUS' (first at line 2)");
  }

  @Test
  void rejectsANameGivenToTwoCountries() {
    rejects("countries.tsv", lines("COD|DR Congo|Congo||", "COG|Republic of the Congo|Congo-Brazzaville; the Congo||"), 3,
        "country name 'the Congo' maps to COG but already maps to COD (line 2)");
  }

  @Test
  void rejectsAnAdjectiveOrCapitalGivenToTwoCountries() {
    rejects("countries.tsv", lines("RUS|Russia||Russian|", "SUN|Soviet Union||Soviet; RUSSIAN|"), 3, "adjective 'RUSSIAN'");
    setUpAgain();
    rejects("countries.tsv", lines("RUS|Russia|||Moscow", "SUN|Soviet Union|||Moscow"), 3, "capital 'Moscow'");
  }

  @Test
  void allowsTheSameWordAsNameAndCapital() throws IOException {
    files.put("countries.tsv", lines("RUS|Russia|||", "USA|United States|||", "DJI|Djibouti|||Djibouti"));
    assertEquals("DJI", load().findCountryByCapital("Djibouti").orElseThrow().code());
  }

  @Test
  void rejectsUnknownAgentCodes() {
    rejects("agents.tsv", lines("minister|GOV", "monk|REL"), 3, "unknown agent code 'REL'");
    setUpAgain();
    rejects("organizations.tsv", lines("RUSGOV|Kremlin||RUS|GOV", "RUSSPY|FSB||RUS|SPY"), 3, "unknown agent code 'SPY'");
    setUpAgain();
    rejects("officeholders-1.tsv", lines("Vladimir Putin||RUS|PRZ|head_of_state|President|2000-05-07|"), 2,
        "unknown agent code 'PRZ'");
  }

  @Test
  void rejectsMalformedOrRepeatedAgentCodes() {
    rejects("agent_codes.tsv", lines("GOV|executive", "Mil|armed forces"), 3, "invalid agent code 'Mil'");
    setUpAgain();
    rejects("agent_codes.tsv", lines("GOV|executive", "MIL|army", "IGO|x", "NGO|x", "REB|x", "GOV|again"), 7,
        "duplicate agent code 'GOV'");
  }

  @Test
  void rejectsATermMappedToTwoAgents() {
    rejects("agents.tsv", lines("troops|MIL", "minister|GOV", "Troops|GOV"), 4, "term 'Troops' maps to GOV but already maps to MIL (line 2)");
  }

  @Test
  void rejectsUnknownCountriesInOrganisationsAndOfficeholders() {
    rejects("organizations.tsv", lines("RUSGOV|Kremlin||RUS|GOV", "FRAGOV|Elysee||FRA|GOV"), 3, "unknown country code 'FRA'");
    setUpAgain();
    rejects("officeholders-1.tsv", lines("Putin||RUS|GOV|head_of_state|President|2000-05-07|", "Macron||FRA|GOV|head_of_state|President|2017-05-14|"),
        3, "unknown country code 'FRA'");
  }

  @Test
  void rejectsOrganisationCodesThatDisagreeWithCountryOrAgents() {
    rejects("organizations.tsv", lines("USAGOV|Kremlin||RUS|GOV"), 2, "does not start with its country 'RUS'");
    setUpAgain();
    rejects("organizations.tsv", lines("RUSGOV|Kremlin||RUS|MIL"), 2, "agent 'MIL' does not occur in actor code 'RUSGOV'");
    setUpAgain();
    rejects("organizations.tsv", lines("RUSGOV|Kremlin||RUS|GOV", "WSTNAT|NATO|||IGO"), 3, "must start with an international agent code");
    setUpAgain();
    rejects("organizations.tsv", lines("RUSGOVX|Kremlin||RUS|GOV"), 2, "invalid actor code 'RUSGOVX'");
  }

  @Test
  void rejectsAnAliasGivenToTwoOrganisations() {
    rejects("organizations.tsv", lines("RUSGOV|Kremlin||RUS|GOV", "IGOWSTNAT|NATO|the Alliance||IGO", "IGOEUREEC|EU|Alliance||IGO"), 4,
        "organisation alias 'Alliance' maps to IGOEUREEC (EU) but already maps to IGOWSTNAT (NATO) (line 3)");
  }

  @Test
  void rejectsAnAliasGivenToTwoMediaOutlets() {
    rejects("media.tsv", lines("Associated Press|AP", "Agence France-Presse|AFP; A.P."), 3, "media alias 'A.P.'");
  }

  @Test
  void rejectsAnAliasThatNormalisesToNothing() {
    rejects("media.tsv", lines("Reuters|", "BBC|The; ..."), 3, "media alias 'The' is empty once normalised");
  }

  @Test
  void rejectsUnknownOfficeRoles() {
    rejects("officeholders-1.tsv", lines("Putin||RUS|GOV|president|President|2000-05-07|"), 2, "unknown role 'president'");
  }

  @Test
  void rejectsBadDates() {
    rejects("officeholders-1.tsv", lines("Putin||RUS|GOV|head_of_state|President|2000-13-07|"), 2, "bad date '2000-13-07' in column from");
    setUpAgain();
    rejects("officeholders-1.tsv", lines("Putin||RUS|GOV|head_of_state|President|2000-05-07|soon"), 2, "bad date 'soon' in column to");
    setUpAgain();
    rejects("officeholders-1.tsv", lines("Putin||RUS|GOV|head_of_state|President|2001-02-29|"), 2, "bad date '2001-02-29'");
    setUpAgain();
    rejects("officeholders-1.tsv", lines("Putin||RUS|GOV|head_of_state|President||2008"), 2, "missing from (column 7)");
  }

  @Test
  void rejectsATermThatEndsBeforeItStarts() {
    rejects("officeholders-1.tsv", lines("Putin||RUS|GOV|head_of_state|President|2008-05-07|2000-05-07"), 2,
        "ends (2000-05-07) before it starts (2008-05-07)");
  }

  @Test
  void reportsTheSecondOfficeholdersFileByName() {
    rejects("officeholders-2.tsv", lines("Medvedev||RUS|GOV|head_of_state|President|2008-05-07|2012-05-07", "X||RUS|GOV|other|x|2012|2011"), 3,
        "before it starts");
  }

  @Test
  void partialDatesMeanFirstDayAsStartAndLastDayAsEnd() throws IOException {
    files.put("officeholders-1.tsv", lines(
        "Year Person||USA|GOV|other|Envoy|1999|2003",
        "Month Person||USA|GOV|other|Envoy|2000-02|2004-02"));
    ActorKnowledge k = load();
    OfficeTerm year = k.findTerms("Year Person").get(0);
    OfficeTerm month = k.findTerms("Month Person").get(0);
    assertEquals(LocalDate.of(1999, 1, 1), year.from());
    assertEquals(LocalDate.of(2003, 12, 31), year.to());
    assertEquals(LocalDate.of(2000, 2, 1), month.from());
    assertEquals(LocalDate.of(2004, 2, 29), month.to());
  }

  @Test
  void peoplesAreFoundByEveryForm() throws IOException {
    ActorKnowledge k = load();
    assertEquals("RUS", k.findCountryByPeople("Chechens").orElseThrow().code());
    assertEquals("USA", k.findCountryByPeople("texans").orElseThrow().code());
    assertTrue(k.findCountryByPeople("Russian").isEmpty(), "a country adjective is not a people");
  }

  @Test
  void rejectsAPeopleOfAnUnknownCountry() {
    rejects("peoples.tsv", lines("RUS|Chechen", "XXX|Martian"), 3, "unknown country code 'XXX'");
  }

  @Test
  void rejectsAPeopleFormThatIsAlreadyACountryAdjective() {
    rejects("peoples.tsv", lines("RUS|Chechen; Russians"), 2, "people 'Russians' is already a country name or adjective");
  }

  @Test
  void rejectsAPeopleFormGivenToTwoCountries() {
    rejects("peoples.tsv", lines("RUS|Chechen", "USA|Chechen"), 3, "people 'Chechen' maps to USA but already maps to RUS");
  }

  @Test
  void thePeoplesFileIsOptional() throws IOException {
    files.remove("peoples.tsv");
    assertTrue(load().findCountryByPeople("Chechens").isEmpty());
  }

  @Test
  void placesAreFoundByEveryName() throws IOException {
    ActorKnowledge k = load();
    assertEquals("RUS", k.findCountryByPlace("the Bryansk").orElseThrow().code());
    assertEquals("RUS", k.findCountryByPlace("st. petersburg").orElseThrow().code());
    assertEquals("USA", k.findCountryByPlace("Houston").orElseThrow().code());
    assertTrue(k.findCountryByPlace("Moscow").isEmpty(), "a capital is not a place of this table");
  }

  @Test
  void rejectsAPlaceOfAnUnknownCountry() {
    rejects("places.tsv", lines("RUS|Bryansk", "XXX|Atlantis"), 3, "unknown country code 'XXX'");
  }

  @Test
  void rejectsAPlaceThatIsAlreadyACapitalOrCountryName() {
    rejects("places.tsv", lines("RUS|Bryansk; Moscow"), 2, "place 'Moscow' is already a country name or capital");
    rejects("places.tsv", lines("USA|Georgia"), 2, "place 'Georgia' is already a country name or capital");
  }

  @Test
  void rejectsAPlaceGivenToTwoCountries() {
    rejects("places.tsv", lines("RUS|Houston", "USA|Houston"), 3, "place 'Houston' maps to USA but already maps to RUS");
  }

  @Test
  void aSplitOffStatesPlacesBelongToTheFormerStateOnlyBeforeItsFirstDay() throws IOException {
    files.put("successions.tsv", lines("GEO|RUS|1991-04-09"));
    ActorKnowledge k = load();
    assertEquals("RUS", k.formerState("GEO").orElseThrow().code());
    assertEquals("RUS", k.stateBefore("GEO", java.time.LocalDate.of(1991, 4, 8)).orElseThrow().code());
    assertTrue(k.stateBefore("GEO", java.time.LocalDate.of(1991, 4, 9)).isEmpty(), "the first day is the new state's");
    assertTrue(k.formerState("RUS").isEmpty());
  }

  @Test
  void rejectsABadSuccession() {
    rejects("successions.tsv", lines("GEO|RUS|1991-04-09", "GEO|USA|1992"), 3, "state 'GEO' is listed twice");
    rejects("successions.tsv", lines("GEO|GEO|1991"), 2, "cannot succeed itself");
    rejects("successions.tsv", lines("GEO|XXX|1991"), 2, "unknown country code 'XXX'");
    rejects("successions.tsv", lines("GEO|RUS|April 1991"), 2, "bad date 'April 1991'");
  }

  @Test
  void anEndedStatesFormerOfficialsBelongToItsContinuationFromTheDayAfterItEnded() throws IOException {
    files.put("ended-states.tsv", lines("GEO|RUS|1991-04-09", "USA|-|1992"));
    ActorKnowledge k = load();
    assertTrue(k.hasEnded("GEO") && k.hasEnded("USA") && !k.hasEnded("RUS"));
    assertEquals("RUS", k.continuation("GEO", LocalDate.of(1991, 4, 9)).orElseThrow().code());
    assertTrue(k.continuation("GEO", LocalDate.of(1991, 4, 8)).isEmpty(), "before the day after its end it still exists");
    assertTrue(k.continuation("USA", LocalDate.of(2020, 1, 1)).isEmpty(), "'-': its people passed to several states");
    assertTrue(k.continuation("RUS", LocalDate.of(2020, 1, 1)).isEmpty());
  }

  @Test
  void rejectsABadEndedState() {
    rejects("ended-states.tsv", lines("GEO|RUS|1991-04-09", "GEO|USA|1992"), 3, "state 'GEO' is listed twice");
    rejects("ended-states.tsv", lines("GEO|GEO|1991"), 2, "cannot continue itself");
    rejects("ended-states.tsv", lines("XXX|RUS|1991"), 2, "unknown country code 'XXX'");
    rejects("ended-states.tsv", lines("GEO|RUS|after 1991"), 2, "bad date 'after 1991'");
    rejects("ended-states.tsv", lines("GEO|RUS"), 2, "expected 3 tab-separated columns");
  }

  @Test
  void theEndedStatesFileIsOptional() throws IOException {
    assertTrue(!load().hasEnded("GEO"));
  }

  @Test
  void aCountryNamedByItsTieToAnotherIsLookedUpByRelation() throws IOException {
    files.put("relations.tsv", lines("GEO|northern_neighbour|RUS", "GEO|former_colonial_power|RUS"));
    ActorKnowledge k = load();
    assertEquals("RUS", k.related("GEO", "northern_neighbour").orElseThrow().code());
    assertEquals("RUS", k.related("GEO", "former_colonial_power").orElseThrow().code());
    assertTrue(k.related("GEO", "southern_neighbour").isEmpty());
    assertTrue(k.related("RUS", "northern_neighbour").isEmpty(), "a relation is not symmetric");
  }

  @Test
  void rejectsABadRelation() {
    rejects("relations.tsv", lines("GEO|northern_neighbour|RUS", "GEO|northern_neighbour|USA"), 3, "second northern_neighbour");
    rejects("relations.tsv", lines("GEO|northern_neighbour|GEO"), 2, "cannot be its own");
    rejects("relations.tsv", lines("GEO|northern_neighbor|RUS"), 2, "unknown relation 'northern_neighbor'");
    rejects("relations.tsv", lines("GEO|northern_neighbour|XXX"), 2, "unknown country code 'XXX'");
  }

  @Test
  void theSuccessionsFileIsOptional() throws IOException {
    assertTrue(load().formerState("GEO").isEmpty());
  }

  @Test
  void thePlacesFileIsOptional() throws IOException {
    files.remove("places.tsv");
    assertTrue(load().findCountryByPlace("Bryansk").isEmpty());
  }

  @Test
  void anOfficeOfAnInternationalBodyNamesTheBody() throws IOException {
    files.put("officeholders-international.tsv",
        lines("Jaap de Hoop Scheffer|de Hoop Scheffer|GEO|IGO|other|Secretary General|2004-01-01|2009-07-31|IGOWSTNAT"));
    OfficeTerm term = load().findTerms("de Hoop Scheffer").get(0);
    assertEquals("IGOWSTNAT", term.body());
    assertEquals(null, load().findTerms("Putin").get(0).body());
  }

  @Test
  void rejectsABodyThatIsNoInternationalOrganisation() {
    rejects("officeholders-international.tsv", lines("X||GEO|IGO|other|Secretary General|2004-01-01||IGOXYZ"), 2, "unknown body 'IGOXYZ'");
    setUpAgain();
    rejects("officeholders-1.tsv", lines("X||RUS|GOV|other|Chief of Staff|2004-01-01||RUSGOV"), 2, "unknown body 'RUSGOV'");
  }

  @Test
  void officeholdersFilesAreOptional() throws IOException {
    files.remove("officeholders-1.tsv");
    ActorKnowledge k = load();
    assertEquals(List.of(), k.findTerms("Putin"));
    assertEquals("NATO", k.findOrganization("North Atlantic Alliance").orElseThrow().name());
  }

  @Test
  void aMissingRequiredFileIsNamedInTheError() {
    files.remove("media.tsv");
    DictionaryException e = assertThrows(DictionaryException.class, this::load);
    assertTrue(e.getMessage().startsWith(dir.resolve("media.tsv") + ":0: "), e.getMessage());
  }

  /** Several cases per test share the folder: restore the valid set (every file is rewritten by the next load). */
  private void setUpAgain() {
    files.clear();
    validSet();
  }
}
