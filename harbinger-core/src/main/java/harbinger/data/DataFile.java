package harbinger.data;

import harbinger.error.DictionaryException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Reads a UTF-8 tab-separated data file. Lines that are blank or start with {@code #} are skipped;
 * a trailing {@code # comment} is not stripped (tabs separate fields, and '#' may occur in values).
 * An optional header line starting with {@code #!} is ignored as well.
 */
public final class DataFile {
  private DataFile() {}

  /** Reads a classpath resource such as {@code /harbinger/data/cameo.tsv}. */
  public static List<DataLine> readResource(String resource) {
    try (InputStream in = DataFile.class.getResourceAsStream(resource)) {
      if (in == null) throw new DictionaryException(resource + ":0: resource not found on the classpath");
      return read(resource, in);
    } catch (IOException e) {
      throw new UncheckedIOException(resource, e);
    }
  }

  public static List<DataLine> read(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      return read(file.toString(), in);
    } catch (IOException e) {
      throw new DictionaryException(file + ":0: cannot read: " + e.getMessage());
    }
  }

  public static List<DataLine> read(String name, InputStream in) throws IOException {
    List<DataLine> out = new ArrayList<>();
    BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    String line;
    int n = 0;
    while ((line = r.readLine()) != null) {
      n++;
      if (line.isBlank() || line.stripLeading().startsWith("#")) continue;
      List<String> fields = Arrays.stream(line.split("\t", -1)).map(String::trim).toList();
      out.add(new DataLine(name, n, fields));
    }
    return out;
  }
}
