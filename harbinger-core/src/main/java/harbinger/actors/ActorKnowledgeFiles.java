package harbinger.actors;

import harbinger.data.DataFile;
import harbinger.data.DataLine;
import harbinger.error.DictionaryException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Loads {@link ActorKnowledge} from the actor data files, validating every line.
 *
 * <p>Files (UTF-8, tab-separated, {@code #} comments; each file's header documents its columns):
 * {@code agent_codes.tsv}, {@code agents.tsv}, {@code countries.tsv}, {@code organizations.tsv},
 * {@code media.tsv} (all required) and {@code peoples.tsv}, {@code places.tsv}, {@code successions.tsv}, {@code ended-states.tsv}, {@code relations.tsv}, {@code officeholders-1.tsv}, {@code officeholders-2.tsv},
 * {@code officeholders-3.tsv}, {@code officeholders-international.tsv}, {@code officeholders-movements.tsv}, {@code officeholders-smaller-states.tsv} (optional; each is read when present). They are read in that order, because organisations and office terms refer to countries and agent
 * codes.
 *
 * <p>Thread-safe. The returned knowledge is immutable and thread-safe.
 */
public final class ActorKnowledgeFiles {
  /** Classpath folder of the bundled files. */
  public static final String RESOURCE_DIR = "/harbinger/data/actors/";
  static final String AGENT_CODES = "agent_codes.tsv";
  static final String AGENTS = "agents.tsv";
  static final String COUNTRIES = "countries.tsv";
  static final String ORGANIZATIONS = "organizations.tsv";
  static final String MEDIA = "media.tsv";
  static final String PEOPLES = "peoples.tsv";
  static final String PLACES = "places.tsv";
  static final String SUCCESSIONS = "successions.tsv";
  static final String RELATIONS = "relations.tsv";
  static final String ENDED_STATES = "ended-states.tsv";
  static final List<String> OFFICEHOLDERS =
      List.of("officeholders-1.tsv", "officeholders-2.tsv", "officeholders-3.tsv", "officeholders-international.tsv",
      "officeholders-movements.tsv", "officeholders-smaller-states.tsv");

  /* implementation notes: the default knowledge is cached in a volatile field with double-checked locking
   * rather than in a holder class, because a failure inside a holder's static initialiser would surface as
   * ExceptionInInitializerError once and NoClassDefFoundError afterwards; here a broken bundled file throws
   * the same DictionaryException (with file:line) on every call. */
  private static volatile @Nullable ActorKnowledge defaultKnowledge;

  private ActorKnowledgeFiles() {}

  /**
   * The knowledge from the files bundled under {@value #RESOURCE_DIR} on the classpath, loaded on first use
   * and cached for the life of the class loader.
   *
   * @throws harbinger.error.DictionaryException if a bundled file is missing or malformed
   */
  public static ActorKnowledge loadDefault() {
    ActorKnowledge knowledge = defaultKnowledge;
    if (knowledge == null) {
      synchronized (ActorKnowledgeFiles.class) {
        knowledge = defaultKnowledge;
        if (knowledge == null) {
          knowledge = loadResources(RESOURCE_DIR);
          defaultKnowledge = knowledge;
        }
      }
    }
    return knowledge;
  }

  /**
   * The knowledge from the same file names in {@code dir}; not cached.
   *
   * @throws harbinger.error.DictionaryException if a required file is missing or unreadable ({@code file:0:})
   *     or any line is malformed ({@code file:line:})
   */
  public static ActorKnowledge load(Path dir) {
    Objects.requireNonNull(dir, "dir");
    return read(new Source() {
      @Override public String location(String fileName) { return dir.resolve(fileName).toString(); }
      @Override public Optional<List<DataLine>> lines(String fileName) {
        Path file = dir.resolve(fileName);
        return Files.exists(file) ? Optional.of(DataFile.read(file)) : Optional.empty();
      }
    });
  }

  /** The knowledge from the files under a classpath folder such as {@value #RESOURCE_DIR}; not cached. */
  static ActorKnowledge loadResources(String folder) {
    String prefix = folder.endsWith("/") ? folder : folder + "/";
    return read(new Source() {
      @Override public String location(String fileName) { return prefix + fileName; }
      @Override public Optional<List<DataLine>> lines(String fileName) {
        return ActorKnowledgeFiles.class.getResource(prefix + fileName) == null
            ? Optional.empty()
            : Optional.of(DataFile.readResource(prefix + fileName));
      }
    });
  }

  /** Where the files come from. */
  private interface Source {
    /** The file as named in error messages. */
    String location(String fileName);

    /** The parsed lines of a file, or empty when there is no such file. */
    Optional<List<DataLine>> lines(String fileName);

    default List<DataLine> required(String fileName) {
      return lines(fileName).orElseThrow(() -> new DictionaryException(
          location(fileName) + ":0: required actor data file not found"));
    }
  }

  private static ActorKnowledge read(Source source) {
    AgentTable agents = AgentTable.parse(source.required(AGENT_CODES), source.required(AGENTS));
    CountryTable countries = CountryTable.parse(source.required(COUNTRIES));
    OrganizationTable organizations = OrganizationTable.parse(source.required(ORGANIZATIONS), countries, agents);
    MediaTable media = MediaTable.parse(source.required(MEDIA), countries);
    CountryForms peoples = CountryForms.peoples(source.lines(PEOPLES).orElse(List.of()), countries);
    CountryForms places = CountryForms.places(source.lines(PLACES).orElse(List.of()), countries);
    SuccessionTable successions = SuccessionTable.parse(source.lines(SUCCESSIONS).orElse(List.of()), countries);
    RelationTable relations = RelationTable.parse(source.lines(RELATIONS).orElse(List.of()), countries);
    EndedStateTable endedStates = EndedStateTable.parse(source.lines(ENDED_STATES).orElse(List.of()), countries);
    List<DataLine> termLines = new ArrayList<>();
    for (String name : OFFICEHOLDERS) source.lines(name).ifPresent(termLines::addAll);
    Set<String> bodies = organizations.organizations().stream().filter(o -> o.country() == null)
        .map(Organization::code).collect(Collectors.toSet());
    OfficeTermTable terms = OfficeTermTable.parse(termLines, countries, agents, bodies);
    return new IndexedActorKnowledge(countries, organizations, agents, media, terms, peoples, places, successions, relations,
        endedStates);
  }
}
