package harbinger.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The bundled actor data files, loaded through {@link ActorKnowledgeFiles#loadDefault()}. */
class ActorKnowledgeTest {
  private final ActorKnowledge knowledge = ActorKnowledgeFiles.loadDefault();

  private static String code(Optional<Country> country) {
    return country.map(Country::code).orElse("-");
  }

  private String org(String phrase) {
    return knowledge.findOrganization(phrase).map(Organization::code).orElse("-");
  }

  @Test
  void loadDefaultIsCached() {
    assertSame(knowledge, ActorKnowledgeFiles.loadDefault());
  }

  @Test
  void findsRussiaByNameAdjectiveDemonymAndCapital() {
    assertEquals("RUS", code(knowledge.findCountry("Russia")));
    assertEquals("RUS", code(knowledge.findCountry("the Russian Federation")));
    assertEquals("RUS", code(knowledge.findCountryByAdjective("Russian")));
    assertEquals("RUS", code(knowledge.findCountryByAdjective("Russians")));
    assertEquals("RUS", code(knowledge.findCountryByCapital("Moscow")));
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', value = {"Ibo|NGA", "Igbo|NGA", "Hausa|NGA", "Tigrayan|ETH", "Tigrayans|ETH", "Chechens|RUS",
      "Uighurs|CHN", "Basque|ESP", "Rohingya|MMR"})
  void findsTheCountryOfAPeopleOfOneState(String people, String expected) {
    assertEquals(expected, code(knowledge.findCountryByPeople(people)));
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', value = {"Kherson|UKR", "Hamburg|DEU", "Bryansk|RUS", "Aleppo|SYR", "Mosul|IRQ"})
  void findsTheCountryOfAMajorCityOrRegion(String place, String expected) {
    assertEquals(expected, code(knowledge.findCountryByPlace(place)));
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', value = {"Acehnese|IDN", "Madurese|IDN", "Karens|MMR", "Moros|PHL", "Nagas|IND"})
  void findsTheCountryOfPeoplesOfTheNinetiesConflicts(String people, String expected) {
    assertEquals(expected, code(knowledge.findCountryByPeople(people)));
  }

  @Test
  void personalNamesAndSurnamesAreNotPeoples() {
    assertEquals("-", code(knowledge.findCountryByPeople("Karen")));   // Karen Hughes
    assertEquals("-", code(knowledge.findCountryByPeople("Moro")));    // Aldo Moro, Sergio Moro
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', value = {"Jaffna|LKA", "Srebrenica|BIH", "Tetovo|MKD", "Mindanao|PHL", "Gujarat|IND", "Sadr City|IRQ"})
  void findsTheCountryOfPlacesOfTheNinetiesConflicts(String place, String expected) {
    assertEquals(expected, code(knowledge.findCountryByPlace(place)));
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', value = {"Northern Alliance|AFGREBNAL", "MILF|PHLREBMIL", "Free Aceh Movement|IDNSEPGAM",
      "Mahdi Army|IRQREBMAH", "Brussels|IGOEUREEC", "the Commonwealth|IGOCWN", "Zapatista|MEXREBEZL"})
  void findsArmedMovementsAndMetonymsOfTheNineties(String phrase, String expected) {
    assertEquals(expected, org(phrase));
  }

  @Test
  void brusselsIsStillBelgiumsCapitalAsAPlace() {
    assertEquals("BEL", code(knowledge.findCountryByCapital("Brussels")));
  }

  @Test
  void sadrIsAFamilyNameNotTheSahrawiRepublic() {
    assertEquals("-", code(knowledge.findCountry("Sadr")));
    assertEquals("ESH", code(knowledge.findCountry("Sahrawi Arab Democratic Republic")));
  }

  @Test
  void leadersOfArmedMovementsAreDatedAndCodedByTheStateTheyFight() {
    OfficeTerm maskhadov = knowledge.findTerms("Maskhadov").get(0);
    assertEquals("RUS", maskhadov.country());
    assertEquals("REB", maskhadov.agent());
    assertEquals(LocalDate.parse("2005-03-08"), maskhadov.to());
    assertEquals("OPP", knowledge.findTerms("Tsvangirai").get(0).agent());
    assertEquals("IGOUNOJUDWCT", knowledge.findTerms("Carla Del Ponte").get(0).body());
  }

  @Test
  void capitalsAreNotPlacesOfThePlacesTable() {
    assertEquals("-", code(knowledge.findCountryByPlace("Kyiv")));
  }

  @Test
  void peoplesSpreadOverSeveralStatesHaveNoCountry() {
    assertEquals("-", code(knowledge.findCountryByPeople("Kurds")));
    assertEquals("-", code(knowledge.findCountryByPeople("Tamils")));
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', value = {
      "U.S.|USA", "US|USA", "USA|USA", "the United States|USA", "United States of America|USA", "America|USA",
      "the States|USA", "U.S.'s|USA", "Britain|GBR", "Great Britain|GBR", "U.K.|GBR", "UK|GBR",
      "the United Kingdom|GBR", "Burma|MMR", "Myanmar|MMR", "Ivory Coast|CIV", "Côte d’Ivoire|CIV",
      "Cote d'Ivoire|CIV", "Kosovo|KSV", "Palestine|PSE", "Taiwan|TWN", "Western Sahara|ESH", "Hong Kong|HKG",
      "Yugoslavia|YUG", "Serbia and Montenegro|SCG", "Soviet Union|SUN", "USSR|SUN", "Zaire|ZAR",
      "Czechoslovakia|CSK", "East Germany|DDR", "Congo|COD", "Republic of the Congo|COG", "Georgia|GEO",
      "South Korea|KOR", "North Korea|PRK", "DPRK|PRK", "Guinea-Bissau|GNB", "Guinea Bissau|GNB", "Guinea|GIN"})
  void findsCountriesByNameAndCommonVariants(String phrase, String expected) {
    assertEquals(expected, code(knowledge.findCountry(phrase)));
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', value = {
      "American|USA", "Americans|USA", "British|GBR", "Britons|GBR", "Ukrainian|UKR", "Burmese|MMR",
      "Ivorian|CIV", "Palestinians|PSE", "Soviet|SUN", "Dutch|NLD", "Swiss|CHE", "Israeli|ISR", "Filipino|PHL"})
  void findsCountriesByAdjective(String word, String expected) {
    assertEquals(expected, code(knowledge.findCountryByAdjective(word)));
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', value = {
      "Kyiv|UKR", "Kiev|UKR", "Washington|USA", "Washington D.C.|USA", "Washington, D.C.|USA", "The Hague|NLD",
      "Amsterdam|NLD", "Pretoria|ZAF", "Cape Town|ZAF", "Jerusalem|ISR", "Beijing|CHN", "Naypyidaw|MMR",
      "Yangon|MMR", "Bonn|DEU", "N'Djamena|TCD", "Ndjamena|TCD", "Brasília|BRA"})
  void findsCountriesByCapitalOrSeatOfGovernment(String city, String expected) {
    assertEquals(expected, code(knowledge.findCountryByCapital(city)));
  }

  @Test
  void capitalsOfHistoricStatesBelongToTheirSuccessors() {
    assertEquals("SRB", code(knowledge.findCountryByCapital("Belgrade")));
    assertEquals("CZE", code(knowledge.findCountryByCapital("Prague")));
    assertEquals("COD", code(knowledge.findCountryByCapital("Kinshasa")));
  }

  @Test
  void theBundledEndedStatesNameTheirContinuations() {
    LocalDate y2001 = LocalDate.of(2001, 1, 1);
    for (String ended : List.of("YUG", "SCG", "SUN", "CSK", "ZAR", "DDR")) assertTrue(knowledge.hasEnded(ended), ended);
    assertEquals("RUS", code(knowledge.continuation("SUN", y2001)));
    assertEquals("DEU", code(knowledge.continuation("DDR", y2001)));
    assertEquals("COD", code(knowledge.continuation("ZAR", y2001)));
    assertTrue(knowledge.continuation("CSK", y2001).isEmpty());
    assertTrue(knowledge.continuation("SUN", LocalDate.of(1991, 12, 25)).isEmpty());
    assertTrue(!knowledge.hasEnded("RUS"));
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', value = {
      "the Kremlin|RUSGOV", "Kremlin's|RUSGOV", "White House|USAGOV", "the White House|USAGOV",
      "Pentagon|USAMIL", "State Department|USAGOV", "Downing Street|GBRGOV", "Elysee|FRAGOV", "Élysée|FRAGOV",
      "ÉLYSÉE PALACE|FRAGOV", "Quai d'Orsay|FRAGOV", "Zhongnanhai|CHNGOV", "Blue House|KORGOV",
      "Foreign Office|GBRGOV", "Knesset|ISRLEG", "Congress|USALEG", "Capitol Hill|USALEG", "Duma|RUSLEG",
      "Bundestag|DEULEG", "Whitehall|GBRGOV"})
  void findsGovernmentMetonyms(String phrase, String expected) {
    assertEquals(expected, org(phrase));
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', value = {
      "NATO|IGOWSTNAT", "North Atlantic Treaty Organization|IGOWSTNAT", "UN|IGOUNO", "U.N.|IGOUNO",
      "United Nations|IGOUNO", "EU|IGOEUREEC", "European Union|IGOEUREEC", "OSCE|IGOEURSCE",
      "Organization for Security and Cooperation in Europe|IGOEURSCE", "African Union|IGOAFRAFU",
      "IAEA|IGOUNOIAE", "ICC|IGOJUDICC", "WHO|IGOUNOHLHWHO", "UNHCR|IGOUNOREFHCR", "Red Cross|NGOHLHIRC",
      "G20|IGOBUSGTW", "G-7|IGOBUSGOS", "Amnesty International|NGOHRIAMN", "Doctors Without Borders|NGOHLHMSF",
      "Médecins Sans Frontières|NGOHLHMSF", "Hamas|PSEREBHMS", "Hezbollah|LBNREBHEZ", "Taliban|AFGREBTAL",
      "al-Qaeda|IMGMOSALQ", "Al Qaida|IMGMOSALQ", "ISIS|IMGMOSISI", "Islamic State|IMGMOSISI", "FARC|COLREBFAR",
      "LTTE|LKAREBLTT", "PKK|TURREBPKK", "Houthis|YEMREBHTH", "al-Shabaab|SOMREBSHB", "Boko Haram|NGAREBBKH",
      "KLA|KSVREBKLA", "Indian National Congress|INDPTYINC"})
  void findsOrganisationsAndArmedGroups(String phrase, String expected) {
    assertEquals(expected, org(phrase));
  }

  @Test
  void natoIsAnInternationalOrganisationWithoutCountry() {
    Organization nato = knowledge.findOrganization("NATO").orElseThrow();
    assertTrue(nato.code().startsWith("IGO"));
    assertEquals(List.of("IGO"), nato.agents());
    assertEquals(null, nato.country());
    Organization kremlin = knowledge.findOrganization("Kremlin").orElseThrow();
    assertEquals("RUS", kremlin.country());
    assertEquals(List.of("GOV"), kremlin.agents());
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', value = {
      "troops|MIL", "soldier|MIL", "army|MIL", "police|COP", "policeman|COP", "security forces|COP",
      "minister|GOV", "prime minister|GOV", "spokeswoman|GOV", "official|GOV", "rebel|REB", "rebels|REB",
      "insurgent|REB", "militant|REB", "guerrilla|REB", "opposition|OPP", "dissident|OPP", "court|JUD",
      "judge|JUD", "prosecutor|JUD", "parliament|LEG", "lawmaker|LEG", "senator|LEG", "civilian|CVL",
      "residents|CVL", "journalist|MED", "company|BUS", "refugees|REF", "union|LAB", "former official|ELI",
      "intelligence|SPY", "smuggler|CRM", "gunmen|UAF", "cleric|REL", "imam|REL", "party|PTY",
      "Asylum-Seekers|REF"})
  void mapsRoleNounsToAgents(String lemma, String expected) {
    assertEquals(Optional.of(expected), knowledge.findAgent(lemma));
  }

  @ParameterizedTest
  @ValueSource(strings = {"Voice of America", "VOA", "Twitter", "X", "YouTube", "Facebook", "Instagram",
      "Telegram", "TikTok", "WhatsApp", "Reuters", "AP", "Associated Press", "AFP", "Agence France-Presse", "BBC",
      "CNN", "Al Jazeera", "TASS", "RIA Novosti", "Interfax", "Xinhua", "Kyodo", "Yonhap", "IRNA", "Fars",
      "ANSA", "dpa", "EFE", "The New York Times", "Washington Post", "the Guardian", "Wall Street Journal",
      "Fox News", "NPR", "Bloomberg"})
  void recognisesMediaOutletsAndSocialNetworks(String phrase) {
    assertTrue(knowledge.isMedia(phrase), phrase);
  }

  @ParameterizedTest
  @ValueSource(strings = {"Russia", "White House", "NATO", "troops", "America", "", "  "})
  void actorsAreNotMedia(String phrase) {
    assertFalse(knowledge.isMedia(phrase), phrase);
  }

  @Test
  void unknownOrEmptyPhrasesFindNothing() {
    assertEquals(Optional.empty(), knowledge.findCountry("Atlantis"));
    assertEquals(Optional.empty(), knowledge.findCountry("the"));
    assertEquals(Optional.empty(), knowledge.findCountryByAdjective(""));
    assertEquals(Optional.empty(), knowledge.findOrganization("Ministry of Magic"));
    assertEquals(Optional.empty(), knowledge.findAgent("teapot"));
    assertEquals(List.of(), knowledge.findTerms("Nobody Inparticular"));
  }

  @Test
  void listsEveryUnMemberAndTheExtraTerritoriesInCodeOrder() {
    List<Country> countries = knowledge.countries();
    assertTrue(countries.size() >= 193 + 6, "only " + countries.size() + " countries");
    List<String> codes = countries.stream().map(Country::code).toList();
    assertEquals(codes.stream().sorted().toList(), codes);
    assertEquals(codes.size(), new HashSet<>(codes).size());
    assertTrue(codes.containsAll(List.of("KSV", "PSE", "TWN", "ESH", "HKG", "YUG", "SCG", "SUN", "ZAR", "CSK", "DDR")));
  }

  @Test
  void everyCountryHasAnAdjectiveOrIsAKnownException() {
    Set<String> without = knowledge.countries().stream().filter(c -> c.adjectives().isEmpty())
        .map(Country::code).collect(Collectors.toSet());
    // Dominica and Congo-Brazzaville share their demonyms with larger neighbours; VAT and SCG have none in use.
    assertEquals(Set.of("DMA", "COG", "VAT", "SCG"), without);
  }

  @Test
  void everyOrganisationsCountryExists() {
    Set<String> codes = knowledge.countries().stream().map(Country::code).collect(Collectors.toSet());
    List<Organization> orgs = ((IndexedActorKnowledge) knowledge).organizations();
    assertTrue(orgs.size() > 150, "only " + orgs.size() + " organisations");
    for (Organization o : orgs) {
      if (o.country() != null) assertTrue(codes.contains(o.country()), o::toString);
      assertFalse(o.agents().isEmpty(), o::toString);
      assertNotNull(knowledge.findOrganization(o.name()).orElse(null), o::toString);
    }
  }

  @Test
  void agentCodesCoverTheCameoManualRoleCodes() throws IOException {
    Path manual = SharedDir.find().map(d -> d.resolve("reference/cameo_actor_type_codes_manual.tsv")).orElse(null);
    assumeTrue(manual != null && Files.isRegularFile(manual), "shared reference folder not available");
    Set<String> ours = readAgentCodes();
    List<String> lines = Files.readAllLines(manual);
    for (String line : lines.subList(1, lines.size())) {
      String[] f = line.split("\t");
      if (f.length < 2 || f[1].equals("international_region")) continue;
      assertTrue(ours.contains(f[0]), "agent_codes.tsv lacks CAMEO role code " + f[0]);
    }
  }

  private static Set<String> readAgentCodes() {
    return harbinger.data.DataFile.readResource(ActorKnowledgeFiles.RESOURCE_DIR + ActorKnowledgeFiles.AGENT_CODES)
        .stream().map(l -> l.field(0)).collect(Collectors.toSet());
  }
}
