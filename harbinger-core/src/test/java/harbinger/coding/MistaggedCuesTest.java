package harbinger.coding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Cues the tagger or parser misplaced ({@link MistaggedCues}), cue owners named elsewhere in the phrase
 * ({@link CueOwners}), quantities of people as sources and second "that" clauses ({@link ThatClauses}), on a
 * project-written article (golden/quotes/mistagged-cues.txt) stored as doc JSON.
 */
class MistaggedCuesTest {
  private static StoredQuotes stored;

  @BeforeAll
  static void extract() { stored = StoredQuotes.extract("mistagged-cues"); }

  private static String speakerOfContaining(String words) {
    return stored.quotes().stream().filter(q -> q.text().contains(words)).findFirst()
        .orElseThrow(() -> new AssertionError("no quote containing '" + words + "' in " + stored.quotes())).speakerText();
  }

  @Test
  void saidTaggedAsAnAdjectiveKeepsTheOuterSpeaker() {
    assertEquals("The transport authority", speakerOfContaining("drivers had refused"));
  }

  @Test
  void sayTaggedAsAnAuxiliaryIsItsSubjectsClaim() {
    assertEquals("they", speakerOfContaining("was agreed in secret"));
  }

  @Test
  void aQuantityOfPeopleIsASource() {
    assertTrue(speakerOfContaining("the minister scrap a tax").startsWith("Hundreds of farmers"), stored.quotes()::toString);
  }

  @Test
  void aRelativeClauseOnADescriptiveAppositionIsTheNamesClaim() {
    assertTrue(speakerOfContaining("she had lost her job").contains("Greta Holm"), stored.quotes()::toString);
  }

  @Test
  void aRenewedCallIsTheSubjects() {
    assertEquals("Sweden", speakerOfContaining("a ceasefire in the region"));
  }

  @Test
  void aSecondThatClauseIsAClaimOfItsOwn() {
    assertTrue(speakerOfContaining("appeals would be heard").contains("Ruth Lind"), stored.quotes()::toString);
    assertTrue(stored.quotes().stream().noneMatch(q -> q.text().contains("free and fair") && q.text().contains("appeals")), stored.quotes()::toString);
  }

  @Test
  void aStanceVerbsObjectBeforeATensedPredicateIsItsSubject() {
    assertTrue(speakerOfContaining("the strike was legal").contains("Lars Ek"), stored.quotes()::toString);
  }
}
