package harbinger.server.http;

import harbinger.error.ConfigException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * The write token kept beside the store ({@code harbinger.duckdb.token}): read when it exists, otherwise generated
 * (32 random bytes, base64url) and written readable by its owner only, so that it is printed once, at the first
 * start, and stays the same across restarts.
 */
public final class TokenFile {
  private static final SecureRandom RANDOM = new SecureRandom();

  private TokenFile() {}

  /**
   * @param token the token
   * @param created true when this call generated it (print it once)
   */
  public record Loaded(String token, boolean created) {}

  /** @throws ConfigException when the file cannot be read or written, or holds an unusable token */
  public static Loaded loadOrCreate(Path file) {
    try {
      if (Files.exists(file)) return new Loaded(read(file), false);
      String token = generate();
      Path dir = file.toAbsolutePath().getParent();
      if (dir != null) Files.createDirectories(dir);
      try {
        if (Files.getFileStore(dir == null ? Path.of(".") : dir).supportsFileAttributeView("posix")) {
          Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } else {
          Files.createFile(file);
        }
      } catch (FileAlreadyExistsException raced) {
        return new Loaded(read(file), false);
      }
      Files.writeString(file, token + "\n", StandardCharsets.US_ASCII);
      return new Loaded(token, true);
    } catch (IOException e) {
      throw new ConfigException("cannot read or create the token file " + file + ": " + e.getMessage());
    }
  }

  private static String read(Path file) throws IOException {
    String token = Files.readString(file, StandardCharsets.US_ASCII).strip();
    if (token.length() < 16 || !token.matches("[\\x21-\\x7e]+"))
      throw new ConfigException(file + ":1: token must be at least 16 visible ASCII characters; delete the file to generate a new one");
    return token;
  }

  /** A new random token: 32 bytes from {@link SecureRandom}, base64url without padding (43 characters). */
  public static String generate() {
    byte[] b = new byte[32];
    RANDOM.nextBytes(b);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
  }
}
