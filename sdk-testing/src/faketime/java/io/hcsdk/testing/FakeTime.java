package io.hcsdk.testing;

import io.hcsdk.core.Sleeper;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A fake {@link Clock} and {@link Sleeper} for tests: time moves only when the test (or a sleep)
 * moves it. Plug it into {@code ClientConfig.builder().clock(time).sleeper(time)} so retries and
 * waiters run instantly: each {@link #sleep} records the duration (see {@link #sleeps()}) and
 * advances the clock by it instead of blocking.
 *
 * <pre>{@code
 * FakeTime time = new FakeTime();
 * try (CloudSimulator sim = CloudSimulator.builder().virtualTime(time).start()) {
 *   ClientConfig config = sim.clientConfig(AuthMode.TOKEN); // shares time: its clock, sleeper and scheduler
 *   sim.throttleNext(1); // the client retries at once instead of waiting
 *   // ... make a call ...
 *   assertThat(time.sleeps()).hasSize(1);
 * }
 * }</pre>
 *
 * <p>Safe to share between threads: the current instant is held atomically and sleeps are
 * recorded in a concurrent list. {@link #getZone()} is UTC; {@link #withZone} returns this same
 * clock so the time stays shared.
 */
public final class FakeTime extends Clock implements Sleeper {
  private static final Instant DEFAULT_START = Instant.parse("2026-01-01T00:00:00Z");

  private final AtomicReference<Instant> now;
  private final List<Duration> sleeps = new CopyOnWriteArrayList<>();
  private final AtomicReference<SleepHook> onSleep = new AtomicReference<>((n, d) -> { });

  /**
   * Runs at each {@link #sleep}, before the sleep is recorded and the clock moves; may throw to
   * simulate an interrupt (the sleep is then neither recorded nor does the clock move).
   */
  @FunctionalInterface
  public interface SleepHook {
    /**
     * Called before sleep number {@code n}.
     *
     * @param n which sleep this is, counting from 1
     * @param d the duration asked for
     * @throws InterruptedException to make this sleep end as if the thread were interrupted
     */
    void before(int n, Duration d) throws InterruptedException;
  }

  /** A fake time starting at 2026-01-01T00:00:00Z. */
  public FakeTime() {
    this(DEFAULT_START);
  }

  /** A fake time starting at {@code start}. */
  public FakeTime(Instant start) {
    this.now = new AtomicReference<>(Objects.requireNonNull(start, "start"));
  }

  /**
   * Runs the {@linkplain #onSleep hook} (with {@code n} = sleeps recorded so far + 1), then records
   * {@code duration} and advances the clock by it; returns at once.
   */
  @Override
  public void sleep(Duration duration) throws InterruptedException {
    Objects.requireNonNull(duration, "duration");
    onSleep.get().before(sleeps.size() + 1, duration);
    sleeps.add(duration);
    advance(duration);
  }

  /** This object as a {@link Sleeper}, for call sites that read better with it. */
  public Sleeper sleeper() {
    return this;
  }

  /** Every duration slept so far, oldest first (a copy). */
  public List<Duration> sleeps() {
    return List.copyOf(sleeps);
  }

  /** Sets the hook run before each sleep, replacing any earlier one. */
  public void onSleep(SleepHook hook) {
    onSleep.set(Objects.requireNonNull(hook, "hook"));
  }

  /** Moves the clock forward (or back, if negative) by {@code duration}. */
  public void advance(Duration duration) {
    Objects.requireNonNull(duration, "duration");
    now.updateAndGet(instant -> instant.plus(duration));
  }

  /** Moves the clock to {@code instant} if that is later than now; never moves it back. */
  public void advanceTo(Instant instant) {
    Objects.requireNonNull(instant, "instant");
    now.accumulateAndGet(instant, (current, target) -> target.isAfter(current) ? target : current);
  }

  /** Sets the clock to {@code instant}, forward or back. */
  public void set(Instant instant) {
    now.set(Objects.requireNonNull(instant, "instant"));
  }

  @Override
  public Instant instant() {
    return now.get();
  }

  /** Always UTC. */
  @Override
  public ZoneId getZone() {
    return ZoneOffset.UTC;
  }

  /** Returns this clock: the zone does not matter to {@link #instant()}, and the time stays shared. */
  @Override
  public Clock withZone(ZoneId zone) {
    return this;
  }

  @Override
  public String toString() {
    return "FakeTime[" + now.get() + "]";
  }
}
