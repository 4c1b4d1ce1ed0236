package harbinger.spark;

import harbinger.error.EngineException;
import harbinger.ingest.ReadOptions;
import harbinger.pipeline.PeakHeap;
import java.util.Iterator;
import java.util.Locale;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.apache.spark.storage.StorageLevel;

/**
 * The Spark batch job: {@code spark-submit --class harbinger.spark.HarbingerJob harbinger-spark.jar --input PATH
 * --output DIR} (see the module README for the jars and memory). Only adapts: the reading is the CLI's readers
 * ({@link FileReading}), the coding the CLI's {@link harbinger.pipeline.Pipeline} ({@link PipelineHolder}).
 *
 * <ol>
 *   <li>Every file under the input path (recursively; Hadoop skips names starting with {@code .} or
 *       {@code _}) is read on an executor ({@code binaryFiles}, whole files) into {@link ArticleRow}s, unreadable
 *       inputs included.</li>
 *   <li>The rows are repartitioned when {@code --partitions} asks, and coded in {@code mapPartitions}: each
 *       executor JVM builds CoreNLP once, lazily, in a static holder; nothing heavy is serialised.</li>
 *   <li>The results are persisted (memory and disk, so coding runs once) and written as Parquet:
 *       {@code DIR/outcomes} (one row per input item: {@link ResultRow} without events) and
 *       {@code DIR/events} (one row per event: {@link EventRow}).</li>
 * </ol>
 * Bad input never fails the job: every item gets an outcome row with stage and reason, as in the CLI.
 */
public final class HarbingerJob {
  private HarbingerJob() {}

  /** Counts of one run. */
  record Summary(long items, long coded, long skipped, long events, double seconds) {
    String format() {
      return String.format(Locale.ROOT, "articles: %d read, %d coded, %d skipped; %d events; %.1f s (%.2f articles/s)",
          items, coded, skipped, events, seconds, items / Math.max(seconds, 1e-9));
    }
  }

  public static void main(String[] args) {
    JobOptions options;
    try {
      options = JobOptions.parse(args);
    } catch (EngineException e) {
      System.err.println("harbinger-spark: " + e.getMessage());
      System.exit(78);
      return;
    }
    SparkSession.Builder builder = SparkSession.builder().appName("harbinger");
    if (options.master() != null) builder = builder.master(options.master());
    SparkSession spark = builder.getOrCreate();
    try {
      if (options.benchRounds() > 0) bench(spark, options);
      else System.out.println(run(spark, options).format());
    } finally {
      spark.stop();
    }
  }

  /** Reads, codes and writes; returns the counts. */
  static Summary run(SparkSession spark, JobOptions options) {
    long t0 = System.nanoTime();
    Dataset<ResultRow> results = code(spark, options).persist(StorageLevel.MEMORY_AND_DISK());
    try {
      Dataset<Row> outcomes = results.drop("events");
      outcomes.write().mode(SaveMode.Overwrite).parquet(options.output() + "/outcomes");
      results.select(functions.explode(functions.col("events")).as("e")).select("e.*")
          .write().mode(SaveMode.Overwrite).parquet(options.output() + "/events");
      Row counts = outcomes.agg(functions.count("*"),
          functions.sum(functions.when(functions.col("status").equalTo("coded"), 1).otherwise(0)),
          functions.sum("eventCount")).first();
      long items = counts.getLong(0);
      long coded = counts.isNullAt(1) ? 0 : counts.getLong(1);
      long events = counts.isNullAt(2) ? 0 : counts.getLong(2);
      return new Summary(items, coded, items - coded, events, (System.nanoTime() - t0) / 1e9);
    } finally {
      results.unpersist();
    }
  }

  /**
   * Articles/s of reading and coding, after one warm-up pass that builds the pipeline; writes nothing. Prints
   * {@code spark MASTER: N items, E events in S s: R articles/s} and the driver JVM's peak heap (in local mode the
   * executors' too), as {@code harbinger bench} does; {@code scripts/bench-spark} reads both lines.
   */
  static void bench(SparkSession spark, JobOptions options) {
    long w0 = System.nanoTime();
    long n = code(spark, options).count();
    System.out.printf(Locale.ROOT, "warm-up: %d items in %.1f s (includes loading the models)%n", n, (System.nanoTime() - w0) / 1e9);
    long t0 = System.nanoTime();
    long items = 0;
    long events = 0;
    for (int r = 0; r < options.benchRounds(); r++) {
      Row counts = code(spark, options).agg(functions.count("*"), functions.sum("eventCount")).first();
      items += counts.getLong(0);
      events += counts.isNullAt(1) ? 0 : counts.getLong(1);
    }
    double secs = (System.nanoTime() - t0) / 1e9;
    System.out.printf(Locale.ROOT, "spark %s: %d items, %d events in %.2f s: %.2f articles/s%n",
        spark.sparkContext().master(), items, events, secs, items / secs);
    System.out.println(PeakHeap.line());
  }

  /** The results, not yet computed. */
  static Dataset<ResultRow> code(SparkSession spark, JobOptions options) {
    JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    // directories are read recursively, as by the CLI (Hadoop skips names starting with '.' or '_')
    jsc.hadoopConfiguration().set("mapreduce.input.fileinputformat.input.dir.recursive", "true");
    String root = options.input();
    String published = options.published() == null ? null : options.published().toString();
    long maxBytes = options.maxBytes();
    JavaRDD<ArticleRow> rows = jsc.binaryFiles(root).flatMap(file -> {
      ReadOptions read = new ReadOptions(published == null ? null : java.time.LocalDate.parse(published), maxBytes);
      return FileReading.read(root, file._1(), file._2(), read).iterator();
    });
    Dataset<ArticleRow> articles = spark.createDataset(rows.rdd(), Encoders.bean(ArticleRow.class));
    if (options.partitions() > 0) articles = articles.repartition(options.partitions());
    int threads = options.nlpThreads() > 0 ? options.nlpThreads()
        : Math.max(1, spark.sparkContext().getConf().getInt("spark.executor.cores", localCores(spark)));
    return articles.mapPartitions((MapPartitionsFunction<ArticleRow, ResultRow>) it -> {
      var pipeline = PipelineHolder.get(threads);
      return new Iterator<ResultRow>() {
        @Override public boolean hasNext() { return it.hasNext(); }

        @Override public ResultRow next() { return ResultRow.of(pipeline.run(it.next().toItem())); }
      };
    }, Encoders.bean(ResultRow.class));
  }

  /** For {@code local[N]}: N; else 1. */
  private static int localCores(SparkSession spark) {
    String master = spark.sparkContext().master();
    var m = java.util.regex.Pattern.compile("local\\[(\\d+)\\]").matcher(master);
    if (m.matches()) return Integer.parseInt(m.group(1));
    return master.equals("local[*]") ? Runtime.getRuntime().availableProcessors() : 1;
  }
}
