package io.hcsdk.testing.resilience;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.hcsdk.core.error.CallCancelledException;
import io.hcsdk.core.error.NotCreatedException;
import io.hcsdk.core.error.TransportException;
import io.hcsdk.testing.AuthMode;
import io.hcsdk.testing.CapturedRequest;
import io.hcsdk.testing.CloudSimulator;
import io.hcsdk.testing.Fault;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The transport rows of the fault matrix, for Fabric and ModelArts: a connection refused, reset before
 * the answer or in the middle of its body, a read timeout, the whole-call timeout (also while the IAM
 * token is fetched) and an interrupt. Reads are retried; a create that may have reached the service is
 * never sent again, but looked up by name (found: returned; absent: {@link NotCreatedException}).
 */
@Resilience
class TransportFaultsTest {
  private static final Duration SLOW = Duration.ofMillis(300);
  private static final Duration IMPATIENT = Duration.ofMillis(100);
  /** A generous bound on a call that must end at its 100 ms timeout: far below a retry loop's. */
  private static final Duration BOUND = Duration.ofSeconds(3);

  @ParameterizedTest(name = "{0}: a refused connection is retried, for a show and for a create, and the call succeeds")
  @EnumSource(FaultsService.class)
  void aRefusedConnectionIsRetriedAndTheCallSucceeds(FaultsService service) {
    try (CloudSimulator sim = Sims.start(); FaultsService.Api api = service.api(sim)) {
      String id = api.create("seed");
      sim.clearRequests();
      sim.on(service.show).refuseNext(1);
      sim.on(service.create).refuseNext(2);

      assertThat(api.show(id)).isEqualTo(id);
      String created = api.create("refused-twice");

      // A refused request never left the client: the create ran once, on its third attempt.
      assertThat(sim.requests().refusedCount()).isEqualTo(3);
      sim.requests().assertCount(service.show, 1).assertCount(service.create, 1).assertNone(service.list);
      assertThat(service.resourcesNamed(sim, "refused-twice")).isOne();
      assertThat(created).isNotBlank().isNotEqualTo(id);
    }
  }

  @ParameterizedTest(name = "{0}: a connection refused for good ends in TransportException after 1 + maxRetries "
      + "attempts, show and create alike")
  @EnumSource(FaultsService.class)
  void aConnectionRefusedForGoodEndsInATransportExceptionAfterBoundedAttempts(FaultsService service) {
    try (CloudSimulator sim = Sims.start(); FaultsService.Api api = service.api(sim)) {
      String id = api.create("seed");
      sim.clearRequests();
      sim.on(service.show, service.create).always(Fault.refuse());

      RuntimeException show = Sentinels.typed(catchThrowable(() -> api.show(id)));
      RuntimeException create = Sentinels.typed(catchThrowable(() -> api.create("never")));

      for (RuntimeException e : new RuntimeException[] {show, create}) {
        assertThat(e).isInstanceOfSatisfying(TransportException.class, t -> {
          assertThat(t.attempts()).isEqualTo(4);
          assertThat(t.mayHaveReachedServer()).isFalse();
        });
      }
      // Nothing was sent, so the create is not ambiguous: no lookup by name, no NotCreatedException.
      assertThat(sim.requests().refusedCount()).isEqualTo(8);
      sim.requests().assertNothingReceived();
    }
  }

  @ParameterizedTest(name = "{0}: a show whose connection is reset before the answer is retried and succeeds")
  @EnumSource(FaultsService.class)
  void aShowResetBeforeTheAnswerIsRetried(FaultsService service) {
    try (CloudSimulator sim = Sims.start(); FaultsService.Api api = service.api(sim)) {
      String id = api.create("seed");
      sim.clearRequests();
      sim.on(service.show).next(1, Fault.drop());

      assertThat(api.show(id)).isEqualTo(id);

      assertThat(sim.requests().of(service.show)).extracting(CapturedRequest::status).containsExactly(0, 200);
    }
  }

