package io.hcsdk.testing;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;

/**
 * Queued one-shot faults, consumed by the next requests on either host in arrival order. Its own
 * lock, not the state lock: a fault must be served even while state is busy.
 */
final class FaultInjector {
  private static final class Fault {
    final SimResponse response;
    int remaining;

    Fault(SimResponse response, int remaining) {
      this.response = response;
      this.remaining = remaining;
    }
  }

  private final Deque<Fault> queue = new ArrayDeque<>();

  synchronized void add(int count, SimResponse response) {
    if (count < 1) {
      throw new IllegalArgumentException("count must be at least 1: " + count);
    }
    queue.addLast(new Fault(response, count));
  }

  /** The fault for this request, if one is queued; consumes one use of it. */
  synchronized Optional<SimResponse> next() {
    Fault head = queue.peekFirst();
    if (head == null) {
      return Optional.empty();
    }
    if (--head.remaining == 0) {
      queue.removeFirst();
    }
    return Optional.of(head.response);
  }

  synchronized int pending() {
    return queue.stream().mapToInt(f -> f.remaining).sum();
  }

  synchronized void clear() {
    queue.clear();
  }
}
