package io.hcsdk.core.poll;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * How a successful wait ended. Normally the resource reached a success status, and
 * {@link #resource()} holds it as last seen. A wait that treats 404 as success (a delete) may end
 * with the resource {@linkplain #isGone() gone}: then {@code resource()} and {@code status()} are
 * empty. A create waiter never ends gone, so {@code waitFor(...).resource().orElseThrow()} is safe.
 * A status declared as success with a warning (ModelArts {@code concerning}) ends the wait too, with
 * {@link #warning()} saying why it deserves a look.
 */
public final class WaitResult<T> {
  private final T resource;
  private final String status;
  private final int polls;
  private final Duration elapsed;
  private final String warning;

  private WaitResult(T resource, String status, int polls, Duration elapsed, String warning) {
    this.resource = resource;
    this.status = status;
    this.polls = polls;
    this.elapsed = Objects.requireNonNull(elapsed, "elapsed");
    this.warning = warning;
  }

  static <T> WaitResult<T> reached(T resource, String status, int polls, Duration elapsed) {
    return new WaitResult<>(Objects.requireNonNull(resource, "resource"), status, polls, elapsed, null);
  }

  static <T> WaitResult<T> reachedWithWarning(T resource, String status, int polls, Duration elapsed, String warning) {
    return new WaitResult<>(Objects.requireNonNull(resource, "resource"), status, polls, elapsed,
        Objects.requireNonNull(warning, "warning"));
  }

  static <T> WaitResult<T> gone(int polls, Duration elapsed) {
    return new WaitResult<>(null, null, polls, elapsed, null);
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

  /** Why the success deserves a look (the status and the resource's own message), for a success with a warning. */
  public Optional<String> warning() {
    return Optional.ofNullable(warning);
  }

  public int polls() {
    return polls;
  }

  public Duration elapsed() {
    return elapsed;
  }

  @Override
  public String toString() {
    return (isGone() ? "gone" : "reached " + status) + (warning == null ? "" : " (with a warning)") + " after "
        + Durations.format(elapsed) + ", " + polls + (polls == 1 ? " poll" : " polls");
  }
}
