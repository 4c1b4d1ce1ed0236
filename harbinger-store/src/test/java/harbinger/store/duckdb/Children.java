package harbinger.store.duckdb;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Starts {@link StoreChild} in a separate JVM and reads its output line by line. */
public final class Children {
  private Children() {}

  public static Process start(String... args) throws IOException {
    List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xmx512m", "-cp", System.getProperty("java.class.path"), StoreChild.class.getName()));
    cmd.addAll(List.of(args));
    return new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.INHERIT).start();
  }

  /** Reads lines until one equals {@code line}; fails when the child ends first or after 120 s. */
  public static BufferedReader awaitLine(Process p, String line) throws IOException {
    BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
    String l;
    while ((l = r.readLine()) != null) {
      if (l.equals(line)) return r;
      if (System.nanoTime() > deadline) break;
    }
    throw new AssertionError("child never printed '" + line + "' (exit " + (p.isAlive() ? "running" : p.exitValue()) + ")");
  }

  public static void kill(Process p) throws InterruptedException {
    p.destroyForcibly();
    if (!p.waitFor(30, TimeUnit.SECONDS)) throw new AssertionError("child did not die");
  }
}
