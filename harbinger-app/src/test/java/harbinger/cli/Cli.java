package harbinger.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import picocli.CommandLine;

/** Runs the command line in-process and captures what it prints. */
final class Cli {
  record Run(int exit, String out, String err) {}

  private Cli() {}

  static Run run(Engine engine, String... args) {
    CommandLine cl = HarbingerCli.commandLine(engine);
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    cl.setOut(new PrintWriter(out, true));
    cl.setErr(new PrintWriter(err, true));
    int exit = cl.execute(args);
    return new Run(exit, out.toString(), err.toString());
  }

  /** An engine that must not load CoreNLP (read commands never need it). */
  static Engine noNlp() {
    return new Engine(() -> {
      throw new AssertionError("this command must not load CoreNLP");
    });
  }
}
