package io.hcsdk.testing.resilience;

import static io.hcsdk.testing.resilience.WaiterFamily.LONG;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.hcsdk.core.error.TransportException;
import io.hcsdk.core.poll.WaitPolicy;
import io.hcsdk.core.poll.WaiterTimeoutException;
import io.hcsdk.testing.Fault;
import io.hcsdk.testing.Pace;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Waits that end from the outside or by their own clock before the resource settles: a wait timeout
 * shorter than one poll's call, an async wait whose future the caller cancels, and one the caller
 * bounds with {@code orTimeout}. Each must end promptly and leave nothing polling behind it.
 */
@Resilience
class WaiterTimeoutFaultsTest {
  /** The Show answer's real-time delay: longer than the whole wait. */
  private static final Duration SLOW_SHOW = Duration.ofMillis(300);
  private static final Duration SHORT_WAIT = Duration.ofMillis(60);
  /** Polls soon and gives each poll's call no more than the time the wait has left. */
  private static final WaitPolicy EAGER = WaitPolicy.builder().initialDelay(Duration.ofMillis(5))
      .maxInterval(Duration.ofMillis(5)).jitter(0).minPollTime(Duration.ofMillis(1)).build();

  static Stream<Arguments> oneBlockingAndOneAsyncWaitPerService() {
    return Stream.of(Arguments.of(WaiterFamily.FABRIC_ENDPOINT, false),
        Arguments.of(WaiterFamily.FABRIC_SERVICE_INSTANCE, true),
        Arguments.of(WaiterFamily.MODELARTS_DEV_ENV, false),
        Arguments.of(WaiterFamily.MODELARTS_SERVICE, true));
  }

  @ParameterizedTest(name = "{0} (async: {1}): a wait timeout shorter than one poll's call times out promptly")
  @MethodSource("oneBlockingAndOneAsyncWaitPerService")
  void aWaitTimeoutShorterThanOnePollsCallEndsTheWaitAndCutsThePoll(WaiterFamily f, boolean async) {
    // Real time: the slow Show is real, and so must be the clocks that time the wait and its call.
    try (WaiterRig rig = new WaiterRig(Sims.builder().clock(Clock.systemUTC()).start(), b -> b.waitPolicy(EAGER))) {
      String id = f.create(rig, "slow-show");
      rig.sim().on(f.showOperation()).always(Fault.delay(SLOW_SHOW));
      long start = System.nanoTime();

      RuntimeException e = Sentinels.typed(catchThrowable(() -> {
        if (async) {
          f.waitUntilRunningAsync(rig, id, SHORT_WAIT).get(20, TimeUnit.SECONDS);
        } else {
          f.waitUntilRunning(rig, id, SHORT_WAIT);
        }
      }));
      Duration took = Duration.ofNanos(System.nanoTime() - start);

      assertThat(e).isInstanceOfSatisfying(WaiterTimeoutException.class, timeout -> {
        assertThat(timeout.lastStatus()).as("no poll was answered").isEmpty();
        // A poll that ran into the deadline can leave a sliver of time, worth one more (cut) poll.
        assertThat(timeout.polls()).isBetween(1, 2);
        if (timeout.getCause() != null) {
          assertThat(timeout.getCause()).isInstanceOfSatisfying(TransportException.class,
              cut -> assertThat(cut.getMessage()).contains("call timeout"));
        }
      });
      assertThat(took).as("ended before the slow answer could arrive: the poll was cut, not awaited")
          .isLessThan(SLOW_SHOW);
      assertThat(rig.sim().requests().count(f.showOperation())).isBetween(1, 2);
    }
  }

  @ParameterizedTest(name = "{0}: cancelling an async wait stops its polling")
  @EnumSource(WaiterFamily.class)
  void cancellingAnAsyncWaitStopsItsPolling(WaiterFamily f) throws Exception {
    // A day per transitional status: only the cancel can end this wait.
    try (WaiterRig rig = new WaiterRig(Sims.builder().pace(Pace.after(Duration.ofDays(1))).start())) {
      String id = f.create(rig, "cancelled");
      CountDownLatch twoPolls = new CountDownLatch(2);
      rig.sim().on(f.showOperation()).always(Fault.rewrite(body -> {
        twoPolls.countDown();
        return body;
      }));
      CompletableFuture<?> wait = f.waitUntilRunningAsync(rig, id, LONG);
      assertThat(twoPolls.await(20, TimeUnit.SECONDS)).as("the wait polls").isTrue();

      assertThat(wait.cancel(true)).isTrue();

      assertThat(Sentinels.typed(catchThrowable(wait::join))).isInstanceOf(CancellationException.class);
      assertPollingStopped(rig, f, 2);
    }
  }

  @ParameterizedTest(name = "{0}: an async wait ended by orTimeout fails with TimeoutException and stops polling")
  @EnumSource(WaiterFamily.class)
  void anAsyncWaitEndedByOrTimeoutStopsItsPolling(WaiterFamily f) throws Exception {
    try (WaiterRig rig = new WaiterRig(Sims.builder().pace(Pace.after(Duration.ofDays(1))).start())) {
      String id = f.create(rig, "bounded");
      // orTimeout counts real time, during which the wait polls on virtual time, as often as it likes.
      CompletableFuture<?> wait = f.waitUntilRunningAsync(rig, id, LONG).orTimeout(200, TimeUnit.MILLISECONDS);

      Throwable thrown = catchThrowable(() -> wait.get(20, TimeUnit.SECONDS));

      // The JDK's own exception (orTimeout's), not the SDK's, so Sentinels.typed does not apply: check it by hand.
      assertThat(thrown).isInstanceOf(ExecutionException.class).cause().isInstanceOf(TimeoutException.class);
      Sentinels.assertClean("orTimeout's exception", thrown.getCause().toString());
      assertPollingStopped(rig, f, 1);
    }
  }

  /**
   * No polling after the wait ended. A poll cancelled in flight may still land on the simulator a
   * moment later (its bytes can sit in the socket, in neither the client nor the server, while
   * virtual time moves on), so at most that one arrives during the first hours of virtual time; a
   * wait still polling would make hundreds (the poll interval is at most 15 s), and none may arrive
   * during the next six hours.
   */
  private static void assertPollingStopped(WaiterRig rig, WaiterFamily f, int atLeast) throws Exception {
    rig.letVirtualTimePass(Duration.ofMinutes(1));
    int afterTheEnd = rig.sim().requests().count(f.showOperation());
    assertThat(afterTheEnd).as("polls made before the wait ended").isGreaterThanOrEqualTo(atLeast);

    rig.letVirtualTimePass(Duration.ofHours(6));
    int landed = rig.sim().requests().count(f.showOperation());
    assertThat(landed - afterTheEnd).as("polls after the wait ended (the one in flight, landing late)")
        .isLessThanOrEqualTo(1);

    rig.letVirtualTimePass(Duration.ofHours(6));
    rig.sim().requests().assertCount(f.showOperation(), landed);
  }

}
