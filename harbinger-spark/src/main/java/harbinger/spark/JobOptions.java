package harbinger.spark;

import harbinger.error.ConfigException;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.jspecify.annotations.Nullable;

/**
 * The job's arguments, validated at start:
 * <pre>--input PATH --output DIR [--published YYYY-MM-DD] [--max-bytes N] [--partitions N] [--nlp-threads N]
 * [--master URL] [--bench ROUNDS]</pre>
 *
 * @param input any Hadoop-compatible path or glob (file:, hdfs:, s3a:, gs:, abfs:): a file or a directory of
 *     JSON Lines, WARC, HTML or text files
 * @param output a directory; {@code events/} and {@code outcomes/} are written under it as Parquet (replaced)
 * @param published date for articles that carry none, or null
 * @param maxBytes article size limit, as in the CLI
 * @param partitions partitions to code in (0: as many as the read produced); set it to the executor cores in
 *     all when the input is a few large files
 * @param nlpThreads concurrent documents per executor JVM's CoreNLP (0: {@code spark.executor.cores}, else 1)
 * @param master Spark master when not run by spark-submit ({@code local[2]}), or null
 * @param benchRounds 0 to write output; N to time N passes after a warm-up and write nothing
 */
record JobOptions(String input, String output, @Nullable LocalDate published, long maxBytes, int partitions,
                  int nlpThreads, @Nullable String master, int benchRounds) implements Serializable {
  JobOptions {
    if (partitions < 0) throw new ConfigException("--partitions must be >= 0 but was " + partitions);
    if (nlpThreads < 0 || nlpThreads > 64) throw new ConfigException("--nlp-threads must be in 0..64 but was " + nlpThreads);
    if (benchRounds < 0) throw new ConfigException("--bench must be >= 0 but was " + benchRounds);
    if (maxBytes <= 0) throw new ConfigException("--max-bytes must be > 0 but was " + maxBytes);
  }

  static JobOptions parse(String... args) {
    String input = null;
    String output = null;
    LocalDate published = null;
    long maxBytes = 2_000_000L;
    int partitions = 0;
    int threads = 0;
    String master = null;
    int bench = 0;
    for (int i = 0; i < args.length; i++) {
      String flag = args[i];
      if (i + 1 >= args.length) throw new ConfigException("missing value after " + flag);
      String v = args[++i];
      try {
        switch (flag) {
          case "--input" -> input = v;
          case "--output" -> output = v;
          case "--published" -> published = LocalDate.parse(v);
          case "--max-bytes" -> maxBytes = Long.parseLong(v);
          case "--partitions" -> partitions = Integer.parseInt(v);
          case "--nlp-threads" -> threads = Integer.parseInt(v);
          case "--master" -> master = v;
          case "--bench" -> bench = Integer.parseInt(v);
          default -> throw new ConfigException("unknown option " + flag + USAGE);
        }
      } catch (NumberFormatException | DateTimeParseException e) {
        throw new ConfigException(flag + " has a bad value '" + v + "'");
      }
    }
    if (input == null) throw new ConfigException("--input is required" + USAGE);
    if (output == null && bench == 0) throw new ConfigException("--output is required" + USAGE);
    return new JobOptions(input, output == null ? "" : output, published, maxBytes, partitions, threads, master, bench);
  }

  static final String USAGE = "\nusage: HarbingerJob --input PATH --output DIR [--published YYYY-MM-DD] [--max-bytes N]"
      + " [--partitions N] [--nlp-threads N] [--master URL] [--bench ROUNDS]";
}
