package harbinger.nlp.corenlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import harbinger.error.ConfigException;
import org.junit.jupiter.api.Test;

class NlpConfigTest {

  @Test
  void defaultsAreOneThreadAnd150Tokens() {
    assertEquals(new NlpConfig(1, 150), NlpConfig.defaults());
  }

  @Test
  void rejectsZeroThreadsNamingFieldAndValue() {
    ConfigException e = assertThrows(ConfigException.class, () -> new NlpConfig(0, 150));
    assertEquals("NlpConfig.threads must be in 1..64 but was 0", e.getMessage());
  }

  @Test
  void rejectsTooManyThreads() {
    assertThrows(ConfigException.class, () -> new NlpConfig(65, 150));
  }

  @Test
  void rejectsASentenceLimitOutOfRangeNamingFieldAndValue() {
    ConfigException e = assertThrows(ConfigException.class, () -> new NlpConfig(2, 0));
    assertEquals("NlpConfig.maxSentenceTokens must be in 1..1000 but was 0", e.getMessage());
    assertThrows(ConfigException.class, () -> new NlpConfig(2, 1001));
  }

  @Test
  void acceptsTheBoundaries() {
    new NlpConfig(1, 1);
    new NlpConfig(64, 1000);
  }
}
