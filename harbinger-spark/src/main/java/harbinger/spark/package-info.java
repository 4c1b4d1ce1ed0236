/**
 * The Spark batch job ({@link harbinger.spark.HarbingerJob}): adapts the CLI's readers and pipeline to Spark.
 * JavaBean rows live here and are mapped to and from the domain records at the edge. Depends on
 * {@code ingest}, {@code pipeline}, the CoreNLP adapter, Lingua and Spark (provided by the cluster).
 */
package harbinger.spark;
