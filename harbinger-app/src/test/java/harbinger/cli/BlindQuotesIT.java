package harbinger.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;

import harbinger.eval.BlindArticles;
import harbinger.eval.CameoToM2e2;
import harbinger.eval.EvalReport;
import harbinger.eval.EvalText;
import harbinger.eval.Evaluator;
import harbinger.eval.Score;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Blind quote and date probes (blind-quotes/*.jsonl: articles written for the project by someone who had not tuned the
 * extractor on them; first measurement in each file's header): quotes and time expressions through the real NLP stage
 * and quote extractor, scored as the PolNeAR and TempEval sets are, with floors a little under the rates measured when
 * the floors were set. One table row per file ({@link #FILES}); each row's comment gives the file's history (first
 * measurement -> after the fixes).
 */
class BlindQuotesIT {
  /** Not checked: the file has no annotations of that kind. */
  private static final double NONE = Double.NaN;

  /** A probe file and its floors (speaker, content, precision for quotes; date and time value accuracy). */
  record Probe(String resource, double speaker, double content, double precision, double dates, double times) {
    static Probe both(String resource, double speaker, double content, double precision, double dates, double times) {
      return new Probe(resource, speaker, content, precision, dates, times);
    }

    static Probe quotes(String resource, double speaker, double content, double precision) {
      return new Probe(resource, speaker, content, precision, NONE, NONE);
    }

    static Probe dates(String resource, double dates, double times) {
      return new Probe(resource, NONE, NONE, NONE, dates, times);
    }

    boolean hasQuotes() {
      return !Double.isNaN(speaker);
    }

    boolean hasDates() {
      return !Double.isNaN(dates);
    }

    @Override
    public String toString() {
      return resource;
    }
  }

  private static final List<Probe> FILES = List.of(
      // Batch 1 (first measurement: speaker 0.907, dates 0.941, times 0.846).
      Probe.both("/blind-quotes/articles.jsonl", 0.94, 0.95, 0.85, 0.95, 0.92),
      // Batch 2, written after the fixes for batch 1 (first measurement: speaker 0.898, dates and times all right).
      Probe.both("/blind-quotes/articles-2.jsonl", 0.93, 0.95, 0.85, 0.95, 0.75),
      // Batch 3, mostly dates of varied forms (first measurement: dates 0.839, times 0.750, speakers all right).
      Probe.both("/blind-quotes/articles-3.jsonl", 0.95, 0.95, 0.80, 0.90, 0.5),
      // Batch 4 (session 6): 15 longer articles in the style of US political news of 2016, 190 scored quotes and 132
      // dates (first measurement: speaker 0.921, content 0.974, precision 0.842; dates 0.935, times 0.958; after the
      // fixes 0.989, 0.995, 0.842; 0.972, 1.000).
      Probe.both("/blind-quotes/articles-4.jsonl", 0.96, 0.97, 0.82, 0.95, 0.95),
      // Batch 5 (session 7): 12 articles annotated the PolNeAR way, 210 attributions, most of them not quotes (stance
      // and appeal verbs, portrayals, documents and organisations as sources, relative clauses); no dates. First
      // measurement: speaker 0.862 (181/210), content 0.938, precision 0.926; after the fixes (and five pronoun
      // sources given their mention) 0.943, 0.986, 0.926.
      Probe.quotes("/blind-quotes/articles-5.jsonl", 0.92, 0.96, 0.90),
      // Batch 6 (session 8): 11 articles, 160 attributions, annotated the PolNeAR way: 2016 US campaign coverage and
      // 1998-2005 foreign wire copy (pronoun sources across sentences, organisations and documents as "it"/"they",
      // anonymous and "according to" sources, speakers after the quote, a quote over three paragraphs, tweets,
      // questions, polls). First measurement: speaker 0.931 (149/160), content 0.969 (155/160), precision 0.864
      // (172/199); after the fixes of session 8 (and three pronoun mentions placed with "mention_at", see the file's
      // header) 0.994 (159/160), 0.994, 0.889 (176/198).
      Probe.quotes("/blind-quotes/articles-6.jsonl", 0.98, 0.98, 0.87),
      // Attribution batch s9 of session 9: 10 articles, 115 attributions, written blind for the kinds of the
      // session-9 quote fixes (owned persons, participles and cues the parser hung on the reported clause, possessive
      // cue nouns, documents and data as sources, appositions, relative clauses without pronoun). First measurement
      // speaker 0.887 (102/115), content 0.887, precision 0.974 (112/115); after the fixes of session 9 0.965
      // (111/115), 0.965, 0.984 (122/124).
      Probe.quotes("/blind-quotes/articles-s9.jsonl", 0.95, 0.95, 0.96),
      // TIMEX3 batch 1 of session 7: 13 articles in TempEval-3 style, 2013 news and 1998 wire copy, 186 scored DATEs
      // and 34 TIMEs, no quotes (first measurement, with PRESENT_REF and PAST_REF typed as DATEs: dates 0.780
      // (145/186), times 0.912 (31/34); after the fixes of session 7 0.930 (173/186), 0.941 (32/34); after session
      // 8's (no longer blind: two of its leftovers, holiday weekends and "the previous weekend", were fixed by kind)
      // 0.952 (177/186), 0.941).
      Probe.dates("/blind-quotes/timex-1.jsonl", 0.93, 0.90),
      // TIMEX3 batch 2 of session 8: 13 articles in TempEval-3 style, 2013 news and 1990-1998 wire copy, 191 scored
      // DATEs and 39 TIMEs, no quotes, stressing anaphoric offsets ("two years later", "the following spring"), merged
      // mentions ("Oct. 8, 1996, the same day"), midnight, bare clock times, generic "Today", halves, quarters and
      // fiscal years. First measurement: dates 0.859 (164/191), times 0.718 (28/39); after the fixes of session 8
      // (MergedDates, PresentRefs, ClockTimes, DateRanges, OffsetDates, TenseDates) 0.969 (185/191), 1.000 (39/39).
      Probe.dates("/blind-quotes/timex-2.jsonl", 0.95, 0.95),
      // TIMEX3 probes of session 9: 8 articles of 1972-2021 wire copy and news, 100 scored DATEs and 30 TIMEs,
      // stressing clock times without a day, a weekday with a clock time or part of day in future context, bare
      // months in present clauses, days named by a past verb ("declared Friday a day of mourning"), holidays by year,
      // parts of centuries and history inside news ("80 years ago today"). First measurement: dates 0.860 (86/100),
      // times 0.833 (25/30); after the session-9 fixes (AheadClauses, NamedDays, ClockTimes, TenseDates) 0.980
      // (98/100), 1.000 (30/30).
      Probe.dates("/blind-quotes/timex-s9.jsonl", 0.95, 0.95),
      // Attribution probes of session 10: 8 articles of 1982-2015 wire copy (Ghana, US 1988, UK 1993, the
      // Philippines, Kenya, Brazil, Israel, Australia), 95 attributions (94 with a source), written blind for the
      // kinds of round 9's misses: declare/brand/dismiss X as Y, pledges and vows with an infinitive, a second
      // coordinated content, nested "according to", documents as sources, and false alarms (fronted media, unnamed
      // askers, "is expected to"). First measurement speaker 0.840 (79/94), content 0.904, precision 0.886 (93/105);
      // after the fixes of session 10 0.883 (83/94), 0.957 (90/94), 0.960 (97/101).
      Probe.quotes("/blind-quotes/articles-s10.jsonl", 0.86, 0.93, 0.93),
      // Round 9: 10 articles, 145 attributions, written blind for the end of session 9 and measured once there
      // (speaker 0.966, content 0.972, precision 0.921); session 10 fixed the kinds it showed (pledges with an
      // infinitive, fronted media, unnamed askers), so it is no longer blind: 0.972, 0.979, 0.938.
      Probe.quotes("/blind-quotes/articles-round9.jsonl", 0.95, 0.96, 0.91),
      // TIMEX3 probes of session 10: 6 wire stories of 1979-2019 (AAP and Sapa datelines without parentheses,
      // headlines with dates), 79 DATEs and 30 TIMEs, stressing "last March" written later in the year, "the previous
      // Tuesday/evening", halves, dotted clock times ("3.30pm") and "1430 GMT". First measurement: dates 0.886
      // (70/79), times 0.633 (19/30); after the session-10 fixes 0.962 (76/79), 0.833 (25/30).
      Probe.dates("/blind-quotes/timex-s10.jsonl", 0.93, 0.80),
      // Round 9: 8 articles, 114 DATEs and 28 TIMEs, measured once at the end of session 9 (dates 0.930, times 0.929)
      // and unchanged by session 10's fixes.
      Probe.dates("/blind-quotes/timex-round9.jsonl", 0.90, 0.89),
      // Attribution probes of session 11: 7 articles of 1996-2018 wire copy (US governor race, Pakistan floods, Seoul
      // protests, Kenya tallies, Canadian budget, Venezuela vote, EU fish quotas), 103 attributions, written blind for
      // the kinds of round 10's misses: appositions and "named X" naming the speaker, loose participles, "according
      // to figures/data from X", group NPs, relative-clause speakers, estimates ("put the toll at"), "cautioned
      // against", "criticized X for". First measurement speaker 0.767 (79/103), content 0.835 (86/103), precision
      // 0.929 (92/99); after the session-11 fixes 0.845 (87/103), 0.903 (93/103), 0.934 (99/106).
      Probe.quotes("/blind-quotes/articles-s11.jsonl", 0.82, 0.88, 0.91),
      // Round 10: 163 attributions written blind for the end of session 10 and measured once there (speaker 0.908,
      // content 0.969, precision 0.959); session 11 fixed the kinds it showed (estimates, "cautioned against",
      // relative-clause speakers, "figures compiled by X"): 0.933, 0.982, 0.959.
      Probe.quotes("/blind-quotes/articles-round10.jsonl", 0.91, 0.96, 0.94),
      // TIMEX3 probes of session 11: 6 stories of 1985-2014 (Reuters, AP, AFP, UPI), 85 DATEs and 11 TIMEs,
      // stressing "a year earlier" after a quarter, "recent years", futures months ("for January delivery"), bare
      // halves, "the Labor Day weekend", weekdays in future-in-the-past clauses. First measurement dates 0.788
      // (67/85), times 0.909 (10/11); after the session-11 fixes 0.941 (80/85), 0.909 (10/11).
      Probe.dates("/blind-quotes/timex-s11.jsonl", 0.92, 0.86),
      // Round 10: 107 DATEs and 26 TIMEs measured once at the end of session 10 (dates 0.963, times 0.962); after
      // session 11's fixes ("a year earlier" than "the quarter ended Dec. 31", futures months) 0.991, 0.962.
      Probe.dates("/blind-quotes/timex-round10.jsonl", 0.96, 0.92),
      // Round 11: 182 attributions and 145 DATEs / 30 TIMEs written blind for the end of session 11 and measured once
      // there (speaker 0.929, content 0.973, precision 0.931; dates 0.924, times 0.833); session 12 fixed the timex
      // kinds it showed (weekday with part of day in present and "could" clauses, "the fiscal year", dotted clock
      // times, holidays, a duration before a time, "the following day"): quotes unchanged, dates 0.979, times 0.967.
      Probe.quotes("/blind-quotes/articles-round11.jsonl", 0.91, 0.96, 0.91),
      Probe.dates("/blind-quotes/timex-round11.jsonl", 0.95, 0.93),
      // Attribution probes of session 12: 6 articles of 1998-2022 (Dublin budget, Nevada count, Jakarta unrest,
      // Lusaka vote, Beijing talks, Minneapolis nurses), 68 attributions, written blind for the kinds of round 11's
      // misses (capitalised objects of "told", participial openings, call-on and accuse-of, "each saying that",
      // nested and document sources). First measurement speaker 0.838 (57/68), content 0.912 (62/68), precision
      // 0.986 (73/74); after the session-12 fixes (a distributive "each" is not the speaker) 0.868 (59/68), 0.912,
      // 0.986.
      Probe.quotes("/blind-quotes/articles-s12.jsonl", 0.85, 0.89, 0.96),
      // TIMEX3 probes of session 12: 6 stories of 2000-2019 (AP, Reuters, PA, CP), 96 DATEs and 27 TIMEs, stressing
      // weekdays with parts of day, British dotted clock times, holidays and months in future context, "the fiscal
      // year", durations before times, spans swallowing the next expression, "the following day". First measurement
      // dates 0.802 (77/96), times 0.593 (16/27); after the session-12 fixes 0.917 (88/96), 0.741 (20/27).
      Probe.dates("/blind-quotes/timex-s12.jsonl", 0.89, 0.70),
      // Round 12: 204 attributions and 155 DATEs / 36 TIMEs written blind for the end of session 12 and measured once
      // there (speaker 0.936, content 0.951, precision 0.974; dates 0.935, times 0.972); session 13 fixed the timex
      // kinds it showed (Easter by the computus, Orthodox Easter, "Tuesday, the day after Labor Day", "that day",
      // "later in the month", a holiday before "the following day", "until" after "put off", months under "could"):
      // quotes unchanged, dates 0.987 (153/155), times
      // 0.972 (the clock time of an earlier day's sentence is left).
      Probe.quotes("/blind-quotes/articles-round12.jsonl", 0.92, 0.94, 0.96),
      Probe.dates("/blind-quotes/timex-round12.jsonl", 0.97, 0.94),
      // Attribution probes of session 13: 6 articles of 2000-2019 (Lima march, Commons rail statement, Ohio race,
      // Kinshasa count, Bangkok violence, Canberra budget), 78 attributions, written for the kinds of round 12's misses
      // (appositions before "said she", "demanding that ... they say", dismiss/describe/denounce as, "told the House",
      // coordinated "and that" contents). First measurement speaker 0.949 (74/78), content 0.962 (75/78), precision
      // 0.974 (74/76); session 13 changed no quote code, so unchanged.
      Probe.quotes("/blind-quotes/articles-s13.jsonl", 0.93, 0.94, 0.95),
      // TIMEX3 probes of session 13: 6 stories of 1987-2022 (AP, Reuters, NYT, PA), 73 DATEs and 15 TIMEs, stressing
      // months and month-days in future or modal context, holidays in apposition, "that day", "later in the month",
      // Easter and Orthodox Easter, clock times after a sentence about an earlier day. First measurement dates 0.795
      // (58/73), times 1.000 (15/15); after the session-13 fixes 0.973 (71/73), 1.000 (15/15).
      Probe.dates("/blind-quotes/timex-s13.jsonl", 0.95, 0.95),
      // Round 13: 154 DATEs / 29 TIMEs written blind for the end of session 13 and measured once there (dates 0.896,
      // times 0.862); session 14 fixed the timex kinds it showed (national days from a table, "next" + weekday, the
      // fiscal year named by its first or last day, centuries such as "the 1700s", holidays within a month ahead that
      // bound a past clause, clock times after "yesterday"): dates 0.942 (145/154), times 0.897 (26/29).
      Probe.dates("/blind-quotes/timex-round13.jsonl", 0.92, 0.86),
      // TIMEX3 probes of session 14: 6 stories of 1997-2019 (Reuters, AP, NYT, PA), 68 DATEs and 13 TIMEs, stressing
      // weekdays and holidays ahead, national days, "next" + weekday, fiscal years named by a day, centuries, clock
      // times after "yesterday". First measurement dates 0.735 (50/68), times 0.769 (10/13; 0.923 with the two market
      // times corrected to round 13's convention); after the session-14 fixes 0.897 (61/68), 0.846 (11/13).
      Probe.dates("/blind-quotes/timex-s14.jsonl", 0.87, 0.80),
      // Round 13: 197 attributions written blind for the end of session 13 and measured once there (speaker 0.898,
      // content 0.964, precision 0.985); session 14 fixed its kinds (a "said"/"say" the tagger made an adjective or
      // auxiliary, "who asked not to be named" before a passive predicate, the name a descriptive apposition
      // describes, "renewed its call", "disputed X and said service was ...", second "and that" clauses, "Thousands
      // of supporters" as sources): speaker 0.934 (184/197), content 0.985 (194/197), precision 0.986.
      Probe.quotes("/blind-quotes/articles-round13.jsonl", 0.91, 0.96, 0.96),
      // Attribution probes of session 14: 6 articles of 2003-2019 (Rotterdam strike, Senate budget, Lagos vote,
      // council tower blocks, Colombo talks, Kyrgyz protests), 71 attributions, written for round 13's kinds
      // (appositions and relative clauses between name and cue, nested reporters, coordinated cues, chants,
      // "renewed its call", "demanding that ... they say"). First measurement speaker 0.831 (59/71), content 0.901
      // (64/71), precision 0.928 (64/69); after the session-14 fixes 0.901 (64/71), 0.944 (67/71), 0.921 (70/76).
      Probe.quotes("/blind-quotes/articles-s14.jsonl", 0.88, 0.92, 0.89),
      // Round 14: 198 attributions written blind for the end of session 14 and measured once there (speaker 0.889,
      // content 0.980, precision 0.944); session 15 fixed some of its kinds ("NOUN who said ..." folded into the
      // relative clause, "reported looting", the question "put to X by Y", a chant under a participle): speaker
      // 0.904 (179/198), content 0.990 (196/198), precision 0.941 (222/236).
      Probe.quotes("/blind-quotes/articles-round14.jsonl", 0.88, 0.97, 0.92),
      // Round 14: 135 DATEs / 44 TIMEs written blind for the end of session 14 and measured once there (dates 0.948,
      // times 0.886); session 15 fixed its kinds (weekdays foretold ahead, "Wednesday night" as one TIME, the weekend
      // just past in a Monday story, "until at least Friday" as a bound, holidays planned "for", Earth Day): dates
      // 0.970 (131/135), times 0.932 (41/44).
      Probe.dates("/blind-quotes/timex-round14.jsonl", 0.94, 0.88),
      // Attribution probes of session 15: 5 articles of 2003-2019 (nurses' strike, Kashmir quake relief, Bangkok
      // clashes, council library cuts, Tbilisi parliament), 68 attributions, written for round 14's kinds (title
      // appositions, speakers named after the quote, relative and participial material, whose-clauses, coordinated
      // cues after a dateline, chants, "reported NP", questions put by someone, "quoted X as saying"). First
      // measurement speaker 0.735 (50/68), content 0.882 (60/68), precision 0.923 (60/65); after the session-15
      // fixes 0.809 (55/68), 0.912 (62/68), 0.925 (62/67).
      Probe.quotes("/blind-quotes/articles-s15.jsonl", 0.78, 0.88, 0.89),
      // TIMEX3 probes of session 15: 5 stories of 1995-2015 (AP, Reuters), 53 DATEs and 18 TIMEs, stressing clock
      // times anchored to the right day, tense deciding bare months and weekdays, weekdays foretold, "Tuesday night"
      // as one span, holidays (Halloween, Thanksgiving, Election Day, Labor Day, Valentine's Day, Easter). First
      // measurement dates 0.925 (49/53), times 0.667 (12/18); after the session-15 fixes 1.000 (53/53), 0.944 (17/18).
      Probe.dates("/blind-quotes/timex-s15.jsonl", 0.96, 0.90),
      // Round 15: 10 articles (190 attributions) and 8 articles (159 DATEs, 49 TIMEs) written blind for the end of
      // session 15 and measured once there: speaker 0.942 (179/190), content 0.958 (182/190), precision 0.965
      // (192/199); dates 0.931 (148/159), times 0.857 (42/49). Session 16 fixed kinds of it (short answers, a said
      // hung on a relative clause, "would" after a report, "cancelled until", valueless merged spans): speaker 0.947
      // (180/190), content 0.963 (183/190), precision 0.965 (193/200); dates 0.943 (150/159), times 0.918 (45/49).
      Probe.quotes("/blind-quotes/articles-round15.jsonl", 0.93, 0.95, 0.94),
      Probe.dates("/blind-quotes/timex-round15.jsonl", 0.92, 0.89),
      // Attribution probes of session 16: 5 articles of 1989-2022 (rail strike, Grozny, Cyprus levy, Leipzig march,
      // Honduras coup), 64 attributions stressing whose-clauses, chants split by "!", by-agents inside relative
      // clauses, title appositions, datelines, inner reporters, speakers named after the quote, passive questions and
      // short answers. First measurement speaker 0.891 (57/64), content 0.953 (61/64), precision 0.887 (63/71); after
      // the session-16 fixes 0.969 (62/64), 0.984 (63/64), 0.890 (65/73).
      Probe.quotes("/blind-quotes/articles-s16.jsonl", 0.94, 0.96, 0.86),
      // TIMEX3 probes of session 16: 5 stories of 1986-2015 (Reuters, AP, AFP), 46 DATEs and 18 TIMEs stressing
      // clock times after "yesterday", "1130 GMT this morning", tense of bare months and weekdays ("would ... until
      // Monday", "likely on Saturday night", "warned of ... from Sunday"), "The following day", quarters and seasons.
      // First measurement dates 0.891 (41/46), times 0.833 (15/18); after the session-16 fixes 0.978 (45/46), 1.000 (18/18).
      Probe.dates("/blind-quotes/timex-s16.jsonl", 0.95, 0.97),
      // Round 16: 10 articles (207 attributions) and 8 articles (171 DATEs, 55 TIMEs) written blind for the end of
      // session 16 and measured once there: speaker 0.908 (188/207), content 0.937 (194/207), precision 0.956
      // (219/229); dates 0.930 (159/171), times 0.945 (52/55). After the session-17 fixes by kind: speaker 0.913
      // (189/207; an inverted "read the note"), times 0.964 (53/55; "expected by noon Friday"), the rest unchanged.
      Probe.quotes("/blind-quotes/articles-round16.jsonl", 0.90, 0.92, 0.94),
      Probe.dates("/blind-quotes/timex-round16.jsonl", 0.91, 0.94),
      // Round 17: 10 articles (204 attributions) and 8 articles (165 DATEs, 56 TIMEs) written blind for the end of
      // session 17 and measured once there: speaker 0.936 (191/204), content 0.985 (201/204), precision 0.969
      // (219/226); dates 0.933 (154/165), times 0.929 (52/56). After the session-18 fixes by kind (names after a
      // description, "its call" after a broken coordination, reports the parser broke, weekdays ahead in frames of
      // moving, ordering and postponing, bare quarters, clock times after a night or "tomorrow"): speaker 0.961
      // (196/204), content 0.995 (203/204), precision 0.969 (222/229); dates 0.982 (162/165), times 1.000 (56/56).
      Probe.quotes("/blind-quotes/articles-round17.jsonl", 0.94, 0.98, 0.95),
      Probe.dates("/blind-quotes/timex-round17.jsonl", 0.96, 0.96),
      // Round 18: 10 articles (213 attributions) and 8 articles (174 DATEs, 68 TIMEs) written blind for the end of
      // session 18 and measured once there: speaker 0.911 (194/213), content 0.948 (202/213), precision 0.944
      // (221/234); dates 0.937 (163/174), times 0.882 (60/68). After the session-19 fixes by kind (dotted clock
      // times SUTime misread, "what he called "..."", clock times after "yesterday"): speaker 0.915 (195/213),
      // content 0.953 (203/213), precision 0.945 (222/235); dates 0.937 (163/174), times 0.926 (63/68).
      Probe.quotes("/blind-quotes/articles-round18.jsonl", 0.90, 0.94, 0.93),
      Probe.dates("/blind-quotes/timex-round18.jsonl", 0.92, 0.90),
      // Round 19: 10 articles (231 attributions) and 8 articles (181 DATEs, 56 TIMEs) written blind for the end of
      // session 19 and measured once there: speaker 0.926 (214/231), content 0.965 (223/231), precision 0.958
      // (253/264); dates 0.972 (176/181), times 0.929 (52/56). After the session-20 fixes by kind (qt20): speaker
      // 0.948 (219/231), content 0.974 (225/231), precision 0.959 (257/268); dates 0.994 (180/181), times 1.000 (56/56).
      Probe.quotes("/blind-quotes/articles-round19.jsonl", 0.93, 0.96, 0.95),
      Probe.dates("/blind-quotes/timex-round19.jsonl", 0.98, 0.98),
      // Round 20: 10 articles (242 attributions) and 8 articles (178 DATEs, 72 TIMEs) written blind for the end of
      // session 20 and measured once there: speaker 0.913 (221/242), content 0.967 (234/242), precision 0.914
      // (256/280); dates 0.978 (174/178), times 0.944 (68/72). After the session-21 fixes by kind (qt21): speaker
      // 0.930 (225/242), content 0.967 (234/242), precision 0.911 (256/281); dates 0.994 (177/178), times 0.972 (70/72).
      Probe.quotes("/blind-quotes/articles-round20.jsonl", 0.92, 0.95, 0.90),
      Probe.dates("/blind-quotes/timex-round20.jsonl", 0.98, 0.96),
      // Round 21: 10 articles (243 attributions) and 8 articles (188 DATEs, 75 TIMEs) written blind for the end of
      // session 21 and measured once there: speaker 0.930 (226/243), content 0.959 (233/243), precision 0.959
      // (259/270); dates 0.963 (181/188), times 0.933 (70/75). After the session-22 fixes by kind (qt22): speaker
      // 0.934 (227/243), content 0.967 (235/243), precision 0.960 (261/272); dates 0.984 (185/188), times 0.947 (71/75).
      Probe.quotes("/blind-quotes/articles-round21.jsonl", 0.93, 0.96, 0.95),
      Probe.dates("/blind-quotes/timex-round21.jsonl", 0.98, 0.94),
      // Round 22: 10 articles (265 attributions) and 8 articles (190 DATEs, 71 TIMEs) written blind for the end of
      // session 22 and measured once there: speaker 0.958 (254/265), content 0.977 (259/265), precision 0.966
      // (286/296); dates 0.937 (178/190), times 0.901 (64/71). After the session-23 fixes by kind (qt23): speaker
      // 0.974 (258/265), content 0.985 (261/265), precision 0.967 (289/299); dates 0.968 (184/190), times 0.958 (68/71).
      Probe.quotes("/blind-quotes/articles-round22.jsonl", 0.96, 0.98, 0.96),
      Probe.dates("/blind-quotes/timex-round22.jsonl", 0.96, 0.95),
      // Round 23: 10 articles (285 attributions) and 8 articles (215 DATEs, 84 TIMEs) written blind for the end of
      // session 23 and measured once there: speaker 0.947 (270/285), content 0.968 (276/285), precision 0.958
      // (296/309); dates 0.953 (205/215), times 0.964 (81/84).
      Probe.quotes("/blind-quotes/articles-round23.jsonl", 0.94, 0.96, 0.95),
      Probe.dates("/blind-quotes/timex-round23.jsonl", 0.95, 0.96),
      // Attribution probes of session 17: 5 articles of 1990-2021 (Cape Town drought, Modrow in Bonn, Suez blockage,
      // baht float, New Orleans flood), 71 attributions stressing long who-relatives before "said", nested inner
      // sources, second verbs of one speaker, passive questions, stance objects and inverted "read a sign". First
      // measurement speaker 0.859 (61/71), content 0.915 (65/71), precision 0.920 (69/75); after the session-17 fixes
      // 0.887 (63/71), 0.915, 0.920; after the session-18 fixes 0.901 (64/71), 0.930 (66/71), 0.921 (70/76).
      Probe.quotes("/blind-quotes/articles-s17.jsonl", 0.88, 0.91, 0.89),
      // TIMEX3 probes of session 17: 5 stories of 1990-2019 (AP, Reuters, AFP, NYT, BBC), 45 DATEs and 15 TIMEs
      // stressing tense after threats, expectations and "if" conditions, "fully booked until", clock times after "last
      // night", "N days later", quarters, seasons and holidays. First measurement dates 0.822 (37/45), times 0.800
      // (12/15); after the session-17 fixes 0.956 (43/45), 0.800 (12/15).
      Probe.dates("/blind-quotes/timex-s17.jsonl", 0.93, 0.78),
      // Attribution probes of session 18: 5 articles of 1998-2019 (737 Max grounding, Grenfell report, rouble
      // devaluation, Manila transfer of power, bank accounts hearing), 56 attributions stressing names after a
      // description ("One of them, a former bus driver, Yusuf, said"), relative clauses before the verb, pronouns after
      // a participle frame, documents as sources, "tweeted that ... and renewed its call for", unnamed sources with
      // modifiers and possessive titles with "insisted". First measurement speaker 0.821 (46/56), content 0.911
      // (51/56), precision 0.934 (57/61); after the session-18 fixes 0.982 (55/56), 0.982 (55/56), 0.938 (61/65).
      Probe.quotes("/blind-quotes/articles-s18.jsonl", 0.96, 0.96, 0.91),
      // TIMEX3 probes of session 18: 5 stories of 1986-2011 (AP, Reuters, AFP; a Thursday, Sunday, Tuesday, Monday
      // and Wednesday), 50 DATEs and 23 TIMEs stressing weekdays in past narrative and in future frames ("moved ... to
      // Saturday", "until Tuesday evening", "a day of mourning for Friday"), clock times after a night and after
      // "tomorrow", "last night" in a quotation, holidays, quarters, "this winter" and "last year's ..., which struck
      // in August". First measurement dates 0.880 (44/50), times 0.870 (20/23); after the session-18 fixes 1.000
      // (50/50), 1.000 (23/23).
      Probe.dates("/blind-quotes/timex-s18.jsonl", 0.97, 0.95),
      // Attribution probes of session 19: 5 articles of 1993-2021 (hurricane on an island, cabinet resignation, ferry
      // sinking, school-board recall, dam burst), 73 attributions stressing names with an age apposition, a speaker
      // carried to the next quote, names given later, documents as sources, estimates ("put the damage at"), "what
      // he called "..."", plural "who said", "accused X of" and sentence-initial content with the source after it.
      // First measurement speaker 0.863 (63/73), content 0.932 (68/73), precision 0.962 (76/79); after the
      // session-19 fixes 0.904 (66/73), 0.973 (71/73), 0.964 (80/83).
      Probe.quotes("/blind-quotes/articles-s19.jsonl", 0.88, 0.95, 0.94),
      // TIMEX3 probes of session 19: 5 stories of 1985-2010 (Reuters, Guardian, AP; a Wednesday, Friday, Sunday,
      // Tuesday and Thursday), 47 DATEs and 28 TIMEs stressing dotted UK clock times, clock times after "yesterday",
      // "Tonight ... at", noon after a clause dated today, weekdays given with their date, months ahead in future
      // frames ("planned for early March"), "the same day" after a future date. First measurement dates 0.957
      // (45/47), times 0.786 (22/28); after the session-19 fixes 1.000 (47/47), 0.964 (27/28).
      Probe.dates("/blind-quotes/timex-s19.jsonl", 0.97, 0.92),
      // Attribution probes of session 20: 5 articles of 2000-2017 (aid secretary's resignation, peacekeepers held in
      // Sierra Leone, states and the climate accord, Kashmir earthquake, chief whip's resignation), 74 attributions
      // stressing pronoun and appositive speakers ("Its author, a deputy director ..."), relative clauses and
      // participles between speaker and verb, "said one of ..., who would give only his surname, X", mid-sentence
      // reports, fronted short answers ("Not yet, the army says"), "had given assurances that", "urged restraint",
      // passive estimates and documents as sources. First measurement speaker 0.649 (48/74), content 0.770 (57/74),
      // precision 0.896 (60/67); after the session-20 fixes 0.905 (67/74), 0.959 (71/74), 0.927 (76/82).
      Probe.quotes("/blind-quotes/articles-s20.jsonl", 0.88, 0.94, 0.90),
      // TIMEX3 probes of session 20: 5 stories of 1989-2015 (Reuters, AP, Guardian; a Thursday, Saturday, Tuesday,
      // Wednesday and Friday), 50 DATEs and 30 TIMEs stressing weekdays and day-parts in future frames ("called for a
      // march ... on Friday", "planned for Monday"), holidays, evening clock times before "By 7 a.m. today", "this
      // weekend" ahead, months ahead ("the September ... election" in February), "noon" on the document day. First
      // measurement dates 0.880 (44/50), times 0.700 (21/30); after the session-20 fixes 0.980 (49/50), 0.967 (29/30).
      Probe.dates("/blind-quotes/timex-s20.jsonl", 0.96, 0.93),
      // Attribution probes of session 21: 5 stories (AP floods 2019, Guardian Kenya annulment 2017, Reuters markets
      // 2008, AFP platinum strike 2012, Reuters Colombo 2022), 87 attributions stressing relative clauses between
      // speaker and verb, nested reports ("Farmers, he said, had told him that"), documents with an interrupting
      // participle, manner verbs after the quote ("wailed X", "chanted the crowds"), a second quote after "said X,
      // <apposition>.", "which residents say", "described X as", "forecast", "declared X final", "demanded",
      // "pledged to", "Rumours spread that". First measurement speaker 0.759 (66/87), content 0.908 (79/87),
      // precision 0.918 (90/98); after the session-21 fixes 0.908 (79/87), 0.954 (83/87), 0.913 (95/104).
      Probe.quotes("/blind-quotes/articles-s21.jsonl", 0.88, 0.93, 0.89),
      // TIMEX3 probes of session 21: 5 stories of 2008-2020 (a Wednesday, Friday, Monday, Tuesday and Saturday), 76
      // DATEs and 21 TIMEs stressing clock times of the story's day after times of the day before, "expired at 0400
      // GMT on Thursday", month-days in the past by tense or frame ("set the Oct. 27 deadline ... in August", "silent
      // since April 15"), weekdays ahead under "could be ... by early Thursday", named holidays (Easter Monday,
      // Independence Day, Presidents' Day ...). First measurement dates 0.882 (67/76), times 0.905 (19/21); after the
      // session-21 fixes 1.000 (76/76), 0.952 (20/21).
      Probe.dates("/blind-quotes/timex-s21.jsonl", 0.97, 0.92),
      // Attribution probes of session 22: 5 stories (AP Brumadinho dam 2019, Guardian rail strike 2022, AFP Sulawesi
      // tsunami 2018, Reuters Cyprus levy 2013, Reuters Suez Canal 2021), 81 attributions stressing pronoun tellers in
      // split reports, a second reporting clause after "but", "who asked not to be named", names given in a relative
      // clause or with an apposition, interrupting participles before a second coordinated cue, "described/feared" +
      // gerund, "chanted/hoped/asked for", "It said" after an agency. First measurement speaker 0.765 (62/81), content
      // 0.877 (71/81), precision 0.959 (71/74); after the session-22 fixes 0.852 (69/81), 0.951 (77/81), 0.975 (78/80).
      Probe.quotes("/blind-quotes/articles-s22.jsonl", 0.82, 0.92, 0.94),
      // TIMEX3 probes of session 22: 5 stories of 2010-2018 (a Monday, Tuesday, Friday, Monday and Saturday), 72 DATEs
      // and 35 TIMEs stressing months in a past year's frame ("Last year, ... in early October"), months of data and of
      // bookings ("figures for November, due on Thursday", "cancellations for August"), runs of clock times past
      // midnight ("began at 6 p.m. on Sunday and ended shortly before 2 a.m."), clock times before "on <weekday>",
      // "from Monday", weekdays with a day part, quarters after a verb. First measurement dates 0.750 (54/72), times
      // 0.714 (25/35); after the session-22 fixes 0.944 (68/72), 0.886 (31/35).
      Probe.dates("/blind-quotes/timex-s22.jsonl", 0.92, 0.85),
      // Attribution probes of session 23: 5 stories (Reuters Bangkok floods 2011, AP Chilean miners 2010, Guardian
      // fuel queues 2021, AFP Nepal earthquake 2015, BBC Volkswagen emissions 2015), 78 attributions stressing
      // subjects after a dateline with a present-perfect cue, "According to <noun phrase>, <Name>, ...", "X, who said
      // that ..., <verb>ed", "They kept telling us ..." inside a quote, "It was, he said, <NP>", anonymity formulas,
      // cues with a noun-phrase object ("forecast", "blamed X for Y", "urged X to"), an interrupting "in a statement",
      // "called it/that <NP>", "It said" after an organisation. First measurement speaker 0.821 (64/78), content
      // 0.936 (73/78), precision 0.986 (71/72); after the session-23 fixes 0.897 (70/78), 0.949 (74/78), 0.986 (72/73).
      Probe.quotes("/blind-quotes/articles-s23.jsonl", 0.87, 0.93, 0.96),
      // TIMEX3 probes of session 23: 5 stories of 2002-2016 (a Monday, Monday, Monday, Tuesday and Saturday), 75 DATEs
      // and 27 TIMEs stressing weekdays ahead in past reports or plans ("had been due to meet on Wednesday", "plan to
      // meet again on Sunday"), clock times before "tomorrow", seasons of bookings and after "by", "the June quarter",
      // months as modifiers in the past, midnight at a dateline and ahead, leap days, "from Monday" on a Monday. First
      // measurement dates 0.800 (60/75), times 0.704 (19/27); after the session-23 fixes 0.920 (69/75), 0.889 (24/27).
      Probe.dates("/blind-quotes/timex-s23.jsonl", 0.90, 0.85)
      );

  private static Evaluator evaluator;

  @BeforeAll
  static void setUp() {
    evaluator = new Evaluator(new PipelineSystem(new Engine(), 2, () -> {}, null), CameoToM2e2.loadDefault());
  }

  static Stream<Probe> files() {
    return FILES.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("files")
  void holdsTheFloorsOfEachProbeFile(Probe probe) throws URISyntaxException {
    BlindArticles.Gold gold = read(probe.resource());
    List<EvalReport> reports = new ArrayList<>();
    if (probe.hasQuotes()) reports.add(evaluator.quotes(gold.quotes()));
    if (probe.hasDates()) reports.add(evaluator.timex(gold.timex()));
    StringBuilder shown = new StringBuilder("Blind probes " + probe.resource() + ":\n" + EvalText.table(reports));
    for (EvalReport r : reports) shown.append(EvalText.details(r, 50));
    System.out.println(shown);
    if (probe.hasQuotes()) {
      EvalReport q = reports.get(0);
      atLeast(q, "speaker_accuracy", probe.speaker());
      atLeast(q, "content_recall", probe.content());
      atLeast(q, "quote_precision", probe.precision());
    }
    if (probe.hasDates()) {
      EvalReport t = reports.get(reports.size() - 1);
      atLeast(t, "date_value_accuracy", probe.dates());
      atLeast(t, "time_value_accuracy", probe.times());
    }
  }

  private static BlindArticles.Gold read(String resource) throws URISyntaxException {
    return BlindArticles.read(Path.of(Objects.requireNonNull(BlindQuotesIT.class.getResource(resource), resource).toURI()));
  }

  private static void atLeast(EvalReport report, String metric, double floor) {
    Score s = report.scores().stream().filter(x -> x.name().equals(metric)).findFirst().orElseThrow();
    assertTrue(s.value() >= floor, () -> String.format(Locale.ROOT, "%s %s %.3f below floor %.3f%n%s", report.set(), metric,
        s.value(), floor, EvalText.table(List.of(report)) + EvalText.details(report, 50)));
  }
}
