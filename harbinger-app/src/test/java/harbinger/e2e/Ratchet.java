package harbinger.e2e;

import harbinger.data.DataFile;
import harbinger.data.DataLine;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * A ratchet on pass counts: a file of {@code key  min_passed} lines (tab-separated, {@code #} comments), one
 * floor per key (a failure mode, an article). A run fails when a key passes fewer than its floor, and tells
 * the user to raise a floor when a key passes more. With the update property set to {@code true} the file
 * is rewritten with, per key, the larger of its floor and its current count: floors only ever go up (and a
 * floor whose key no longer runs stays, and fails, until it is removed by hand).
 *
 * <p>Not thread-safe; one instance per check.
 */
public final class Ratchet {
  private final Path file;
  private final String keyName;
  private final String updateProperty;
  private final List<String> headerComments;

  /**
   * @param file the floors file; a missing file means every floor is 0
   * @param keyName name of the key column, for the header and messages ("mode", "article")
   * @param updateProperty system property that, when {@code true}, rewrites the file
   * @param headerComments comment lines written at the top of the file (without {@code #})
   */
  public Ratchet(Path file, String keyName, String updateProperty, List<String> headerComments) {
    this.file = Objects.requireNonNull(file, "file");
    this.keyName = Objects.requireNonNull(keyName, "keyName");
    this.updateProperty = Objects.requireNonNull(updateProperty, "updateProperty");
    this.headerComments = List.copyOf(headerComments);
  }

  /** The verdict of one run against the floors. */
  public record Verdict(Map<String, Integer> floors, List<String> drops, List<String> gains, boolean updated) {
    public Verdict {
      floors = Map.copyOf(floors);
      drops = List.copyOf(drops);
      gains = List.copyOf(gains);
    }
  }

  /**
   * The floors in the file, by key; empty when the file does not exist.
   *
   * @throws harbinger.error.DictionaryException with a {@code file:line:} message for a malformed line or a repeated key
   */
  public Map<String, Integer> floors() {
    Map<String, Integer> floors = new TreeMap<>();
    if (!Files.exists(file)) return floors;
    for (DataLine line : DataFile.read(file)) {
      if (line.fields().size() != 2) throw line.error("want 2 tab-separated columns (" + keyName + ", min_passed) but found " + line.fields().size());
      String key = line.expectField(0, keyName);
      int floor;
      try {
        floor = Integer.parseInt(line.expectField(1, "min_passed"));
      } catch (NumberFormatException e) {
        throw line.error("min_passed must be a whole number but was '" + line.field(1) + "'");
      }
      if (floor < 0) throw line.error("min_passed must be >= 0 but was " + floor);
      if (floors.putIfAbsent(key, floor) != null) throw line.error("duplicate " + keyName + " '" + key + "'");
    }
    return floors;
  }

  /**
   * Compares the current pass counts with the floors, rewriting the file first when the update property is set.
   * A key with no floor has floor 0; a floored key missing from {@code passed} counts as 0 passed.
   */
  public Verdict check(Map<String, Integer> passed) {
    Map<String, Integer> floors = floors();
    boolean update = Boolean.getBoolean(updateProperty);
    if (update) {
      Map<String, Integer> raised = new TreeMap<>(floors);
      passed.forEach((k, n) -> raised.merge(k, n, Math::max));
      if (!raised.equals(floors) || !Files.exists(file)) write(raised);
      floors = raised;
    }
    List<String> drops = new ArrayList<>();
    List<String> gains = new ArrayList<>();
    for (String key : new TreeSet<>(union(floors, passed))) {
      int floor = floors.getOrDefault(key, 0);
      int now = passed.getOrDefault(key, 0);
      if (!passed.containsKey(key)) {
        drops.add(keyName + " " + key + " has floor " + floor + " in " + file.getFileName() + " but did not run (remove its line by hand if it is gone)");
      } else if (now < floor) {
        drops.add(keyName + " " + key + " passed " + now + " but its floor is " + floor);
      } else if (now > floor) {
        gains.add(keyName + " " + key + " passed " + now + " > floor " + floor + ": raise the floor (run with -D" + updateProperty + "=true)");
      }
    }
    return new Verdict(floors, drops, gains, update);
  }

  private static java.util.Set<String> union(Map<String, Integer> a, Map<String, Integer> b) {
    java.util.Set<String> keys = new TreeSet<>(a.keySet());
    keys.addAll(b.keySet());
    return keys;
  }

  private void write(Map<String, Integer> floors) {
    StringBuilder b = new StringBuilder();
    for (String c : headerComments) b.append("# ").append(c).append('\n');
    b.append("#! ").append(keyName).append("\tmin_passed\n");
    floors.forEach((k, n) -> b.append(k).append('\t').append(n).append('\n'));
    try {
      Files.createDirectories(file.toAbsolutePath().getParent());
      Files.writeString(file, b.toString(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file, e);
    }
    System.out.println("Ratchet: wrote " + file);
  }
}
