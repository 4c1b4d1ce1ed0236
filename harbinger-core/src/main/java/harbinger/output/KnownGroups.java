package harbinger.output;

import java.util.Set;

/**
 * Finds the known-group part of a CAMEO actor code for GDELT's {@code KnownGroupCode}: in codes of
 * international generic actors ({@code IGO}, {@code NGO}, {@code IMG}, {@code NGM}, {@code MNC}), the last
 * three-letter part that is not a role, generic or region code: {@code IGOWSTNAT} → {@code NAT},
 * {@code IGOUNO} → {@code UNO}, {@code NGOHRIAMN} → {@code AMN}, {@code IGO} → none.
 * The code lists follow the CAMEO manual 1.1b3, tables 3.1 to 3.3. Thread-safe.
 */
final class KnownGroups {
  private static final Set<String> GROUP_PREFIXES = Set.of("IGO", "NGO", "IMG", "NGM", "MNC");
  /** Role (table 3.1), international generic and region (tables 3.2, 3.3) codes: never a group. */
  private static final Set<String> NOT_GROUPS = Set.of(
      "COP", "GOV", "INS", "JUD", "MIL", "OPP", "REB", "SEP", "SPY", "UAF",
      "AGR", "BUS", "CRM", "CVL", "DEV", "EDU", "ELI", "ENV", "HLH", "HRI", "LAB", "LEG", "MED", "REF",
      "MOD", "RAD",
      "IGO", "IMG", "INT", "MNC", "NGM", "NGO", "UIS",
      "AFR", "ASA", "BLK", "CRB", "CAU", "CFR", "CAS", "CEU", "EIN", "EAF", "EEU", "EUR", "LAM", "MEA",
      "MDT", "NAF", "NMR", "PGS", "SCN", "SAM", "SAS", "SEA", "SAF", "WAF", "WST");

  private KnownGroups() {}

  /** The known-group code, or the empty string when the code names no known group. */
  static String of(String actorCode) {
    if (actorCode.length() <= 3 || actorCode.length() % 3 != 0) return "";
    if (!GROUP_PREFIXES.contains(actorCode.substring(0, 3))) return "";
    for (int i = actorCode.length() - 3; i >= 3; i -= 3) {
      String part = actorCode.substring(i, i + 3);
      if (!NOT_GROUPS.contains(part)) return part;
    }
    return "";
  }
}
