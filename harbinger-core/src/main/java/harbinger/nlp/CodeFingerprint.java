package harbinger.nlp;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.TreeMap;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * A fingerprint of compiled code: SHA-256 over the names and bytes of the class files under one package
 * folder of the jar or classes folder a class was loaded from. File times are left out, so rebuilding
 * unchanged code keeps the fingerprint and changing one class of the package changes it. Used to key
 * cached parses ({@link ParseCache}) to the code that made them.
 */
public final class CodeFingerprint {
  private CodeFingerprint() {}

  /**
   * @param anchor a class loaded from the jar or folder to read
   * @param packageFolder the folder inside it, e.g. {@code harbinger/nlp/corenlp/} (sub-folders included)
   */
  public static String of(Class<?> anchor, String packageFolder) {
    try {
      Path source = Path.of(anchor.getProtectionDomain().getCodeSource().getLocation().toURI());
      TreeMap<String, byte[]> files = Files.isDirectory(source) ? fromFolder(source, packageFolder)
          : fromJar(source, packageFolder);
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      for (var e : files.entrySet()) {
        md.update(e.getKey().getBytes(StandardCharsets.UTF_8));
        md.update((byte) 0);
        md.update(e.getValue());
      }
      return HexFormat.of().formatHex(md.digest());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the code of " + anchor.getName(), e);
    } catch (URISyntaxException | NoSuchAlgorithmException | RuntimeException e) {
      throw new IllegalStateException("cannot fingerprint the code of " + anchor.getName() + ": " + e.getMessage(), e);
    }
  }

  /** The file name of the jar (or folder) a class was loaded from, e.g. {@code stanford-corenlp-4.5.10.jar}. */
  public static String sourceName(Class<?> anchor) {
    var source = anchor.getProtectionDomain().getCodeSource();
    if (source == null) return "unknown";
    String path = source.getLocation().getPath();
    if (path.endsWith("/")) path = path.substring(0, path.length() - 1);
    return path.substring(path.lastIndexOf('/') + 1);
  }

  private static TreeMap<String, byte[]> fromJar(Path jar, String folder) throws IOException {
    TreeMap<String, byte[]> out = new TreeMap<>();
    try (JarFile f = new JarFile(jar.toFile())) {
      List<JarEntry> entries = new ArrayList<>(f.stream().filter(e -> !e.isDirectory() && e.getName().startsWith(folder)).toList());
      for (JarEntry e : entries) {
        try (InputStream in = f.getInputStream(e)) {
          out.put(e.getName(), in.readAllBytes());
        }
      }
    }
    return out;
  }

  private static TreeMap<String, byte[]> fromFolder(Path root, String folder) throws IOException {
    TreeMap<String, byte[]> out = new TreeMap<>();
    Path dir = root.resolve(folder);
    if (!Files.isDirectory(dir)) return out;
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path p : files.filter(Files::isRegularFile).toList()) {
        out.put(root.relativize(p).toString().replace('\\', '/'), Files.readAllBytes(p));
      }
    }
    return out;
  }
}
