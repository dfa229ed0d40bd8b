package io.hcsdk.testing;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;

/**
 * The armed faults, in the order they were armed: the first rule that matches a request (its operation,
 * and its resource when the rule names one) and still has uses left applies. Its own lock: a fault must
 * be served even while the state is busy.
 */
final class FaultBook {
  /** A rule's operations; empty means every operation (and requests no operation matched). */
  private record Rule(Set<String> operations, Optional<String> resource, Fault fault, double probability,
      int[] remaining) {}

  private final List<Rule> rules = new ArrayList<>();
  private final Random random;

  FaultBook(long seed) {
    this.random = new Random(seed);
  }

  /** {@code count} uses (-1: every matching request) with this probability each. */
  synchronized void add(Set<String> operations, Optional<String> resource, Fault fault, int count,
      double probability) {
    if (count == 0 || count < -1) {
      throw new IllegalArgumentException("count must be at least 1: " + count);
    }
    if (probability <= 0 || probability > 1) {
      throw new IllegalArgumentException("probability must be in (0, 1]: " + probability);
    }
    rules.add(new Rule(Set.copyOf(operations), resource, fault, probability, new int[] {count}));
  }

  /**
   * The fault for this request, consuming one use. {@code refusals}: only refusals (asked by the client
   * before sending); otherwise everything but refusals (asked by the server).
   */
  synchronized Optional<Fault> take(Optional<String> operation, Map<String, String> pathParams, JsonNode body,
      boolean refusals) {
    for (Iterator<Rule> it = rules.iterator(); it.hasNext(); ) {
      Rule rule = it.next();
      if ((rule.fault().kind() == Fault.Kind.REFUSE) != refusals || !matches(rule, operation, pathParams, body)) {
        continue;
      }
      if (rule.probability() < 1 && random.nextDouble() >= rule.probability()) {
        continue;
      }
      if (rule.remaining()[0] > 0 && --rule.remaining()[0] == 0) {
        it.remove();
      }
      return Optional.of(rule.fault());
    }
    return Optional.empty();
  }

  /** Whether any refusal is armed: the client-side check costs nothing otherwise. */
  synchronized boolean hasRefusals() {
    return rules.stream().anyMatch(r -> r.fault().kind() == Fault.Kind.REFUSE);
  }

  synchronized int pending() {
    return rules.stream().mapToInt(r -> r.remaining()[0] < 0 ? Integer.MAX_VALUE : r.remaining()[0]).sum();
  }

  synchronized void clear(Set<String> operations) {
    rules.removeIf(r -> operations.isEmpty() || r.operations().equals(operations));
  }

  private static boolean matches(Rule rule, Optional<String> operation, Map<String, String> pathParams,
      JsonNode body) {
    if (!rule.operations().isEmpty() && (operation.isEmpty() || !rule.operations().contains(operation.get()))) {
      return false;
    }
    if (rule.resource().isEmpty()) {
      return true;
    }
    String target = rule.resource().get();
    if (pathParams.containsValue(target)) {
      return true;
    }
    return body != null && (target.equals(body.path("name").asText(null))
        || target.equals(body.path("service_name").asText(null)));
  }
}
