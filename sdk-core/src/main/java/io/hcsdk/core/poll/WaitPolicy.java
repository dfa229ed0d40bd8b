package io.hcsdk.core.poll;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.DoubleSupplier;

/**
 * How patiently a {@link Waiter} polls: the schedule (initial delay, growth, cap, jitter), the
 * overall timeout and how many transient errors in a row it tolerates. Immutable; change a copy
 * with {@link #newBuilder()}.
 *
 * <p>The k-th sleep (k = 0 before the first poll) is {@code min(initialDelay * multiplier^k,
 * maxInterval)}, then shortened by a random fraction of at most {@code jitter} so that many
 * clients started together spread out; jitter only shortens, so {@code maxInterval} holds.
 */
public final class WaitPolicy {
  private static final WaitPolicy DEFAULTS = builder().build();

  private final Duration initialDelay;
  private final double multiplier;
  private final Duration maxInterval;
  private final double jitter;
  private final DoubleSupplier jitterSource;
  private final Duration timeout;
  private final int maxConsecutiveFailures;
  private final Duration minPollTime;

  private WaitPolicy(Builder b) {
    this.initialDelay = b.initialDelay;
    this.multiplier = b.multiplier;
    this.maxInterval = b.maxInterval;
    this.jitter = b.jitter;
    this.jitterSource = b.jitterSource;
    this.timeout = b.timeout;
    this.maxConsecutiveFailures = b.maxConsecutiveFailures;
    this.minPollTime = b.minPollTime;
  }

  /**
   * First poll after 2 s, then x1.5 up to 15 s, 20% jitter, 30 minutes overall, 5 errors in a row,
   * each poll given at least 2 s.
   */
  public static WaitPolicy defaults() {
    return DEFAULTS;
  }

  public static Builder builder() {
    return new Builder();
  }

  public Builder newBuilder() {
    return new Builder(this);
  }

  public Duration initialDelay() {
    return initialDelay;
  }

  public double multiplier() {
    return multiplier;
  }

  public Duration maxInterval() {
    return maxInterval;
  }

  /** Fraction in [0, 1] by which a sleep may be shortened at random. */
  public double jitter() {
    return jitter;
  }

  public Duration timeout() {
    return timeout;
  }

  /** The wait gives up when this many polls in a row fail with a transient error. */
  public int maxConsecutiveFailures() {
    return maxConsecutiveFailures;
  }

  /**
   * The least time a poll's call is given. Each poll may take what is left of the wait, so a wait
   * ends close to its timeout however slow the service is; but the last poll, made at the deadline,
   * still gets this long to answer. A wait thus ends at most this long after its timeout.
   */
  public Duration minPollTime() {
    return minPollTime;
  }

  /** The sleep before poll number {@code index + 1}, jitter applied. */
  public Duration delay(int index) {
    double nanos = initialDelay.toNanos() * Math.pow(multiplier, Math.max(0, index));
    nanos = Math.min(nanos, (double) maxInterval.toNanos());
    if (jitter > 0) {
      double u = Math.min(1.0, Math.max(0.0, jitterSource.getAsDouble()));
      nanos *= 1.0 - jitter * u;
    }
    return Duration.ofNanos(Math.max(1L, Math.round(nanos)));
  }

  @Override
  public String toString() {
    return "WaitPolicy{initialDelay=" + initialDelay + ", multiplier=" + multiplier + ", maxInterval="
        + maxInterval + ", jitter=" + jitter + ", timeout=" + timeout + ", maxConsecutiveFailures="
        + maxConsecutiveFailures + ", minPollTime=" + minPollTime + "}";
  }

  public static final class Builder {
    private Duration initialDelay = Duration.ofSeconds(2);
    private double multiplier = 1.5;
    private Duration maxInterval = Duration.ofSeconds(15);
    private double jitter = 0.2;
    private DoubleSupplier jitterSource = () -> ThreadLocalRandom.current().nextDouble();
    private Duration timeout = Duration.ofMinutes(30);
    private int maxConsecutiveFailures = 5;
    private Duration minPollTime = Duration.ofSeconds(2);

    private Builder() {}

    private Builder(WaitPolicy p) {
      initialDelay = p.initialDelay;
      multiplier = p.multiplier;
      maxInterval = p.maxInterval;
      jitter = p.jitter;
      jitterSource = p.jitterSource;
      timeout = p.timeout;
      maxConsecutiveFailures = p.maxConsecutiveFailures;
      minPollTime = p.minPollTime;
    }

    /** Sleep before the first poll; positive. */
    public Builder initialDelay(Duration initialDelay) {
      this.initialDelay = positive(initialDelay, "initialDelay");
      return this;
    }

    /** Growth factor of the interval; at least 1. */
    public Builder multiplier(double multiplier) {
      if (!(multiplier >= 1.0) || Double.isInfinite(multiplier)) {
        throw new IllegalArgumentException("multiplier must be a finite number >= 1: " + multiplier);
      }
      this.multiplier = multiplier;
      return this;
    }

    public Builder maxInterval(Duration maxInterval) {
      this.maxInterval = positive(maxInterval, "maxInterval");
      return this;
    }

    /** Fraction in [0, 1] by which each sleep may be shortened; 0 disables jitter. */
    public Builder jitter(double jitter) {
      if (!(jitter >= 0.0 && jitter <= 1.0)) {
        throw new IllegalArgumentException("jitter must be in [0, 1]: " + jitter);
      }
      this.jitter = jitter;
      return this;
    }

    /** Source of uniform values in [0, 1) for jitter; inject a fixed one for deterministic tests. */
    public Builder jitterSource(DoubleSupplier jitterSource) {
      this.jitterSource = Objects.requireNonNull(jitterSource, "jitterSource");
      return this;
    }

    /** Bound on the whole wait; a call may override it. */
    public Builder timeout(Duration timeout) {
      this.timeout = positive(timeout, "timeout");
      return this;
    }

    /** Number of transient errors in a row that ends the wait; at least 1. */
    public Builder maxConsecutiveFailures(int maxConsecutiveFailures) {
      if (maxConsecutiveFailures < 1) {
        throw new IllegalArgumentException("maxConsecutiveFailures must be >= 1: " + maxConsecutiveFailures);
      }
      this.maxConsecutiveFailures = maxConsecutiveFailures;
      return this;
    }

    /** The least time a poll's call is given, also at the deadline; positive (default 2 s). */
    public Builder minPollTime(Duration minPollTime) {
      this.minPollTime = positive(minPollTime, "minPollTime");
      return this;
    }

    public WaitPolicy build() {
      if (maxInterval.compareTo(initialDelay) < 0) {
        throw new IllegalArgumentException("maxInterval " + maxInterval + " is shorter than initialDelay " + initialDelay);
      }
      return new WaitPolicy(this);
    }

    static Duration positive(Duration d, String name) {
      Objects.requireNonNull(d, name);
      if (d.isNegative() || d.isZero()) {
        throw new IllegalArgumentException(name + " must be positive: " + d);
      }
      return d;
    }
  }
}