  @ParameterizedTest(name = "{0}: a create reset before the answer is never resent: NotCreatedException when the "
      + "service did not act, the resource when it did")
  @EnumSource(FaultsService.class)
  void aCreateResetBeforeTheAnswerIsNeverResent(FaultsService service) {
    try (CloudSimulator sim = Sims.start(); FaultsService.Api api = service.api(sim)) {
      sim.on(service.create).next(1, Fault.drop());

      RuntimeException lost = Sentinels.typed(catchThrowable(() -> api.create("dropped")));

      assertThat(lost).isInstanceOf(NotCreatedException.class)
          .cause().isInstanceOfSatisfying(TransportException.class, t -> {
            assertThat(t.mayHaveReachedServer()).isTrue();
            assertThat(t.attempts()).isOne();
          });
      sim.requests().assertCount(service.create, 1).assertCount(service.list, 1);
      assertThat(service.resourcesNamed(sim, "dropped")).isZero();

      sim.clearRequests();
      sim.on(service.create).next(1, Fault.drop().afterHandling());

      String found = api.create("answer-lost");

      sim.requests().assertCount(service.create, 1).assertCount(service.list, 1);
      assertThat(service.resourcesNamed(sim, "answer-lost")).isOne();
      assertThat(sim.resources(service.family)).anySatisfy(r -> assertThat(r.path("id").asText()).isEqualTo(found));
    }
  }

  @ParameterizedTest(name = "{0}: an answer cut mid-body is retried for a show; for a create it is not resent and "
      + "the created resource is found")
  @EnumSource(FaultsService.class)
  void anAnswerResetMidBodyIsRetriedForAShowAndResolvedForACreate(FaultsService service) {
    try (CloudSimulator sim = Sims.start(); FaultsService.Api api = service.api(sim)) {
      String id = api.create("seed");
      sim.clearRequests();
      sim.on(service.show).next(1, Fault.resetMidBody());

      assertThat(api.show(id)).isEqualTo(id);
      sim.requests().assertCount(service.show, 2);

      sim.on(service.create).next(1, Fault.resetMidBody());
      String created = api.create("cut-short");

      sim.requests().assertCount(service.create, 1).assertCount(service.list, 1);
      assertThat(service.resourcesNamed(sim, "cut-short")).isOne();
      assertThat(sim.resources(service.family)).anySatisfy(r -> assertThat(r.path("id").asText()).isEqualTo(created));
    }
  }

  @ParameterizedTest(name = "{0}: a read timeout is retried for a show; a create that timed out is not resent and "
      + "the created resource is found")
  @EnumSource(FaultsService.class)
  void aReadTimeoutIsRetriedForAShowAndResolvedForACreate(FaultsService service) {
    try (CloudSimulator sim = Sims.start();
        FaultsService.Api api = service.api(sim, AuthMode.TOKEN, b -> b.readTimeout(IMPATIENT))) {
      String id = api.create("seed");
      sim.clearRequests();
      sim.on(service.show).next(1, Fault.delay(SLOW));

      assertThat(api.show(id)).isEqualTo(id);
      sim.requests().assertCount(service.show, 2);

      sim.on(service.create).next(1, Fault.delay(SLOW));
      String created = api.create("slow-create");

      sim.requests().assertCount(service.create, 1).assertCount(service.list, 1);
      assertThat(service.resourcesNamed(sim, "slow-create")).isOne();
      assertThat(sim.resources(service.family)).anySatisfy(r -> assertThat(r.path("id").asText()).isEqualTo(created));
    }
  }

