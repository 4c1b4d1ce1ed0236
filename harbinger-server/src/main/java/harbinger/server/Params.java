package harbinger.server;

/** Formatting shared by the request records' messages. */
final class Params {
  private Params() {}

  /** The value as quoted in an error message: at most 40 characters, control characters replaced. */
  static String shown(String value) {
    String s = value.length() > 40 ? value.substring(0, 40) + "..." : value;
    return s.replaceAll("\\p{Cntrl}", "?");
  }
}
