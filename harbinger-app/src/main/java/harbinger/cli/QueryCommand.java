package harbinger.cli;

import harbinger.store.EventStore;
import harbinger.store.QueryResult;
import harbinger.store.duckdb.DuckDbStores;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code harbinger query SQL}: one read-only SELECT or WITH query, printed tab-separated with a header. */
@Command(name = "query", mixinStandardHelpOptions = true,
    description = "Run one read-only SQL query (SELECT or WITH) on the store; tables: articles, outcomes, events, mentions.")
final class QueryCommand implements Callable<Integer> {
  @Parameters(paramLabel = "SQL", description = "The query.") String sql;
  @Mixin StoreOptions store;
  @Option(names = "--max-rows", defaultValue = "1000", description = "Most rows printed (default: ${DEFAULT-VALUE}).") int maxRows;
  @Spec CommandSpec spec;

  @Override public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    QueryResult r;
    try (EventStore s = store.open(DuckDbStores.Mode.READ)) {
      r = s.query(sql, Math.max(1, maxRows));
    }
    out.println(String.join("\t", r.columns()));
    for (List<String> row : r.rows()) {
      out.println(String.join("\t", row.stream().map(v -> v == null ? "NULL" : v.replaceAll("[\\t\\r\\n]", " ")).toList()));
    }
    if (r.truncated()) spec.commandLine().getErr().println("(first " + r.rows().size() + " rows; raise --max-rows for more)");
    out.flush();
    return 0;
  }
}
