package io.hcsdk.core.http;

import io.hcsdk.core.Sleeper;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** A clock that only moves when the test (or the sleeper) moves it, and a sleeper that records and advances. */
final class FakeTime extends Clock implements Sleeper {
  private volatile Instant now;
  final List<Duration> sleeps = new CopyOnWriteArrayList<>();

  FakeTime(Instant start) {
    this.now = start;
  }

  FakeTime() {
    this(Instant.parse("2026-11-22T00:00:00Z"));
  }

  void advance(Duration duration) {
    now = now.plus(duration);
  }

  @Override
  public void sleep(Duration duration) {
    sleeps.add(duration);
    advance(duration);
  }

  @Override
  public ZoneId getZone() {
    return ZoneOffset.UTC;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    return this;
  }

  @Override
  public Instant instant() {
    return now;
  }
}
