package harbinger.nlp.corenlp;

import java.time.LocalDate;

/**
 * Easter Sunday by the computus: {@link #western} by the Gregorian rule (the anonymous Gregorian algorithm, "Meeus/Jones/
 * Butcher"), {@link #orthodox} by the Julian rule of the Orthodox churches (Meeus's Julian algorithm), given as a date of
 * the Gregorian calendar (the Julian calendar runs 13 days behind it from 1900 to 2099, 12 days from 1800 to 1899).
 * SUTime knows only the western Easter of the publication year; a holiday moved to another year by its clause's tense
 * must be computed again, not kept on the same month and day. Pure functions.
 */
final class EasterDates {
  private EasterDates() {}

  /** Western (Gregorian) Easter Sunday of {@code year}. */
  static LocalDate western(int year) {
    int a = year % 19;
    int b = year / 100;
    int c = year % 100;
    int d = b / 4;
    int e = b % 4;
    int f = (b + 8) / 25;
    int g = (b - f + 1) / 3;
    int h = (19 * a + b - d - g + 15) % 30;
    int i = c / 4;
    int k = c % 4;
    int l = (32 + 2 * e + 2 * i - h - k) % 7;
    int m = (a + 11 * h + 22 * l) / 451;
    int month = (h + l - 7 * m + 114) / 31;
    int day = (h + l - 7 * m + 114) % 31 + 1;
    return LocalDate.of(year, month, day);
  }

  /** Orthodox (Julian) Easter Sunday of {@code year}, as a Gregorian date. */
  static LocalDate orthodox(int year) {
    int a = year % 4;
    int b = year % 7;
    int c = year % 19;
    int d = (19 * c + 15) % 30;
    int e = (2 * a + 4 * b - d + 34) % 7;
    int month = (d + e + 114) / 31;
    int day = (d + e + 114) % 31 + 1;
    int century = year / 100;
    int gap = century - century / 4 - 2; // days between the Julian and Gregorian calendars in that century
    return LocalDate.of(year, month, day).plusDays(gap);
  }
}
