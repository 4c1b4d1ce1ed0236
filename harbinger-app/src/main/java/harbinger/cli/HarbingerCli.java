package harbinger.cli;

import harbinger.error.ConfigException;
import harbinger.error.DictionaryException;
import harbinger.error.InputException;
import harbinger.eval.SystemUnderTest;
import harbinger.store.StoreBusyException;
import harbinger.store.StoreException;
import java.util.function.IntFunction;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * Entry point of {@code ./harbinger}. Exit codes: 0 ok, 1 bug, 2 usage or unreadable input, 3 evaluation below a
 * floor, 65 bad data file, 74 store cannot be read or written, 75 store busy (another process writes it; try
 * again), 78 bad configuration.
 */
@Command(name = "harbinger", mixinStandardHelpOptions = true, version = "harbinger 0.1.0",
    description = "Turns news into evidence-linked CAMEO/PLOVER political event data.",
    subcommands = {CodeCommand.class, WatchCommand.class, ParseCommand.class, BenchCommand.class, EvalCommand.class,
        IngestCommand.class, EventsCommand.class, DyadCommand.class, AlertsCommand.class, StatsCommand.class,
        QueryCommand.class, ExportCommand.class, BenchStoreCommand.class, ServeCommand.class, BenchHttpCommand.class,
        CommandLine.HelpCommand.class})
public final class HarbingerCli {
  public static void main(String[] args) {
    System.exit(commandLine(new Engine()).execute(args));
  }

  /** The configured command line, with the engine that commands share (tests pass their own). */
  public static CommandLine commandLine(Engine engine) {
    return commandLine(engine, (threads, perArticle, cache) -> new PipelineSystem(engine, threads, perArticle, cache));
  }

  /**
   * As {@link #commandLine(Engine)}, with the system that {@code eval} scores built for a thread count (its bar
   * then completes per gold set rather than per article).
   */
  static CommandLine commandLine(Engine engine, IntFunction<SystemUnderTest> evalSystems) {
    return commandLine(engine, (threads, perArticle, cache) -> evalSystems.apply(threads));
  }

  private static CommandLine commandLine(Engine engine, EvalCommand.Systems evalSystems) {
    CommandLine cl = new CommandLine(new HarbingerCli(), new CommandLine.IFactory() {
      @Override public <K> K create(Class<K> cls) throws Exception {
        if (cls == ServeCommand.class) return cls.cast(new ServeCommand(engine));
        if (cls == CodeCommand.class) return cls.cast(new CodeCommand(engine));
        if (cls == BenchCommand.class) return cls.cast(new BenchCommand(engine));
        if (cls == ParseCommand.class) return cls.cast(new ParseCommand(engine));
        if (cls == WatchCommand.class) return cls.cast(new WatchCommand(engine));
        if (cls == EvalCommand.class) return cls.cast(new EvalCommand(evalSystems));
        if (cls == IngestCommand.class) return cls.cast(new IngestCommand(engine));
        return CommandLine.defaultFactory().create(cls);
      }
    });
    cl.setExitCodeExceptionMapper(HarbingerCli::exitCode);
    cl.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
      commandLine.getErr().println("harbinger: " + e.getMessage());
      return exitCode(e);
    });
    return cl;
  }

  static int exitCode(Throwable t) {
    if (t instanceof CommandLine.ParameterException) return 2;
    if (t instanceof ConfigException) return 78;
    if (t instanceof DictionaryException) return 65;
    if (t instanceof InputException) return 2;
    if (t instanceof StoreBusyException) return 75;
    if (t instanceof StoreException) return 74;
    return 1;
  }
}
