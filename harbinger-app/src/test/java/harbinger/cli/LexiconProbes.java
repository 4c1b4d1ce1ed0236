package harbinger.cli;

import harbinger.data.DataFile;
import harbinger.data.DataLine;
import harbinger.model.Event;
import harbinger.ontology.CameoOntology;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * Hand-written probe files ({@code lexicon-probes.tsv}, the blind probe files): one news sentence each, with the
 * CAMEO code prefix it should produce, or {@code none} when it should produce no event at all.
 */
final class LexiconProbes {
  static final String RESOURCE = "/lexicon-probes.tsv";
  static final String NONE = "none";

  /**
   * One probe.
   *
   * @param origin {@code file:line} of the probe
   * @param expected CAMEO code prefix (2 to 4 digits), or {@code none}
   */
  record Probe(String origin, String expected, LocalDate published, String sentence) {
    boolean negative() { return expected.equals(NONE); }

    /** The CAMEO root the probe belongs to, or {@code none}. */
    String group() { return negative() ? NONE : expected.substring(0, 2); }

    /** Whether these events, coded from the sentence, are what the probe expects. */
    boolean hitBy(List<Event> events) {
      return negative() ? events.isEmpty() : events.stream().anyMatch(e -> e.cameo().startsWith(expected));
    }

    /** Whether some event has the probe's CAMEO root (a negative probe: whether no event was coded). */
    boolean rootHitBy(List<Event> events) {
      return negative() ? events.isEmpty() : events.stream().anyMatch(e -> e.cameo().startsWith(group()));
    }
  }

  private LexiconProbes() {}

  /** Reads and checks the probes of {@link #RESOURCE}. */
  static List<Probe> load(CameoOntology ontology) {
    return load(ontology, RESOURCE);
  }

  /** Reads and checks a probe file: three columns, a known CAMEO code or {@code none}, an ISO date. */
  static List<Probe> load(CameoOntology ontology, String resource) {
    List<Probe> out = new ArrayList<>();
    for (DataLine line : DataFile.readResource(resource)) {
      if (line.fields().size() != 3) throw line.error("expected 3 tab-separated columns but found " + line.fields().size());
      String expected = line.expectField(0, "expected code");
      if (!expected.equals(NONE) && ontology.find(expected).isEmpty()) throw line.error("unknown CAMEO code '" + expected + "'");
      LocalDate published;
      try {
        published = LocalDate.parse(line.expectField(1, "published"));
      } catch (DateTimeParseException e) {
        throw line.error("bad date '" + line.field(1) + "'");
      }
      out.add(new Probe(line.file() + ":" + line.number(), expected, published, line.expectField(2, "sentence")));
    }
    return List.copyOf(out);
  }
}
