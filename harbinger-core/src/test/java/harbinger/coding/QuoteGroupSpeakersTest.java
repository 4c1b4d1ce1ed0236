package harbinger.coding;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A distributive subject ("each", "both") of a participle after a plural clause subject: the speakers are the clause's
 * subject, not "each". On a project-written article (golden/quotes/distributive-speakers.txt) stored as doc JSON (made
 * with {@code harbinger parse --json --published 2024-05-02}; its "The two coaches ..., each insisting that" is parsed
 * with "each" as an object and yields no quote, and "Both of the envoys said" keeps the speaker "Both", as before).
 */
class QuoteGroupSpeakersTest {
  private static StoredQuotes doc;

  @BeforeAll
  static void extract() {
    doc = StoredQuotes.extract("distributive-speakers");
  }

  @Test
  void eachSayingIsTheClauseSubjectsClaim() {
    assertEquals("Three senators", doc.speakerOf("that it cost far too much"));
  }
}
