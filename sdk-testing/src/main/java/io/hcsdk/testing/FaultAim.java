package io.hcsdk.testing;

import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Faults aimed at some operations (by {@code operationId}, as in the specs: {@code CreateEndpoint},
 * {@code ShowDevEnvInstance}, {@code KeystoneCreateUserTokenByPassword}), or at every request, and
 * optionally at one resource. Get one from {@link CloudSimulator#on(String...)} or
 * {@link CloudSimulator#onAny()}; each method arms a rule and returns this aim for more.
 *
 * <pre>{@code
 * sim.on("CreateEndpoint").failNext(1, 500, "{}");
 * sim.on("ShowEndpoint", "ListEndpoints").throttleNext(2, Duration.ofSeconds(1));
 * sim.on("ShowServiceInstance").forResource(instanceId).dropNext(1);
 * }</pre>
 */
public final class FaultAim {
  private final CloudSimulator simulator;
  private final FaultBook book;
  private final Set<String> operations;
  private final Optional<String> resource;

  FaultAim(CloudSimulator simulator, FaultBook book, Set<String> operations, Optional<String> resource) {
    this.simulator = simulator;
    this.book = book;
    this.operations = Set.copyOf(operations);
    this.resource = resource;
  }

  /**
   * Narrows the aim to one resource: an id in the request's path, or the {@code name} /
   * {@code service_name} of a create's body.
   */
  public FaultAim forResource(String idOrName) {
    return new FaultAim(simulator, book, operations, Optional.of(Objects.requireNonNull(idOrName, "idOrName")));
  }

  /** The next {@code count} matching requests meet {@code fault}. */
  public FaultAim next(int count, Fault fault) {
    if (count < 1) {
      throw new IllegalArgumentException("count must be at least 1: " + count);
    }
    book.add(operations, resource, Objects.requireNonNull(fault, "fault"), count, 1.0);
    return this;
  }

  /** Every matching request meets {@code fault} until {@link #clear()} (a storm, an outage). */
  public FaultAim always(Fault fault) {
    book.add(operations, resource, Objects.requireNonNull(fault, "fault"), -1, 1.0);
    return this;
  }

  /**
   * Each matching request meets {@code fault} with this probability, drawn from the simulator's seeded
   * random source ({@link CloudSimulator.Builder#randomSeed(long)}), so a run is repeatable.
   */
  public FaultAim sometimes(double probability, Fault fault) {
    book.add(operations, resource, Objects.requireNonNull(fault, "fault"), -1, probability);
    return this;
  }

  /** The next {@code count} answers are {@code status} with {@code body}. */
  public FaultAim failNext(int count, int status, String body) {
    return next(count, Fault.status(status, body));
  }

  /** As {@link #failNext(int, int, String)} with headers ({@code Retry-After}, a Content-Type). */
  public FaultAim failNext(int count, int status, String body, Map<String, String> headers) {
    return next(count, Fault.status(status, body, headers));
  }

  /** The next {@code count} answers are the gateway's 429 {@code APIG.0308} without {@code Retry-After}. */
  public FaultAim throttleNext(int count) {
    return next(count, Fault.throttle());
  }

  /** The next {@code count} answers are the gateway's 429 with {@code Retry-After} in seconds. */
  public FaultAim throttleNext(int count, Duration retryAfter) {
    return next(count, Fault.throttle(retryAfter));
  }

  /** The next {@code count} answers come after {@code delay} of real time. */
  public FaultAim delayNext(int count, Duration delay) {
    return next(count, Fault.delay(delay));
  }

  /** The next {@code count} requests lose their connection after being read, unanswered and unhandled. */
  public FaultAim dropNext(int count) {
    return next(count, Fault.drop());
  }

  /** The next {@code count} requests are refused before they are sent (clients wired by the simulator). */
  public FaultAim refuseNext(int count) {
    return next(count, Fault.refuse());
  }

  /** The next {@code count} answers carry half their body. */
  public FaultAim truncateNext(int count) {
    return next(count, Fault.truncate());
  }

  /** The next {@code count} answers are a proxy's HTML page with {@code status}. */
  public FaultAim htmlNext(int count, int status) {
    return next(count, Fault.html(status));
  }

  /** The next {@code count} answers are cut off in the middle of their body. */
  public FaultAim resetNext(int count) {
    return next(count, Fault.resetMidBody());
  }

  /**
   * Resources created from now on by these operations' families answer Show with the service's 404 for
   * {@code window} (Show calls, or time of the simulator's clock) right after their create: the eventual
   * consistency a waiter must tolerate. Aim it at a create or show operation.
   */
  public FaultAim notFoundAfterCreate(Pace window) {
    if (operations.isEmpty()) {
      throw new IllegalArgumentException("notFoundAfterCreate needs an operation of a resource family");
    }
    for (String operation : operations) {
      simulator.hideAfterCreate(operation, Objects.requireNonNull(window, "window"));
    }
    return this;
  }

  /** Disarms the rules armed with exactly these operations (every rule, for {@code onAny()}). */
  public void clear() {
    book.clear(operations);
  }
}