  @ParameterizedTest(name = "{0}: a call timeout shorter than the answer ends a show in TransportException at the "
      + "timeout, not retried; a create that timed out is not resent and the created resource is found")
  @EnumSource(FaultsService.class)
  void aCallTimeoutShorterThanTheAnswerEndsTheCallAtTheTimeout(FaultsService service) {
    // The call timeout is measured on the client's clock, so this simulator runs on real time.
    try (CloudSimulator sim = Sims.builder().clock(Clock.systemUTC()).start();
        FaultsService.Api api = service.api(sim, AuthMode.TOKEN, b -> b.callTimeout(IMPATIENT))) {
      String id = api.create("seed");
      sim.clearRequests();
      sim.on(service.show).always(Fault.delay(SLOW));

      long start = System.nanoTime();
      RuntimeException e = Sentinels.typed(catchThrowable(() -> api.show(id)));
      Duration took = Duration.ofNanos(System.nanoTime() - start);

      assertThat(e).isInstanceOfSatisfying(TransportException.class, t -> {
        assertThat(t).hasMessageContaining("call timeout of " + IMPATIENT);
        assertThat(t.attempts()).isOne();
      });
      assertThat(took).isGreaterThanOrEqualTo(IMPATIENT).isLessThan(BOUND);
      sim.requests().assertCount(service.show, 1);

      // A create that ran out of time may have reached the service: it is looked up, never resent.
      sim.on(service.create).next(1, Fault.delay(SLOW));
      String created = api.create("out-of-time");

      sim.requests().assertCount(service.create, 1).assertCount(service.list, 1);
      assertThat(service.resourcesNamed(sim, "out-of-time")).isOne();
      assertThat(sim.resources(service.family)).anySatisfy(r -> assertThat(r.path("id").asText()).isEqualTo(created));
    }
  }

  @ParameterizedTest(name = "{0}: a call timeout that passes while the IAM token is fetched ends the call in "
      + "TransportException, nothing sent; a create is not looked up (nor mistaken for a namesake); the next call "
      + "fetches a token")
  @EnumSource(FaultsService.class)
  void aCallTimeoutThatPassesWhileTheIamTokenIsFetchedEndsTheCall(FaultsService service) {
    try (CloudSimulator sim = Sims.builder().clock(Clock.systemUTC()).start();
        FaultsService.Api api = service.api(sim, AuthMode.IAM, b -> b.callTimeout(IMPATIENT));
        FaultsService.Api other = service.api(sim, AuthMode.IAM, b -> b.callTimeout(IMPATIENT))) {
      sim.on(FaultsService.IAM_TOKEN).next(1, Fault.delay(SLOW));

      long start = System.nanoTime();
      RuntimeException e = Sentinels.typed(catchThrowable(api::list));
      Duration took = Duration.ofNanos(System.nanoTime() - start);

      assertNotSentForWantOfAToken(e);
      assertThat(took).isGreaterThanOrEqualTo(IMPATIENT).isLessThan(BOUND);
      sim.requests().assertCount(FaultsService.IAM_TOKEN, 1).assertNone(service.list);

      // The fetch that ran out of time poisons nothing: the next call gets a token and succeeds.
      assertThat(api.list()).isZero();
      sim.requests().assertCount(FaultsService.IAM_TOKEN, 2).assertCount(service.list, 1);

      // A create that never got its token was never sent: no lookup by name, which would find this namesake.
      api.create("namesake");
      sim.clearRequests();
      sim.on(FaultsService.IAM_TOKEN).next(1, Fault.delay(SLOW));

      assertNotSentForWantOfAToken(Sentinels.typed(catchThrowable(() -> other.create("namesake"))));
      sim.requests().assertCount(FaultsService.IAM_TOKEN, 1).assertNone(service.create).assertNone(service.list);
      assertThat(service.resourcesNamed(sim, "namesake")).isOne();
      Sims.learnIssuedTokens(sim);
    }
  }

  private static void assertNotSentForWantOfAToken(RuntimeException e) {
    assertThat(e).isInstanceOfSatisfying(TransportException.class, t -> {
      assertThat(t).hasMessageContaining("exceeded the call timeout of " + IMPATIENT + " while authenticating");
      assertThat(t.mayHaveReachedServer()).isFalse();
      assertThat(t.attempts()).isOne();
      assertThat(t.getCause()).isInstanceOf(TransportException.class).hasMessageContaining("IAM token");
    });
  }

