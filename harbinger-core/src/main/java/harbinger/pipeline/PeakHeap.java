package harbinger.pipeline;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;

/**
 * The JVM's peak heap use so far (the sum of the heap pools' peak usage, as the JVM records it), for the bench
 * commands of the CLI and the Spark job, so that their figures are measured the same way. Thread-safe.
 */
public final class PeakHeap {
  private PeakHeap() {}

  /** Peak heap use in bytes since the JVM started. */
  public static long bytes() {
    long sum = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) sum += pool.getPeakUsage().getUsed();
    }
    return sum;
  }

  /** {@code peak heap: N MiB (max M MiB)}, the line the bench commands print. */
  public static String line() {
    return String.format(java.util.Locale.ROOT, "peak heap: %.0f MiB (max %.0f MiB)", bytes() / 1048576.0,
        Runtime.getRuntime().maxMemory() / 1048576.0);
  }
}
