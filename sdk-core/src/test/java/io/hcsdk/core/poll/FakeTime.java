package io.hcsdk.core.poll;

import io.hcsdk.core.Sleeper;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** A clock that moves only when told, and a sleeper that records each sleep and moves the clock. */
final class FakeTime extends Clock {
  private volatile Instant now = Instant.parse("2024-05-01T08:00:00Z");
  private final List<Duration> sleeps = new CopyOnWriteArrayList<>();
  private volatile InterruptingSleep onSleep = (n, d) -> { };

  /** Runs at each sleep (n counts from 1), before the clock moves; may throw to simulate an interrupt. */
  @FunctionalInterface
  interface InterruptingSleep {
    void before(int n, Duration d) throws InterruptedException;
  }

  Sleeper sleeper() {
    return duration -> {
      onSleep.before(sleeps.size() + 1, duration);
      sleeps.add(duration);
      advance(duration);
    };
  }

  void onSleep(InterruptingSleep hook) {
    this.onSleep = hook;
  }

  List<Duration> sleeps() {
    return List.copyOf(sleeps);
  }

  synchronized void advance(Duration d) {
    now = now.plus(d);
  }

  synchronized void advanceTo(Instant instant) {
    if (instant.isAfter(now)) {
      now = instant;
    }
  }

  @Override
  public Instant instant() {
    return now;
  }

  @Override
  public ZoneId getZone() {
    return ZoneOffset.UTC;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    throw new UnsupportedOperationException();
  }
}
