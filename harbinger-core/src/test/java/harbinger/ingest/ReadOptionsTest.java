package harbinger.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import harbinger.error.ConfigException;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ReadOptionsTest {
  @Test
  void defaultsHaveNoDateAndTwoMillionBytes() {
    ReadOptions o = ReadOptions.defaults();
    assertNull(o.published());
    assertEquals(2_000_000L, o.maxBytes());
  }

  @Test
  void rejectsNonPositiveLimitNamingTheValue() {
    ConfigException e = assertThrows(ConfigException.class, () -> new ReadOptions(null, 0));
    assertTrue(e.getMessage().contains("maxBytes") && e.getMessage().endsWith("was 0"), e.getMessage());
    assertThrows(ConfigException.class, () -> ReadOptions.defaults().withMaxBytes(-5));
  }

  @Test
  void rejectsLimitAboveOneGibibyte() {
    assertThrows(ConfigException.class, () -> new ReadOptions(null, ReadOptions.MAX_LIMIT + 1));
    assertEquals(ReadOptions.MAX_LIMIT, new ReadOptions(null, ReadOptions.MAX_LIMIT).maxBytes());
  }

  @Test
  void withPublishedKeepsTheLimit() {
    ReadOptions o = ReadOptions.defaults().withMaxBytes(10).withPublished(LocalDate.of(2021, 12, 30));
    assertEquals(10, o.maxBytes());
    assertEquals(LocalDate.of(2021, 12, 30), o.published());
  }
}
