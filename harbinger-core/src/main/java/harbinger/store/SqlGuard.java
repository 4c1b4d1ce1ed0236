package harbinger.store;

import harbinger.error.InputException;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decides whether a user's SQL text may run as a read-only query: exactly one statement (one trailing {@code ;}
 * allowed) that starts with {@code SELECT}, {@code WITH}, {@code FROM} (DuckDB's FROM-first select) or
 * {@code VALUES}, and that contains none of the words that change data, schema, settings or files ({@code INSERT},
 * {@code UPDATE}, {@code DELETE}, {@code COPY}, {@code ATTACH}, {@code SET}, {@code PRAGMA} ...) outside string
 * literals, quoted identifiers and comments. This is the first of three guards: the store also runs the query on a
 * read-only connection with access to other files switched off. Stateless and thread-safe.
 */
public final class SqlGuard {
  private static final Set<String> FIRST = Set.of("select", "with", "from", "values");
  private static final Set<String> FORBIDDEN = Set.of("insert", "update", "delete", "merge", "upsert", "create",
      "drop", "alter", "truncate", "copy", "attach", "detach", "pragma", "set", "reset", "install", "load", "export",
      "import", "call", "checkpoint", "vacuum", "begin", "commit", "rollback", "grant", "revoke", "use", "analyze");
  private static final Pattern WORD = Pattern.compile("[A-Za-z_][A-Za-z_0-9]*");

  private SqlGuard() {}

  /**
   * @return the query without its trailing semicolon
   * @throws InputException saying why the text is refused
   */
  public static String check(String sql) {
    String code = stripLiteralsAndComments(sql).trim();
    String trimmed = sql.trim();
    if (code.endsWith(";")) {
      code = code.substring(0, code.length() - 1).trim();
      trimmed = trimmed.substring(0, trimmed.lastIndexOf(';')).trim();
    }
    if (code.isEmpty()) throw new InputException("empty query");
    if (code.indexOf(';') >= 0) throw new InputException("only one statement is allowed (found ';' inside the query)");
    Matcher m = WORD.matcher(code);
    if (!m.find() || !FIRST.contains(m.group().toLowerCase(Locale.ROOT)))
      throw new InputException("only SELECT or WITH queries are allowed; this starts with '" + firstWord(code) + "'");
    m.reset();
    while (m.find()) {
      String w = m.group().toLowerCase(Locale.ROOT);
      if (FORBIDDEN.contains(w)) throw new InputException("read-only queries may not use " + w.toUpperCase(Locale.ROOT));
    }
    return trimmed;
  }

  private static String firstWord(String code) {
    String[] parts = code.split("\\s+", 2);
    return parts[0].length() > 20 ? parts[0].substring(0, 20) + "..." : parts[0];
  }

  /** The text with string literals, quoted identifiers and comments replaced by a space each. */
  static String stripLiteralsAndComments(String sql) {
    StringBuilder out = new StringBuilder(sql.length());
    int i = 0;
    int n = sql.length();
    while (i < n) {
      char c = sql.charAt(i);
      if (c == '\'' || c == '"') {
        int j = i + 1;
        while (j < n) {
          if (sql.charAt(j) == c) {
            if (j + 1 < n && sql.charAt(j + 1) == c) { j += 2; continue; }
            break;
          }
          j++;
        }
        if (j >= n) throw new InputException("unterminated " + (c == '\'' ? "string literal" : "quoted identifier"));
        out.append(' ');
        i = j + 1;
      } else if (c == '-' && i + 1 < n && sql.charAt(i + 1) == '-') {
        int j = sql.indexOf('\n', i);
        i = j < 0 ? n : j;
        out.append(' ');
      } else if (c == '/' && i + 1 < n && sql.charAt(i + 1) == '*') {
        int j = sql.indexOf("*/", i + 2);
        if (j < 0) throw new InputException("unterminated comment");
        i = j + 2;
        out.append(' ');
      } else if (c == '$' && i + 1 < n && sql.charAt(i + 1) == '$') {
        throw new InputException("dollar-quoted strings are not allowed");
      } else {
        out.append(c);
        i++;
      }
    }
    return out.toString();
  }
}
