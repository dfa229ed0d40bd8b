package io.hcsdk.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hcsdk.core.Sleeper;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class FakeTimeTest {
  private static final Instant T0 = Instant.parse("2024-05-01T08:00:00Z");

  @Test
  void startsAtTheDefaultOrGivenInstantInUtc() {
    assertThat(new FakeTime().instant()).isEqualTo(Instant.parse("2026-01-01T00:00:00Z"));
    FakeTime time = new FakeTime(T0);
    assertThat(time.instant()).isEqualTo(T0);
    assertThat(time.millis()).isEqualTo(T0.toEpochMilli());
    assertThat(time.getZone()).isEqualTo(ZoneOffset.UTC);
    assertThat(time.withZone(ZoneId.of("Asia/Shanghai"))).isSameAs(time);
  }

  @Test
  void sleepingRecordsAndAdvancesWithoutBlocking() throws InterruptedException {
    FakeTime time = new FakeTime(T0);
    Sleeper sleeper = time.sleeper();
    assertThat(sleeper).isSameAs(time);

    long before = System.nanoTime();
    sleeper.sleep(Duration.ofMinutes(10));
    time.sleep(Duration.ofMillis(1500));

    assertThat(System.nanoTime() - before).isLessThan(TimeUnit.SECONDS.toNanos(5));
    assertThat(time.sleeps()).containsExactly(Duration.ofMinutes(10), Duration.ofMillis(1500));
    assertThat(time.instant()).isEqualTo(T0.plus(Duration.ofMinutes(10)).plusMillis(1500));
  }

  @Test
  void sleepsIsACopy() throws InterruptedException {
    FakeTime time = new FakeTime(T0);
    List<Duration> before = time.sleeps();
    time.sleep(Duration.ofSeconds(1));

    assertThat(before).isEmpty();
    assertThatThrownBy(() -> time.sleeps().clear()).isInstanceOf(UnsupportedOperationException.class);
    assertThat(time.sleeps()).hasSize(1);
  }

  @Test
  void advanceAdvanceToAndSet() {
    FakeTime time = new FakeTime(T0);
    time.advance(Duration.ofSeconds(30));
    assertThat(time.instant()).isEqualTo(T0.plusSeconds(30));

    time.advanceTo(T0.plusSeconds(10)); // earlier: ignored
    assertThat(time.instant()).isEqualTo(T0.plusSeconds(30));
    time.advanceTo(T0.plusSeconds(90));
    assertThat(time.instant()).isEqualTo(T0.plusSeconds(90));

    time.set(T0.minusSeconds(5)); // set may go back
    assertThat(time.instant()).isEqualTo(T0.minusSeconds(5));
    assertThat(time.sleeps()).isEmpty();
  }

  @Test
  void hookSeesEachSleepNumberedFromOneAndMayInterrupt() throws InterruptedException {
    FakeTime time = new FakeTime(T0);
    List<String> seen = new ArrayList<>();
    time.onSleep((n, d) -> {
      seen.add(n + " " + d + " at " + time.instant());
      if (n == 2) {
        throw new InterruptedException("stop");
      }
    });

    time.sleep(Duration.ofSeconds(2));
    assertThatThrownBy(() -> time.sleep(Duration.ofSeconds(3))).isInstanceOf(InterruptedException.class);

    // The hook runs before the clock moves; an interrupted sleep is neither recorded nor advances.
    assertThat(seen).containsExactly("1 PT2S at 2024-05-01T08:00:00Z", "2 PT3S at 2024-05-01T08:00:02Z");
    assertThat(time.sleeps()).containsExactly(Duration.ofSeconds(2));
    assertThat(time.instant()).isEqualTo(T0.plusSeconds(2));

    time.onSleep((n, d) -> { });
    time.sleep(Duration.ofSeconds(3));
    assertThat(time.sleeps()).containsExactly(Duration.ofSeconds(2), Duration.ofSeconds(3));
  }

  @Test
  void concurrentSleepsAndAdvancesAreAllCounted() throws Exception {
    FakeTime time = new FakeTime(T0);
    int threads = 8;
    int perThread = 500;
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<?>> futures = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        boolean sleeping = t % 2 == 0;
        futures.add(pool.submit(() -> {
          for (int i = 0; i < perThread; i++) {
            if (sleeping) {
              time.sleep(Duration.ofMillis(1));
            } else {
              time.advance(Duration.ofMillis(1));
            }
          }
          return null;
        }));
      }
      for (Future<?> f : futures) {
        f.get(30, TimeUnit.SECONDS);
      }
    } finally {
      pool.shutdownNow();
    }

    assertThat(time.sleeps()).hasSize(threads / 2 * perThread);
    assertThat(time.instant()).isEqualTo(T0.plusMillis((long) threads * perThread));
  }
}
