package io.hcsdk.core.poll;

import static io.hcsdk.core.poll.Fixtures.Res;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.hcsdk.testing.FakeTime;
import io.hcsdk.core.error.TransportException;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Issue 7 #8: each poll's call gets the wait's time left, so a wait ends near its timeout. */
class PollTimeBudgetTest {
  private static final WaitPolicy NO_JITTER = WaitPolicy.defaults().newBuilder().jitter(0).build();

  private final FakeTime time = new FakeTime(Instant.parse("2024-05-01T08:00:00Z"));
  private final ManualScheduler scheduler = new ManualScheduler(time);
  private final List<Duration> budgets = new ArrayList<>();

  private Waiter<Res> untilRunning() {
    return Waiter.<Res>builder().statusOf(Res::status).successOn("RUNNING").failureOn("CREATE_FAILED")
        .description("endpoint ep-1").policy(NO_JITTER).clock(time).sleeper(time.sleeper()).scheduler(scheduler).build();
  }

  /** What the HTTP layer does with a call timeout it cannot meet: it spends it all, then fails. */
  private TransportException callTimedOut(Duration budget) {
    time.advance(budget);
    return new TransportException("GET show endpoint exceeded the call timeout of " + budget,
        new IOException("timeout"), true, 1);
  }

  @Test
  void eachSyncPollIsGivenTheTimeLeftOfTheWait() {
    List<Res> answers = List.of(Res.of("CREATING"), Res.of("CREATING"), Res.of("RUNNING"));
    AtomicInteger calls = new AtomicInteger();

    WaitResult<Res> result = untilRunning().waitFor(timeLeft -> {
      budgets.add(timeLeft);
      return answers.get(calls.getAndIncrement());
    }, Duration.ofSeconds(20));

    assertThat(result.status()).contains("RUNNING");
    // Polls at 2 s, 5 s and 9.5 s of a 20 s wait.
    assertThat(budgets).containsExactly(Duration.ofSeconds(18), Duration.ofSeconds(15), Duration.ofMillis(10500));
  }

  @Test
  void aTenSecondWaitWhosePollsHangEndsAtTenSecondsWithTheLastResourceSeen() {
    AtomicInteger calls = new AtomicInteger();

    WaiterTimeoutException e = catchThrowableOfType(WaiterTimeoutException.class, () -> untilRunning().waitFor(timeLeft -> {
      budgets.add(timeLeft);
      if (calls.getAndIncrement() == 0) {
        return Res.of("CREATING");
      }
      throw callTimedOut(timeLeft); // the service hangs from now on
    }, Duration.ofSeconds(10)));

    assertThat(e.elapsed()).isEqualTo(Duration.ofSeconds(10));
    assertThat(e.lastResource(Res.class)).contains(Res.of("CREATING"));
    assertThat(e.lastStatus()).contains("CREATING");
    assertThat(e.getCause()).isInstanceOf(TransportException.class);
    assertThat(e.polls()).isEqualTo(2);
    assertThat(budgets).containsExactly(Duration.ofSeconds(8), Duration.ofSeconds(5));
  }

  @Test
  void aPollThatOverrunsItsBudgetStillEndsTheWaitWithATimeout() {
    WaiterTimeoutException e = catchThrowableOfType(WaiterTimeoutException.class, () -> untilRunning().waitFor(timeLeft -> {
      time.advance(timeLeft.plusSeconds(30)); // ignores its budget and answers late
      return Res.of("CREATING");
    }, Duration.ofSeconds(10)));

    assertThat(e.polls()).isEqualTo(1);
    assertThat(e.lastResource(Res.class)).contains(Res.of("CREATING"));
    assertThat(e.elapsed()).isEqualTo(Duration.ofSeconds(40));
  }

  @Test
  void aPollTimingOutAtTheDeadlineIsATimeoutEvenWhenItWouldExhaustTheErrorAllowance() {
    Waiter<Res> impatient = untilRunning().newBuilder()
        .policy(NO_JITTER.newBuilder().maxConsecutiveFailures(1).build()).build();

    WaiterTimeoutException e = catchThrowableOfType(WaiterTimeoutException.class,
        () -> impatient.waitFor(timeLeft -> {
          throw callTimedOut(timeLeft);
        }, Duration.ofSeconds(10)));

    assertThat(e.elapsed()).isEqualTo(Duration.ofSeconds(10));
    assertThat(e.getMessage()).isEqualTo("endpoint ep-1 not observed after 10s, 1 poll (timeout 10s)");
  }

