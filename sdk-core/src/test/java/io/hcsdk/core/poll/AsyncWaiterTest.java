package io.hcsdk.core.poll;

import static io.hcsdk.core.poll.Fixtures.Res;
import static io.hcsdk.core.poll.Fixtures.Script;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hcsdk.core.FakeTime;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class AsyncWaiterTest {
  private final FakeTime time = new FakeTime(Instant.parse("2024-05-01T08:00:00Z"));
  private final ManualScheduler scheduler = new ManualScheduler(time);

  private Waiter.Builder<Res> untilRunning() {
    return Waiter.<Res>builder()
        .statusOf(Res::status)
        .successOn("RUNNING")
        .failureOn("CREATE_FAILED")
        .errorCodeOf(Res::errorCode)
        .errorMessageOf(Res::errorMsg)
        .description("endpoint ep-1")
        .policy(WaitPolicy.defaults().newBuilder().jitter(0).build())
        .clock(time)
        .sleeper(d -> {
          throw new AssertionError("the async form must not sleep");
        })
        .scheduler(scheduler);
  }

  @Test
  void succeedsOnTheSchedulerWithTheSameSchedule() throws Exception {
    Script poll = new Script(Res.of("CREATING"), Fixtures.serverError(), Res.of("RUNNING"));

    CompletableFuture<WaitResult<Res>> result = untilRunning().build().waitForAsync(poll.async());
    assertThat(result).isNotDone();
    scheduler.runAll();

    assertThat(result).isCompleted();
    assertThat(result.get().status()).contains("RUNNING");
    assertThat(result.get().polls()).isEqualTo(3);
    assertThat(result.get().elapsed()).isEqualTo(Duration.ofMillis(9500));
    assertThat(scheduler.delays()).containsExactly(Duration.ofSeconds(2), Duration.ofSeconds(3), Duration.ofMillis(4500));
  }

  @Test
  void failureStatusAndTimeoutCompleteTheFutureExceptionally() {
    CompletableFuture<WaitResult<Res>> failed = untilRunning().build()
        .waitForAsync(new Script(Res.failed("CREATE_FAILED", "Fabric.1", "no quota")).async());
    CompletableFuture<WaitResult<Res>> timedOut = untilRunning().build()
        .waitForAsync(Script.statuses("CREATING").async(), Duration.ofMinutes(1));
    scheduler.runAll();

    assertThatThrownBy(failed::get).isInstanceOf(ExecutionException.class)
        .cause().isInstanceOfSatisfying(WaiterFailedException.class, e -> assertThat(e.errorCode()).contains("Fabric.1"));
    assertThatThrownBy(timedOut::get).isInstanceOf(ExecutionException.class)
        .cause().isInstanceOfSatisfying(WaiterTimeoutException.class, e -> {
          assertThat(e.lastStatus()).contains("CREATING");
          assertThat(e.polls()).isEqualTo(8);
        });
  }

  @Test
  void aSupplierThatThrowsIsTreatedLikeAFailedPoll() throws Exception {
    Script poll = new Script(Fixtures.transportError(), Res.of("RUNNING"));

    CompletableFuture<WaitResult<Res>> result = untilRunning().build().waitForAsync(() -> {
      Res res = poll.get(); // throws synchronously on the first call
      return CompletableFuture.completedFuture(res);
    });
    scheduler.runAll();

    assertThat(result.get().polls()).isEqualTo(2);
  }

  @Test
  void cancellingStopsPollingAndCancelsThePollInFlight() {
    List<CompletableFuture<Res>> calls = new ArrayList<>();
    CompletableFuture<WaitResult<Res>> result = untilRunning().build().waitForAsync(() -> {
      CompletableFuture<Res> call = new CompletableFuture<>();
      calls.add(call);
      return call;
    });
    scheduler.runNext(); // the first poll starts and hangs

    result.cancel(true);
    scheduler.runAll();

    assertThat(calls).hasSize(1);
    assertThat(calls.get(0)).isCancelled();
    assertThat(scheduler.pending()).isZero();
  }

  @Test
  void cancellingBetweenPollsCancelsTheTimer() {
    Script poll = Script.statuses("CREATING");
    CompletableFuture<WaitResult<Res>> result = untilRunning().build().waitForAsync(poll.async());
    scheduler.runNext();
    scheduler.runNext();
    assertThat(poll.calls()).isEqualTo(2);
    assertThat(scheduler.pending()).isEqualTo(1);

    result.cancel(false);

    assertThat(scheduler.pending()).isZero();
    assertThat(scheduler.runAll()).isZero();
    assertThat(poll.calls()).isEqualTo(2);
  }

  @Test
  void aStatusFunctionThatThrowsCompletesTheFuture() {
    IllegalStateException bug = new IllegalStateException("status accessor bug");
    CompletableFuture<WaitResult<Res>> result = untilRunning().statusOf(r -> {
      throw bug;
    }).build().waitForAsync(Script.statuses("CREATING").async());

    scheduler.runAll();

    assertThatThrownBy(() -> result.get(5, TimeUnit.SECONDS)).hasCause(bug);
    assertThat(scheduler.pending()).isZero();
  }

  @Test
  void errorFieldFunctionsThatThrowStillEndTheWaitOnTheFailureStatus() {
    CompletableFuture<WaitResult<Res>> result = untilRunning()
        .errorCodeOf(r -> {
          throw new IllegalStateException("error code accessor bug");
        })
        .errorMessageOf(r -> null) // a broken accessor that returns null instead of an Optional
        .build().waitForAsync(Script.statuses("CREATE_FAILED").async());

    scheduler.runAll();

    assertThatThrownBy(() -> result.get(5, TimeUnit.SECONDS)).cause().isInstanceOfSatisfying(WaiterFailedException.class, e -> {
      assertThat(e.reason()).isEqualTo(WaiterFailedException.Reason.FAILURE_STATUS);
      assertThat(e.lastStatus()).contains("CREATE_FAILED");
      assertThat(e.errorCode()).isEmpty();
      assertThat(e.getSuppressed()).hasSize(2);
    });
  }

  @Test
  void anErrorThrownByThePollCompletesTheFuture() {
    CompletableFuture<WaitResult<Res>> result = untilRunning().build().waitForAsync(() -> {
      throw new AssertionError("poll bug");
    });

    scheduler.runAll();

    assertThatThrownBy(() -> result.get(5, TimeUnit.SECONDS)).hasCauseInstanceOf(AssertionError.class);
  }

  @Test
  void theCallerCompletingTheFutureStopsPollingAndCancelsThePollInFlight() {
    List<CompletableFuture<Res>> calls = new ArrayList<>();
    CompletableFuture<WaitResult<Res>> result = untilRunning().build().waitForAsync(() -> {
      CompletableFuture<Res> call = new CompletableFuture<>();
      calls.add(call);
      return call;
    });
    scheduler.runNext();

    result.completeExceptionally(new IllegalStateException("caller gave up"));
    scheduler.runAll();

    assertThat(calls).hasSize(1);
    assertThat(calls.get(0)).isCancelled();
    assertThat(scheduler.pending()).isZero();
  }

  @Test
  void anOrTimeoutOnTheFutureCancelsThePollInFlight() {
    CompletableFuture<Res> call = new CompletableFuture<>();
    CompletableFuture<WaitResult<Res>> result = untilRunning().build().waitForAsync(() -> call);
    scheduler.runNext(); // the poll hangs; the wait's own timeout is far away

    result.orTimeout(1, TimeUnit.MILLISECONDS);

    assertThatThrownBy(() -> call.get(5, TimeUnit.SECONDS)).isInstanceOf(java.util.concurrent.CancellationException.class);
    assertThat(result).isCompletedExceptionally();
  }

  @Test
  void aNormalCompletionByTheCallerBetweenPollsCancelsTheTimer() throws Exception {
    // What completeOnTimeout does when its time comes; called directly to stay on this thread.
    Script poll = Script.statuses("CREATING");
    CompletableFuture<WaitResult<Res>> result = untilRunning().build().waitForAsync(poll.async());
    scheduler.runNext();
    assertThat(scheduler.pending()).isEqualTo(1);

    result.complete(null);

    assertThat(result.get()).isNull();
    assertThat(scheduler.pending()).isZero();
    assertThat(scheduler.runAll()).isZero();
    assertThat(poll.calls()).isEqualTo(1);
  }

  @Test
  void aPollThatNeverAnswersIsBoundedByTheTimeout() {
    CompletableFuture<Res> hung = new CompletableFuture<>();
    Waiter<Res> waiter = untilRunning()
        .policy(WaitPolicy.builder().initialDelay(Duration.ofMillis(1)).jitter(0).minPollTime(Duration.ofMillis(1)).build())
        .build();

    // Real time: the JDK's delayer enforces the rest of a 100 ms timeout on the hung poll.
    CompletableFuture<WaitResult<Res>> result = waiter.waitForAsync(() -> hung, Duration.ofMillis(100));
    scheduler.runNext();

    assertThatThrownBy(() -> result.get(5, TimeUnit.SECONDS)).isInstanceOf(ExecutionException.class)
        .cause().isInstanceOf(WaiterTimeoutException.class);
    assertThat(hung).isCancelled();
  }

  @Test
  void progressEventsInTheAsyncForm() {
    List<StatusChange> events = new ArrayList<>();
    untilRunning().listener(events::add).build().waitForAsync(Script.statuses("CREATING", "CREATING", "RUNNING").async());
    scheduler.runAll();

    assertThat(events).extracting(StatusChange::current, StatusChange::elapsed)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("CREATING", Duration.ofSeconds(2)),
            org.assertj.core.groups.Tuple.tuple("RUNNING", Duration.ofMillis(9500)));
  }

  @Test
  void aThousandConcurrentWaitsShareTwoThreads() throws Exception {
    ScheduledThreadPoolExecutor pool = new ScheduledThreadPoolExecutor(2);
    try {
      Waiter<Res> waiter = Waiter.<Res>builder().statusOf(Res::status).successOn("RUNNING")
          .policy(WaitPolicy.builder().initialDelay(Duration.ofMillis(1)).multiplier(1)
              .maxInterval(Duration.ofMillis(1)).jitter(0).build())
          .clock(Clock.systemUTC()).scheduler(pool).build();
      Set<Thread> pollThreads = ConcurrentHashMap.newKeySet();
      AtomicInteger polls = new AtomicInteger();
      List<CompletableFuture<WaitResult<Res>>> waits = new ArrayList<>();
      for (int i = 0; i < 1000; i++) {
        AtomicInteger mine = new AtomicInteger();
        waits.add(waiter.waitForAsync(() -> {
          pollThreads.add(Thread.currentThread());
          polls.incrementAndGet();
          return CompletableFuture.completedFuture(Res.of(mine.incrementAndGet() < 3 ? "CREATING" : "RUNNING"));
        }, Duration.ofMinutes(1)));
      }

      CompletableFuture.allOf(waits.toArray(CompletableFuture[]::new)).get(20, TimeUnit.SECONDS);

      assertThat(waits).allSatisfy(w -> assertThat(w.join().status()).contains("RUNNING"));
      assertThat(polls).hasValue(3000);
      assertThat(pollThreads).hasSizeLessThanOrEqualTo(2);
      assertThat(pool.getLargestPoolSize()).isLessThanOrEqualTo(2);
    } finally {
      pool.shutdownNow();
    }
  }
}
