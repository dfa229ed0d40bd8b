package io.hcsdk.testing;

import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * How fast simulated resources move through their transitional statuses (CREATING, PENDING, STARTING,
 * DELETING, ...): after a number of Show calls, or after a duration of the simulator's clock.
 *
 * <ul>
 *   <li>{@code Pace.reads(2)}: a resource stays in each transitional status for 2 Show calls and the
 *       third sees the next status (the default). {@code reads(0)}: every Show moves it one step.
 *   <li>{@code Pace.after(Duration.ofMinutes(3))}: each transitional status lasts 3 minutes of the
 *       simulator's clock. With virtual time (the JUnit extension's default) a client's wait sleeps
 *       through those minutes instantly; with the system clock they are real minutes.
 * </ul>
 *
 * Lists show the current status without moving it, except for time that has passed.
 */
public final class Pace {
  private final int reads;
  private final Duration duration;

  private Pace(int reads, Duration duration) {
    this.reads = reads;
    this.duration = duration;
  }

  /** Each transitional status lasts {@code showCalls} Show calls; the next Show sees the next status. */
  public static Pace reads(int showCalls) {
    if (showCalls < 0) {
      throw new IllegalArgumentException("showCalls must be >= 0: " + showCalls);
    }
    return new Pace(showCalls, null);
  }

  /** Each transitional status lasts {@code duration} of the simulator's clock. */
  public static Pace after(Duration duration) {
    Objects.requireNonNull(duration, "duration");
    if (duration.isNegative()) {
      throw new IllegalArgumentException("duration must not be negative: " + duration);
    }
    return new Pace(0, duration);
  }

  /** Every Show moves a resource one step: {@code reads(0)}. */
  public static Pace instant() {
    return reads(0);
  }

  /**
   * Parses the command line's {@code --pace}: a number of reads ({@code 2}) or a duration with a unit
   * ({@code 500ms}, {@code 30s}, {@code 2m}).
   */
  public static Pace parse(String text) {
    String t = text.trim().toLowerCase(Locale.ROOT);
    try {
      if (t.endsWith("ms")) {
        return after(Duration.ofMillis(Long.parseLong(t.substring(0, t.length() - 2))));
      }
      if (t.endsWith("s")) {
        return after(Duration.ofSeconds(Long.parseLong(t.substring(0, t.length() - 1))));
      }
      if (t.endsWith("m")) {
        return after(Duration.ofMinutes(Long.parseLong(t.substring(0, t.length() - 1))));
      }
      return reads(Integer.parseInt(t));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("A pace is a number of reads (2) or a duration (500ms, 30s, 2m): " + text,
          e);
    }
  }

  /** The number of Show calls, when the pace counts reads. */
  public Optional<Integer> showCalls() {
    return duration == null ? Optional.of(reads) : Optional.empty();
  }

  /** The duration, when the pace counts time. */
  public Optional<Duration> duration() {
    return Optional.ofNullable(duration);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Pace p && p.reads == reads && Objects.equals(p.duration, duration);
  }

  @Override
  public int hashCode() {
    return Objects.hash(reads, duration);
  }

  @Override
  public String toString() {
    return duration == null ? reads + " reads" : duration.toString();
  }
}
