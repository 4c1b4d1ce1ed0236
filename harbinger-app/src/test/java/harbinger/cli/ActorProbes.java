package harbinger.cli;

import harbinger.error.DictionaryException;
import harbinger.model.Actor;
import harbinger.model.Event;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Blind actor probes ({@code blind-actor-probes.tsv}): one news sentence each, with the CAMEO actor code prefixes
 * its source and target should have. Lines starting with {@code ## } name the kind of actor description the
 * following probes exercise (nationality adjectives, capitals as metonyms, office holders ...).
 */
final class ActorProbes {
  static final String RESOURCE = "/blind-actor-probes.tsv";
  /** Target column of a probe whose event has no target actor. */
  static final String NO_TARGET = "-";
  private static final Pattern CODE_PREFIX = Pattern.compile("[A-Z]{3}(?:[A-Z]{3})*");

  /**
   * One probe.
   *
   * @param origin {@code file:line} of the probe
   * @param kind the {@code ## } section it stands in
   * @param source expected source code prefix (one or more three-letter parts)
   * @param target expected target code prefix, or {@link #NO_TARGET}
   */
  record Probe(String origin, String kind, String source, String target, LocalDate published, String sentence) {
    /** Whether some event has a source with the expected prefix and the expected target (or none). */
    boolean hitBy(List<Event> events) {
      return events.stream().anyMatch(e -> sourceMatches(e) && targetMatches(e));
    }

    /** Whether some event has a source with the expected prefix, whatever its target. */
    boolean sourceHitBy(List<Event> events) {
      return events.stream().anyMatch(this::sourceMatches);
    }

    /** Whether some event has the expected target (or none), whatever its source. */
    boolean targetHitBy(List<Event> events) {
      return events.stream().anyMatch(this::targetMatches);
    }

    private boolean sourceMatches(Event e) {
      return startsWith(e.source(), source);
    }

    private boolean targetMatches(Event e) {
      return target.equals(NO_TARGET) ? e.target() == null : startsWith(e.target(), target);
    }

    private static boolean startsWith(Actor a, String prefix) {
      return a != null && a.code().startsWith(prefix);
    }
  }

  private ActorProbes() {}

  /** Reads and checks a probe file: four TAB-separated columns, code prefixes of 3-letter parts, an ISO date. */
  static List<Probe> load(String resource) {
    try (InputStream in = ActorProbes.class.getResourceAsStream(resource)) {
      if (in == null) throw new DictionaryException(resource + ": no such resource");
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      List<Probe> out = new ArrayList<>();
      String kind = "unsorted";
      String line;
      for (int n = 1; (line = reader.readLine()) != null; n++) {
        String where = resource + ":" + n;
        if (line.startsWith("## ")) kind = line.substring(3).strip();
        if (line.isBlank() || line.startsWith("#")) continue;
        String[] f = line.split("\t", -1);
        if (f.length != 4) throw new DictionaryException(where + ": expected 4 tab-separated columns but found " + f.length);
        if (!CODE_PREFIX.matcher(f[0]).matches()) throw new DictionaryException(where + ": bad source prefix '" + f[0] + "'");
        if (!f[1].equals(NO_TARGET) && !CODE_PREFIX.matcher(f[1]).matches())
          throw new DictionaryException(where + ": bad target prefix '" + f[1] + "'");
        LocalDate published;
        try {
          published = LocalDate.parse(f[2]);
        } catch (DateTimeParseException e) {
          throw new DictionaryException(where + ": bad date '" + f[2] + "'");
        }
        if (f[3].isBlank()) throw new DictionaryException(where + ": empty sentence");
        out.add(new Probe(where, kind, f[0], f[1], published, f[3]));
      }
      return List.copyOf(out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
