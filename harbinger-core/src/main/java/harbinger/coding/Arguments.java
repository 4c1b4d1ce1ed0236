package harbinger.coding;

import java.util.List;

/**
 * Head tokens of the source and target phrases of one trigger (several when the phrase is a coordination:
 * "US and French officials"), and second choices to use when the first ones do not resolve to actors
 * (the participants of a higher clause, the object of a first conjunct). {@code passive} tells that roles
 * were taken from a passive frame.
 */
record Arguments(List<Integer> sources, List<Integer> targets, boolean passive,
                 List<Integer> fallbackSources, List<Integer> fallbackTargets) {
  Arguments {
    sources = List.copyOf(sources);
    targets = List.copyOf(targets);
    fallbackSources = List.copyOf(fallbackSources);
    fallbackTargets = List.copyOf(fallbackTargets);
  }

  Arguments(List<Integer> sources, List<Integer> targets, boolean passive) {
    this(sources, targets, passive, List.of(), List.of());
  }

  Arguments withTargets(List<Integer> newTargets) {
    return new Arguments(sources, newTargets, passive, fallbackSources, fallbackTargets);
  }
}
