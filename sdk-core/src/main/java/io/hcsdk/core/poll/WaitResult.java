package io.hcsdk.core.poll;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * How a successful wait ended. Normally the resource reached a success status, and
 * {@link #resource()} holds it as last seen. A wait that treats 404 as success (a delete) may end
 * with the resource {@linkplain #isGone() gone}: then {@code resource()} and {@code status()} are
 * empty. A create waiter never ends gone, so {@code waitFor(...).resource().orElseThrow()} is safe.
 */
public final class WaitResult<T> {
  private final T resource;
  private final String status;
  private final int polls;
  private final Duration elapsed;

  private WaitResult(T resource, String status, int polls, Duration elapsed) {
    this.resource = resource;
    this.status = status;
    this.polls = polls;
    this.elapsed = Objects.requireNonNull(elapsed, "elapsed");
  }

  static <T> WaitResult<T> reached(T resource, String status, int polls, Duration elapsed) {
    return new WaitResult<>(Objects.requireNonNull(resource, "resource"), status, polls, elapsed);
  }

  static <T> WaitResult<T> gone(int polls, Duration elapsed) {
    return new WaitResult<>(null, null, polls, elapsed);
  }

  /** The resource in its final state; empty when it is gone. */
  public Optional<T> resource() {
    return Optional.ofNullable(resource);
  }

  /** Its final status; empty when it is gone (or had no status). */
  public Optional<String> status() {
    return Optional.ofNullable(status);
  }

  /** Whether the wait ended on a 404 that counted as success. */
  public boolean isGone() {
    return resource == null;
  }

  public int polls() {
    return polls;
  }

  public Duration elapsed() {
    return elapsed;
  }

  @Override
  public String toString() {
    return (isGone() ? "gone" : "reached " + status) + " after " + Durations.format(elapsed) + ", " + polls + (polls == 1 ? " poll" : " polls");
  }
}
