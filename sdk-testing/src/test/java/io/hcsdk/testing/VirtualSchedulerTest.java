package io.hcsdk.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class VirtualSchedulerTest {
  private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");

  private final FakeTime time = new FakeTime(T0);
  private final AtomicBoolean busy = new AtomicBoolean();
  private final VirtualScheduler scheduler = new VirtualScheduler(time, busy::get);

  @AfterEach
  void stop() {
    scheduler.shutdownNow();
  }

  @Test
  void aTaskHoursAheadRunsAtOnceAndTimeJumpsToIt() throws Exception {
    ScheduledFuture<Instant> at = scheduler.schedule(time::instant, 3, TimeUnit.HOURS);

    assertThat(at.get(10, TimeUnit.SECONDS)).isEqualTo(T0.plus(Duration.ofHours(3)));
    assertThat(time.instant()).isEqualTo(T0.plus(Duration.ofHours(3)));
  }

  @Test
  void tasksRunInTheOrderOfTheirTimes() throws Exception {
    List<String> order = new CopyOnWriteArrayList<>();
    CountDownLatch done = new CountDownLatch(3);
    for (String name : List.of("c:30", "a:10", "b:20")) {
      long seconds = Long.parseLong(name.substring(2));
      scheduler.schedule(() -> {
        order.add(name.substring(0, 1));
        done.countDown();
      }, seconds, TimeUnit.SECONDS);
    }

    assertThat(done.await(10, TimeUnit.SECONDS)).isTrue();
    assertThat(order).containsExactly("a", "b", "c");
  }

  @Test
  void aCancelledTaskNeverMovesTime() throws Exception {
    ScheduledFuture<?> deadline = scheduler.schedule(() -> { }, 2, TimeUnit.MINUTES);
    deadline.cancel(false);
    ScheduledFuture<Instant> poll = scheduler.schedule(time::instant, 2, TimeUnit.SECONDS);

    assertThat(poll.get(10, TimeUnit.SECONDS)).isEqualTo(T0.plusSeconds(2));
    assertThat(scheduler.pending()).isZero();
    assertThat(time.instant()).isEqualTo(T0.plusSeconds(2));
  }

  @Test
  void timeWaitsForOutsideWorkToFinish() throws Exception {
    busy.set(true);
    ScheduledFuture<Instant> later = scheduler.schedule(time::instant, 1, TimeUnit.MINUTES);
    CompletableFuture<Void> work = CompletableFuture.runAsync(() -> {
      time.advance(Duration.ofSeconds(5)); // what the outside work did to the clock meanwhile
      busy.set(false);
    });

    work.get(10, TimeUnit.SECONDS);
    assertThat(later.get(10, TimeUnit.SECONDS)).isEqualTo(T0.plus(Duration.ofMinutes(1)));
  }

  @Test
  void periodicTasksRepeatOnVirtualTime() throws Exception {
    List<Instant> ticks = new CopyOnWriteArrayList<>();
    CountDownLatch three = new CountDownLatch(3);
    ScheduledFuture<?> ticking = scheduler.scheduleAtFixedRate(() -> {
      ticks.add(time.instant());
      three.countDown();
    }, 10, 10, TimeUnit.SECONDS);

    assertThat(three.await(10, TimeUnit.SECONDS)).isTrue();
    ticking.cancel(false);
    assertThat(ticks.subList(0, 3)).containsExactly(T0.plusSeconds(10), T0.plusSeconds(20), T0.plusSeconds(30));
  }

  @Test
  void aShutDownSchedulerRejectsNewWork() throws Exception {
    scheduler.schedule(() -> { }, 1, TimeUnit.DAYS);
    busy.set(true);

    assertThat(scheduler.shutdownNow()).hasSize(1);
    assertThat(scheduler.isShutdown()).isTrue();
    assertThatThrownBy(() -> scheduler.execute(() -> { })).isInstanceOf(RejectedExecutionException.class);
    assertThat(scheduler.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
  }
}
