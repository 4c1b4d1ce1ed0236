package harbinger.actors;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One person holding one office for a period.
 *
 * @param person canonical full name ("Vladimir Putin")
 * @param aliases other spellings and the bare surname where unambiguous ("Putin", "Vladimir V. Putin")
 * @param country ISO alpha-3
 * @param agent agent code while in office, normally "GOV" (also "MIL" for chiefs of staff, "LEG", "JUD", ...)
 * @param role office: one of head_of_state, head_of_government, foreign_minister, defence_minister, other
 * @param title the office as written ("President", "Prime Minister", "Secretary of State")
 * @param from first day in office
 * @param to last day in office, or null if still in office
 * @param body the code of the international body whose office this is ("IGOUNO" for the UN Secretary-General),
 *     or null for an office of {@code country}; the holder is coded by the body while in office and by
 *     {@code country} (his or her nationality) as {@code ELI} afterwards
 */
public record OfficeTerm(String person, List<String> aliases, String country, String agent, String role, String title,
                         LocalDate from, @Nullable LocalDate to, @Nullable String body) {
  /** An office of {@code country} itself. */
  public OfficeTerm(String person, List<String> aliases, String country, String agent, String role, String title,
                    LocalDate from, @Nullable LocalDate to) {
    this(person, aliases, country, agent, role, title, from, to, null);
  }

  public OfficeTerm {
    Objects.requireNonNull(person, "person");
    Objects.requireNonNull(country, "country");
    Objects.requireNonNull(agent, "agent");
    Objects.requireNonNull(role, "role");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(from, "from");
    aliases = List.copyOf(aliases);
    if (to != null && to.isBefore(from)) throw new IllegalArgumentException(person + ": term ends before it starts");
  }

  public boolean holdsOn(LocalDate date) {
    return !date.isBefore(from) && (to == null || !date.isAfter(to));
  }
}
