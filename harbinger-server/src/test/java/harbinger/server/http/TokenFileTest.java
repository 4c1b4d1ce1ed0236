package harbinger.server.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import harbinger.error.ConfigException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TokenFileTest {
  @Test
  void generatesAnOwnerOnlyTokenOnceAndReadsItBack(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("sub/store.duckdb.token");
    TokenFile.Loaded first = TokenFile.loadOrCreate(file);
    assertTrue(first.created());
    assertEquals(43, first.token().length(), "32 random bytes in base64url");
    assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
    TokenFile.Loaded second = TokenFile.loadOrCreate(file);
    assertFalse(second.created());
    assertEquals(first.token(), second.token());
    assertNotEquals(first.token(), TokenFile.generate());
  }

  @Test
  void refusesAFileWithAnUnusableTokenNamingIt(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("t.token");
    Files.writeString(file, "short\n");
    ConfigException e = assertThrows(ConfigException.class, () -> TokenFile.loadOrCreate(file));
    assertTrue(e.getMessage().startsWith(file + ":1: "), e.getMessage());
  }

  @Test
  void serverConfigNamesTheBadField() {
    ConfigException e = assertThrows(ConfigException.class, () -> ServerConfig.local(70_000, TokenFile.generate()));
    assertTrue(e.getMessage().startsWith("port must be in 0..65535 but was 70000"), e.getMessage());
    assertThrows(ConfigException.class, () -> ServerConfig.local(0, "too short"));
  }
}
