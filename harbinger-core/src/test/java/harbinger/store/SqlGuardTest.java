package harbinger.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import harbinger.error.InputException;
import org.junit.jupiter.api.Test;

class SqlGuardTest {
  @Test void acceptsOneSelectOrWithQuery() {
    assertEquals("SELECT 1", SqlGuard.check("SELECT 1;"));
    assertEquals("with t as (select 1) select * from t", SqlGuard.check("  with t as (select 1) select * from t  "));
    assertEquals("FROM events LIMIT 3", SqlGuard.check("FROM events LIMIT 3"));
  }

  @Test void wordsInsideStringsIdentifiersAndCommentsDoNotCount() {
    SqlGuard.check("SELECT 'drop table x; delete' AS \"update\" FROM events -- insert\n");
    SqlGuard.check("SELECT /* copy; attach */ count(*) FROM events");
    SqlGuard.check("SELECT updated_at, settings FROM t");
  }

  @Test void rejectsWritesSettingsFilesAndSeveralStatements() {
    for (String bad : new String[] {"INSERT INTO events VALUES (1)", "DELETE FROM events", "SELECT 1; DROP TABLE events",
        "COPY events TO 'x.csv'", "ATTACH 'other.db'", "PRAGMA version", "SET enable_external_access = true",
        "WITH t AS (SELECT 1) DELETE FROM events", "UPDATE events SET day = NULL", "", "  ;  ",
        "SELECT 'unterminated", "SELECT 1 /* open comment", "CALL pragma_version()"}) {
      InputException e = assertThrows(InputException.class, () -> SqlGuard.check(bad), bad);
      assertTrue(!e.getMessage().isBlank());
    }
  }
}