  @Test
  void theLastPollAtTheDeadlineStillGetsTheMinimumPollTime() {
    untilRunning().newBuilder().policy(NO_JITTER.newBuilder().minPollTime(Duration.ofSeconds(3)).build()).build()
        .waitFor(timeLeft -> {
          budgets.add(timeLeft);
          return Res.of(budgets.size() < 3 ? "CREATING" : "RUNNING");
        }, Duration.ofSeconds(6));

    // Polls at 2 s (4 s left), 5 s (1 s left: raised to 3 s) and at the deadline (raised to 3 s).
    assertThat(budgets).containsExactly(Duration.ofSeconds(4), Duration.ofSeconds(3), Duration.ofSeconds(3));
  }

  @Test
  void eachAsyncPollIsGivenTheTimeLeftOfTheWait() throws Exception {
    CompletableFuture<WaitResult<Res>> result = untilRunning().waitForAsync(timeLeft -> {
      budgets.add(timeLeft);
      return CompletableFuture.completedFuture(Res.of(budgets.size() < 2 ? "CREATING" : "RUNNING"));
    }, Duration.ofMinutes(1));
    scheduler.runAll();

    assertThat(result.get().status()).contains("RUNNING");
    assertThat(budgets).containsExactly(Duration.ofSeconds(58), Duration.ofSeconds(55));
  }

  @Test
  void anAsyncPollFailingOnItsCallTimeoutAtTheDeadlineEndsWithATimeoutCarryingTheLastResource() {
    AtomicInteger calls = new AtomicInteger();
    CompletableFuture<WaitResult<Res>> result = untilRunning().waitForAsync(timeLeft -> {
      if (calls.getAndIncrement() == 0) {
        return CompletableFuture.completedFuture(Res.of("CREATING"));
      }
      return CompletableFuture.failedFuture(callTimedOut(timeLeft));
    }, Duration.ofSeconds(10));
    scheduler.runAll();

    assertThatThrownBy(() -> result.get(5, TimeUnit.SECONDS)).isInstanceOf(ExecutionException.class)
        .cause().isInstanceOfSatisfying(WaiterTimeoutException.class, e -> {
          assertThat(e.lastResource(Res.class)).contains(Res.of("CREATING"));
          assertThat(e.elapsed()).isEqualTo(Duration.ofSeconds(10));
        });
  }

  @Test
  void anAsyncPollCutAtItsBudgetCountsAsAPollOfTheTimedOutWait() {
    CompletableFuture<Res> hanging = new CompletableFuture<>();
    // The budget guard counts real time: keep it short.
    Waiter<Res> waiter = untilRunning().newBuilder()
        .policy(NO_JITTER.newBuilder().minPollTime(Duration.ofMillis(20)).build()).build();
    CompletableFuture<WaitResult<Res>> result = waiter.waitForAsync(timeLeft -> hanging, Duration.ofSeconds(1));
    scheduler.runAll();

    assertThatThrownBy(() -> result.get(5, TimeUnit.SECONDS)).isInstanceOf(ExecutionException.class)
        .cause().isInstanceOfSatisfying(WaiterTimeoutException.class, e -> {
          assertThat(e.polls()).isEqualTo(1);
          assertThat(e.getMessage()).isEqualTo("endpoint ep-1 not observed after 1s, 1 poll (timeout 1s)");
        });
    assertThat(hanging).isCancelled();
  }

  @Test
  void waitTargetPassesTheTimeLeftToBothForms() throws Exception {
    WaitTarget<Res> target = WaitTarget.of(untilRunning(), timeLeft -> {
      budgets.add(timeLeft);
      return Res.of("RUNNING");
    }, timeLeft -> {
      budgets.add(timeLeft);
      return CompletableFuture.completedFuture(Res.of("RUNNING"));
    });

    target.await(Duration.ofSeconds(30));
    CompletableFuture<WaitResult<Res>> async = target.awaitAsync(Duration.ofSeconds(40));
    scheduler.runAll();

    assertThat(async.get().status()).contains("RUNNING");
    assertThat(budgets).containsExactly(Duration.ofSeconds(28), Duration.ofSeconds(38));
  }

  @Test
  void aLazyWaitTargetMakesItsWaiterOnlyWhenSomeoneWaits() {
    AtomicInteger made = new AtomicInteger();
    WaitTarget<Res> target = WaitTarget.lazy(() -> {
      made.incrementAndGet();
      return untilRunning();
    }, timeLeft -> Res.of("RUNNING"), timeLeft -> CompletableFuture.completedFuture(Res.of("RUNNING")));
    assertThat(made).hasValue(0);

    assertThat(target.await().status()).contains("RUNNING");

    assertThat(made).hasValue(1);
  }

  @Test
  void theSupplierFormsStillWork() {
    WaitTarget<Res> target = new WaitTarget<>(untilRunning(), () -> Res.of("RUNNING"),
        () -> CompletableFuture.completedFuture(Res.of("RUNNING")));

    assertThat(target.await().polls()).isEqualTo(1);
  }
}
