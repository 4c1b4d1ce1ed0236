package harbinger.coding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import harbinger.actors.Country;
import harbinger.model.Actor;
import harbinger.model.AnnotatedDoc;
import harbinger.model.Event;
import harbinger.nlp.AnnotatedDocJson;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Contracts of {@link EventCoder} over every annotated fixture (coder goldens and stage fixtures) and random
 * valid mutations of them ({@link DocMutator}): the coder never throws; every event's span lies inside the
 * article text and contains its trigger; every actor country is a country of the actor knowledge; every CAMEO
 * code exists in the ontology; events are sorted by sentence and trigger start; event ids are unique; and
 * coding is deterministic.
 *
 * <p>The seed is random unless {@code -Dprops.seed=N} is given, and is printed and named in every failure, so a
 * failure is reproduced with {@code mvn -o -pl harbinger-core test -Dtest=CoderPropertiesTest -Dprops.seed=N}.
 * Each fixture's random stream is derived from the seed and the fixture name, so one fixture can be rerun alone.
 * {@code -Dprops.tries=N} sets the mutations per fixture (default 25).
 */
class CoderPropertiesTest {
  private static final long SEED = Long.getLong("props.seed", new Random().nextLong());
  private static final int TRIES = Integer.getInteger("props.tries", 25);
  private static Set<String> countries;
  private static final java.util.concurrent.atomic.AtomicLong MUTATED_EVENTS = new java.util.concurrent.atomic.AtomicLong();

  @BeforeAll
  static void logSeed() {
    System.out.println("CoderPropertiesTest: -Dprops.seed=" + SEED + " -Dprops.tries=" + TRIES);
    countries = Fixtures.knowledge().countries().stream().map(Country::code).collect(Collectors.toSet());
  }

  static Stream<String> fixtures() {
    return Stream.concat(Fixtures.caseNames().stream(), Fixtures.stageNames().stream());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("fixtures")
  void contractsHoldForFixtureAndItsMutations(String name) {
    AnnotatedDoc original = Fixtures.doc(name);
    check(original, name + " (unmutated)");
    Random random = new Random(SEED ^ name.hashCode());
    DocMutator mutator = new DocMutator(random);
    for (int i = 0; i < TRIES; i++) {
      List<String> applied = new ArrayList<>();
      AnnotatedDoc mutated = mutator.mutate(original, applied);
      String what = name + " mutation " + i + " " + applied + " with -Dprops.seed=" + SEED;
      assertEquals(mutated, AnnotatedDocJson.read(AnnotatedDocJson.write(mutated)),
          () -> "the mutated document is not valid input: " + what);
      MUTATED_EVENTS.addAndGet(check(mutated, what));
    }
  }

  /** Guards the harness itself: the mutations must leave enough structure for events to be coded and checked. */
  @AfterAll
  static void mutatedDocumentsStillYieldEvents() {
    System.out.println("CoderPropertiesTest: " + MUTATED_EVENTS.get() + " events of mutated documents checked");
    if (MUTATED_EVENTS.get() == 0) fail("no mutated document yielded an event; the properties were not exercised");
  }

  private static int check(AnnotatedDoc doc, String what) {
    List<Event> events;
    try {
      events = Fixtures.coder().code(doc);
    } catch (RuntimeException e) {
      throw new AssertionError("coder threw on " + what + ": " + e, e);
    }
    String text = doc.article().text();
    Set<String> ids = new HashSet<>();
    Event previous = null;
    for (Event e : events) {
      String where = what + ", event " + e.eventId() + " (" + e.cameo() + " in sentence " + e.sentence() + ")";
      if (e.span().end() > text.length()) fail("span " + e.span() + " outside the text of " + text.length() + " chars: " + where);
      if (!e.span().contains(e.trigger())) fail("span " + e.span() + " does not contain trigger " + e.trigger() + ": " + where);
      if (Fixtures.ontology().find(e.cameo()).isEmpty()) fail("unknown CAMEO code " + e.cameo() + ": " + where);
      for (Actor a : Arrays.asList(e.source(), e.target(), e.attributedTo())) {
        if (a != null && a.country() != null && !countries.contains(a.country())) {
          fail("actor country " + a.country() + " of " + a.code() + " is not a known country: " + where);
        }
      }
      if (!ids.add(e.eventId())) fail("duplicate event id: " + where);
      if (previous != null && (previous.sentence() > e.sentence()
          || previous.sentence() == e.sentence() && previous.trigger().start() > e.trigger().start())) {
        fail("events out of order: " + previous.eventId() + " before " + e.eventId() + " in " + what);
      }
      previous = e;
    }
    assertEquals(events, Fixtures.coder().code(doc), () -> "coding twice gave different events: " + what);
    return events.size();
  }
}
