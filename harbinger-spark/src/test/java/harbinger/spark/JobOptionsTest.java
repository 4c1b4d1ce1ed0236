package harbinger.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import harbinger.error.ConfigException;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class JobOptionsTest {
  @Test
  void parsesEveryOption() {
    JobOptions o = JobOptions.parse("--input", "s3a://bucket/crawl/", "--output", "hdfs:///out", "--published", "2021-12-30",
        "--max-bytes", "1000", "--partitions", "8", "--nlp-threads", "4", "--master", "local[2]");
    assertEquals(new JobOptions("s3a://bucket/crawl/", "hdfs:///out", LocalDate.of(2021, 12, 30), 1000, 8, 4, "local[2]", 0), o);
  }

  @Test
  void badValuesNameTheOption() {
    assertTrue(assertThrows(ConfigException.class, () -> JobOptions.parse("--input", "x", "--output", "y", "--partitions", "many"))
        .getMessage().startsWith("--partitions has a bad value 'many'"));
    assertTrue(assertThrows(ConfigException.class, () -> JobOptions.parse("--input", "x")).getMessage().startsWith("--output is required"));
    assertTrue(assertThrows(ConfigException.class, () -> JobOptions.parse("--input", "x", "--output", "y", "--nlp-threads", "-1"))
        .getMessage().startsWith("--nlp-threads must be in 0..64"));
    assertTrue(assertThrows(ConfigException.class, () -> JobOptions.parse("--colour", "red")).getMessage().startsWith("unknown option --colour"));
    assertTrue(assertThrows(ConfigException.class, () -> JobOptions.parse("--input")).getMessage().startsWith("missing value after --input"));
  }

  @Test
  void benchNeedsNoOutput() { assertEquals(3, JobOptions.parse("--input", "x", "--bench", "3").benchRounds()); }

  @Test
  void fileNamesAreRelativeToTheInputRootAsInADirectoryRead() {
    assertEquals("web/talks.html", FileReading.relativeName("file:/tmp/in", "file:/tmp/in/web/talks.html"));
    assertEquals("web/talks.html", FileReading.relativeName("file:///tmp/in/", "file:/tmp/in/web/talks.html"));
    assertEquals("a.jsonl", FileReading.relativeName("hdfs://nn:8020/data/in", "hdfs://nn:8020/data/in/a.jsonl"));
    assertEquals("a.jsonl", FileReading.relativeName("/data/in/a.jsonl", "file:/data/in/a.jsonl"));
    assertEquals("a.jsonl", FileReading.relativeName("s3a://b/in/*.jsonl", "s3a://b/in/a.jsonl"));
  }
}
