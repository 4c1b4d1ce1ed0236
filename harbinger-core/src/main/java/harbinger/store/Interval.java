package harbinger.store;

/** Period of a dyad series: calendar days, or ISO weeks (Monday to Sunday). */
public enum Interval { DAY, WEEK }
