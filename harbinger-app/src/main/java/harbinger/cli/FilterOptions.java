package harbinger.cli;

import harbinger.model.Modality;
import harbinger.store.Dyad;
import harbinger.store.EventFilter;
import java.time.LocalDate;
import picocli.CommandLine.Option;

/** Event filters shared by {@code events} and {@code export}. */
final class FilterOptions {
  @Option(names = "--actor", paramLabel = "CODE", description = "Source or target actor code, exactly (RUSMIL).") String actor;
  @Option(names = "--country", paramLabel = "ISO3", description = "Source or target country (RUS).") String country;
  @Option(names = "--dyad", paramLabel = "A,B", description = "Source and target parties, either direction (RUS,UKR).") String dyad;
  @Option(names = "--directed", description = "With --dyad: A must be the source.") boolean directed;
  @Option(names = "--cameo", paramLabel = "CODE", description = "CAMEO root (19), base (190) or code (0256).") String cameo;
  @Option(names = "--plover", paramLabel = "TYPE", description = "PLOVER type (ASSAULT).") String plover;
  @Option(names = "--quad", paramLabel = "1-4", description = "QuadClass.") Integer quad;
  @Option(names = "--modality", paramLabel = "M", description = "asserted, negated, conditional, future, intended, claimed, historical.") String modality;
  @Option(names = "--from", paramLabel = "YYYY-MM-DD", description = "First day, inclusive.") LocalDate from;
  @Option(names = "--to", paramLabel = "YYYY-MM-DD", description = "Last day, inclusive.") LocalDate to;

  EventFilter filter(int limit) {
    Modality m = null;
    if (modality != null) {
      try {
        m = Modality.parse(modality);
      } catch (IllegalArgumentException e) {
        throw new harbinger.error.ConfigException("--modality must be one of asserted, negated, conditional, future, "
            + "intended, claimed, historical but was '" + modality + "'");
      }
    }
    return EventFilter.builder().actor(actor).country(country).dyad(dyad == null ? null : Dyad.parse(dyad), directed)
        .cameo(cameo).plover(plover).quadClass(quad).modality(m).from(from).to(to).limit(limit).build();
  }
}
