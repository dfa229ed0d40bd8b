package io.hcsdk.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * Every request the simulator received, in arrival order, with the assertions tests need most. The
 * assertions throw {@link AssertionError} listing what was received (method, path, status, operation;
 * never headers or bodies, which hold credentials), so they work with any test framework.
 *
 * <pre>{@code
 * sim.requests().assertCount("CreateEndpoint", 1);          // sent exactly once, retries included
 * sim.requests().assertNone("DeleteEndpoint");
 * sim.requests().assertEvery("ShowEndpoint", r -> r.header("X-Auth-Token") != null, "carries a token");
 * }</pre>
 */
public final class RecordedRequests {
  private final List<CapturedRequest> requests = new ArrayList<>();
  private int taken;
  private int refused;

  synchronized void add(CapturedRequest request) {
    requests.add(request);
    notifyAll();
  }

  synchronized void addRefused() {
    refused++;
  }

  /** Every request so far (a copy). */
  public synchronized List<CapturedRequest> all() {
    return List.copyOf(requests);
  }

  /** The requests routed to {@code operationId}. */
  public synchronized List<CapturedRequest> of(String operationId) {
    return requests.stream().filter(r -> r.is(operationId)).toList();
  }

  public synchronized int count() {
    return requests.size();
  }

  public synchronized int count(String operationId) {
    return (int) requests.stream().filter(r -> r.is(operationId)).count();
  }

  /**
   * Blocks until {@code count} requests routed to {@code operationId} have arrived, e.g. to act while a
   * delayed answer is still pending (a request is recorded before its answer is written or delayed).
   *
   * @throws AssertionError when they have not arrived within {@code timeout}
   * @throws InterruptedException when the waiting thread is interrupted
   */
  public synchronized RecordedRequests awaitCount(String operationId, int count, java.time.Duration timeout)
      throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (count(operationId) < count) {
      long left = deadline - System.nanoTime();
      if (left <= 0) {
        throw new AssertionError("Expected " + count + " " + operationId + " request(s) within " + timeout
            + " but the simulator received " + count(operationId) + ":\n" + listing());
      }
      java.util.concurrent.TimeUnit.NANOSECONDS.timedWait(this, left);
    }
    return this;
  }

  /** Connections refused by a {@link Fault#refuse()} fault: those requests never arrived. */
  public synchronized int refusedCount() {
    return refused;
  }

  /** The last request routed to {@code operationId}. */
  public synchronized Optional<CapturedRequest> last(String operationId) {
    for (int i = requests.size() - 1; i >= 0; i--) {
      if (requests.get(i).is(operationId)) {
        return Optional.of(requests.get(i));
      }
    }
    return Optional.empty();
  }

  /**
   * The oldest request not yet taken. Requests are recorded before their answer is written, so after
   * a synchronous call returns its request is here.
   *
   * @throws IllegalStateException when there is none
   */
  public synchronized CapturedRequest take() {
    if (taken >= requests.size()) {
      throw new IllegalStateException("No request left to take");
    }
    return requests.get(taken++);
  }

  /** Forgets every request (state and faults stay). */
  public synchronized void clear() {
    requests.clear();
    taken = 0;
    refused = 0;
  }

  /** Asserts that exactly {@code expected} requests were routed to {@code operationId}. */
  public synchronized RecordedRequests assertCount(String operationId, int expected) {
    int actual = count(operationId);
    if (actual != expected) {
      throw new AssertionError("Expected " + expected + " " + operationId + " request(s) but the simulator received "
          + actual + ":\n" + listing());
    }
    return this;
  }

  /** Asserts that no request was routed to {@code operationId}. */
  public RecordedRequests assertNone(String operationId) {
    return assertCount(operationId, 0);
  }

  /** Asserts that at least one request reached {@code operationId} and every one satisfies {@code check}. */
  public synchronized RecordedRequests assertEvery(String operationId, Predicate<CapturedRequest> check,
      String description) {
    List<CapturedRequest> matching = of(operationId);
    if (matching.isEmpty()) {
      throw new AssertionError("Expected " + operationId + " requests that " + description + ", but none arrived:\n"
          + listing());
    }
    List<CapturedRequest> failing = matching.stream().filter(check.negate()).toList();
    if (!failing.isEmpty()) {
      throw new AssertionError(failing.size() + " of " + matching.size() + " " + operationId + " request(s) do not "
          + description + ": " + failing);
    }
    return this;
  }

  /** Asserts that nothing at all was received (input that must be rejected before sending). */
  public synchronized RecordedRequests assertNothingReceived() {
    if (!requests.isEmpty()) {
      throw new AssertionError("Expected no request, but the simulator received:\n" + listing());
    }
    return this;
  }

  private String listing() {
    if (requests.isEmpty()) {
      return "  (nothing)";
    }
    return requests.stream().map(r -> "  " + r).collect(Collectors.joining("\n"));
  }

  @Override
  public synchronized String toString() {
    return "RecordedRequests[" + requests.size() + "]";
  }
}