  @ParameterizedTest(name = "{0}: interrupting a thread blocked in a call ends it promptly in "
      + "CallCancelledException and keeps its interrupt flag")
  @EnumSource(FaultsService.class)
  void anInterruptDuringAnInFlightCallEndsItPromptly(FaultsService service) throws Exception {
    try (CloudSimulator sim = Sims.start(); FaultsService.Api api = service.api(sim)) {
      String id = api.create("seed");
      sim.clearRequests();
      sim.on(service.show).next(1, Fault.delay(SLOW));

      interruptOnceReceived(sim, service.show, 1, () -> api.show(id));

      // An interrupt is never retried.
      sim.requests().assertCount(service.show, 1);
    }
  }

  @ParameterizedTest(name = "{0}: interrupting a thread while it fetches, or after a 401 renews, the IAM token "
      + "ends the call promptly in CallCancelledException, keeps its interrupt flag and sends nothing more")
  @EnumSource(FaultsService.class)
  void anInterruptWhileTheIamTokenIsFetchedEndsTheCallPromptly(FaultsService service) throws Exception {
    try (CloudSimulator sim = Sims.start(); FaultsService.Api api = service.api(sim, AuthMode.IAM)) {
      sim.on(FaultsService.IAM_TOKEN).next(1, Fault.delay(SLOW));

      interruptOnceReceived(sim, FaultsService.IAM_TOKEN, 1, api::list);

      sim.requests().assertCount(FaultsService.IAM_TOKEN, 1).assertNone(service.list);
      String id = api.create("seed");
      sim.expireIssuedTokens();
      sim.clearRequests();
      sim.on(FaultsService.IAM_TOKEN).next(1, Fault.delay(SLOW));

      interruptOnceReceived(sim, FaultsService.IAM_TOKEN, 1, () -> api.show(id));

      // The rejected show is not replayed.
      assertThat(sim.requests().of(service.show)).extracting(CapturedRequest::status).containsExactly(401);
      sim.requests().assertCount(FaultsService.IAM_TOKEN, 1);
      Sims.learnIssuedTokens(sim);
    }
  }

  /**
   * Runs {@code call} on a thread of its own, interrupts that thread once the simulator has received
   * {@code count} requests of {@code operation}, and checks that the call ends before the delayed answer
   * could have come, in CallCancelledException, with the thread's interrupt flag still set.
   */
  private static void interruptOnceReceived(CloudSimulator sim, String operation, int count, Runnable call)
      throws Exception {
    CompletableFuture<Throwable> outcome = new CompletableFuture<>();
    CompletableFuture<Boolean> flagKept = new CompletableFuture<>();
    Thread caller = new Thread(() -> {
      try {
        call.run();
        outcome.complete(null);
      } catch (Throwable t) {
        outcome.complete(t);
      } finally {
        flagKept.complete(Thread.currentThread().isInterrupted());
      }
    }, "interrupted-caller");
    caller.start();

    FaultsService.awaitReceived(sim, operation, count);
    long interruptedAt = System.nanoTime();
    caller.interrupt();
    Throwable thrown = outcome.get(10, TimeUnit.SECONDS);
    Duration took = Duration.ofNanos(System.nanoTime() - interruptedAt);

    assertThat(thrown).as("the call failed").isNotNull();
    assertThat(Sentinels.typed(thrown)).isInstanceOf(CallCancelledException.class);
    assertThat(flagKept.get(10, TimeUnit.SECONDS)).as("the interrupt flag is kept").isTrue();
    assertThat(took).as("ended before the answer was due").isLessThan(SLOW);
    caller.join(TimeUnit.SECONDS.toMillis(10));
    assertThat(caller.isAlive()).isFalse();
  }
}
