package io.hcsdk.core.poll;

import static io.hcsdk.core.poll.Fixtures.Res;
import static io.hcsdk.core.poll.Fixtures.Script;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.groups.Tuple.tuple;

import io.hcsdk.core.FakeTime;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/** Waiters declared as data once, made into a {@link Waiter} only when someone waits. */
class WaiterSpecTest {
  private static final WaitPolicy NO_JITTER = WaitPolicy.defaults().newBuilder().jitter(0).build();

  /** Like ModelArts' service: "concerning" is running with an alarm. */
  private static final WaiterSpec<Res> SERVICE_RUNNING = WaiterSpec.<Res>builder()
      .statusOf(Res::status)
      .successOn("running")
      .successWithWarningOn("concerning")
      .failureOn("failed", "stopped", "finished")
      .transitional("deploying", "pending", "waiting")
      .errorMessageOf(Res::errorMsg)
      .description("service")
      .build();

  /** Like a Fabric service instance delete: only a failed delete fails it, not a failure from before. */
  private static final WaiterSpec<Res> INSTANCE_DELETED = WaiterSpec.<Res>builder()
      .statusOf(Res::status)
      .successOn("DELETED")
      .failureOn("DELETE_FAILED")
      .errorCodeOf(Res::errorCode)
      .errorMessageOf(Res::errorMsg)
      .notFound(NotFoundBehaviour.SUCCESS)
      .build();

  private final FakeTime time = new FakeTime(Instant.parse("2024-05-01T08:00:00Z"));
  private final ManualScheduler scheduler = new ManualScheduler(time);
  private final List<StatusChange> events = new CopyOnWriteArrayList<>();

  private <T> Waiter<T> waiter(WaiterSpec<T> spec) {
    return Waiter.builder(spec).policy(NO_JITTER).clock(time).sleeper(time.sleeper()).scheduler(scheduler)
        .listener(events::add).build();
  }

  @Test
  void aSpecBecomesAWaiterOnlyWhenAsked() {
    Waiter<Res> waiter = SERVICE_RUNNING.toWaiter(NO_JITTER, time, time.sleeper(), scheduler);

    assertThat(waiter.spec()).isSameAs(SERVICE_RUNNING);
    assertThat(waiter.policy()).isSameAs(NO_JITTER);
    assertThat(waiter.description()).contains("service");
    assertThat(waiter.describedAs("service 7f3a").description()).contains("service 7f3a");
    assertThat(Waiter.Builder.from(SERVICE_RUNNING).build().spec()).isSameAs(SERVICE_RUNNING);
    assertThat(waiter.waitFor(Script.statuses("deploying", "running")).status()).contains("running");
  }

  @Test
  void aVariantOfASpecLeavesTheConstantAlone() {
    Waiter<Res> stricter = Waiter.builder(SERVICE_RUNNING).failureOn("concerning-but-failed").build();

    assertThat(stricter.spec().failureStatuses()).contains("concerning-but-failed");
    assertThat(SERVICE_RUNNING.failureStatuses()).containsExactlyInAnyOrder("failed", "stopped", "finished");
  }

  @Test
  void aSuccessWithAWarningEndsTheWaitAndSaysSo() {
    Res concerning = new Res("svc-1", "concerning", java.util.Optional.empty(), java.util.Optional.of("GPU alarm"));
    Script poll = new Script(Res.of("deploying"), concerning);

    WaitResult<Res> result = waiter(SERVICE_RUNNING).describedAs("service svc-1").waitFor(poll);

    assertThat(result.status()).contains("concerning");
    assertThat(result.resource()).contains(concerning);
    assertThat(result.warning()).contains("service svc-1 reached concerning, which counts as success with a warning: GPU alarm");
    assertThat(events).extracting(StatusChange::current, StatusChange::kind, StatusChange::isWarning).containsExactly(
        tuple("deploying", StatusChange.Kind.IN_PROGRESS, false),
        tuple("concerning", StatusChange.Kind.SUCCESS_WITH_WARNING, true));
    assertThat(events.get(1).toString()).contains("success with a warning");
  }

  @Test
  void aPlainSuccessHasNoWarning() {
    WaitResult<Res> result = waiter(SERVICE_RUNNING).waitFor(Script.statuses("running"));

    assertThat(result.warning()).isEmpty();
    assertThat(events).extracting(StatusChange::kind).containsExactly(StatusChange.Kind.SUCCESS);
  }

  @Test
  void anUnknownStatusKeepsWaitingButIsToldApartFromTheTransitionalOnes() {
    WaitResult<Res> result = waiter(SERVICE_RUNNING)
        .waitFor(Script.statuses("pending", "upgrading_new_in_v3", "deploying", "running"));

    assertThat(result.status()).contains("running");
    assertThat(events).extracting(StatusChange::current, StatusChange::kind).containsExactly(
        tuple("pending", StatusChange.Kind.IN_PROGRESS),
        tuple("upgrading_new_in_v3", StatusChange.Kind.UNEXPECTED),
        tuple("deploying", StatusChange.Kind.IN_PROGRESS),
        tuple("running", StatusChange.Kind.SUCCESS));
  }

  @Test
  void withoutATransitionalSetEveryUnsettledStatusIsInProgress() {
    WaiterSpec<Res> loose = SERVICE_RUNNING.toBuilder().build();
    WaiterSpec<Res> undeclared = WaiterSpec.<Res>builder().statusOf(Res::status).successOn("running").build();

    assertThat(loose.classify("upgrading_new_in_v3")).isEqualTo(StatusChange.Kind.UNEXPECTED);
    assertThat(undeclared.classify("upgrading_new_in_v3")).isEqualTo(StatusChange.Kind.IN_PROGRESS);
    assertThat(undeclared.classify(null)).isEqualTo(StatusChange.Kind.IN_PROGRESS);
    assertThat(undeclared.classify("running")).isEqualTo(StatusChange.Kind.SUCCESS);
  }

  @Test
  void aFailureStatusFromBeforeTheDeleteDoesNotEndTheDeleteWait() {
    // The instance had FAILED before the delete; the first poll may still show it.
    Script poll = new Script(Res.failed("FAILED", "Fabric.5001", "image pull failed"), Res.of("DELETING"),
        Fixtures.notFound());

    WaitResult<Res> result = waiter(INSTANCE_DELETED).waitFor(poll);

    assertThat(result.isGone()).isTrue();
    assertThat(result.polls()).isEqualTo(3);
    assertThat(events).extracting(StatusChange::current).containsExactly("FAILED", "DELETING", StatusChange.NOT_FOUND);
  }

  @Test
  void aFailureStatusFromBeforeTheDeleteDoesNotEndTheAsyncDeleteWaitEither() throws Exception {
    Script poll = new Script(Res.of("FAILED"), Res.of("DELETING"), Fixtures.notFound());

    CompletableFuture<WaitResult<Res>> result = waiter(INSTANCE_DELETED).waitForAsync(poll.async());
    scheduler.runAll();

    assertThat(result.get().isGone()).isTrue();
  }

  @Test
  void onlyTheDeleteFailureStatusEndsTheDeleteWait() {
    Script poll = new Script(Res.of("FAILED"), Res.of("DELETING"), Res.failed("DELETE_FAILED", "Fabric.5002", "busy"));

    WaiterFailedException e = catchThrowableOfType(WaiterFailedException.class, () -> waiter(INSTANCE_DELETED).waitFor(poll));

    assertThat(e.lastStatus()).contains("DELETE_FAILED");
    assertThat(e.errorCode()).contains("Fabric.5002");
    assertThat(e.polls()).isEqualTo(3);
  }

  @Test
  void theSpecRejectsContradictoryOrIncompleteDeclarations() {
    assertThatThrownBy(() -> WaiterSpec.<Res>builder().successOn("running").build())
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("statusOf");
    assertThatThrownBy(() -> WaiterSpec.<Res>builder().statusOf(Res::status).failureOn("failed").build())
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("successOn");
    assertThatThrownBy(() -> WaiterSpec.<Res>builder().statusOf(Res::status).successOn("running")
        .transitional("deploying", "running").build())
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("[running]");
    assertThatThrownBy(() -> WaiterSpec.<Res>builder().statusOf(Res::status).successOn("running")
        .successWithWarningOn("concerning").failureOn("concerning").build())
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("[concerning]");
    // A warning success alone is enough to end a wait.
    assertThat(WaiterSpec.<Res>builder().statusOf(Res::status).successWithWarningOn("concerning").build()
        .classify("concerning")).isEqualTo(StatusChange.Kind.SUCCESS_WITH_WARNING);
  }

  @Test
  void theSpecDescribesItself() {
    assertThat(SERVICE_RUNNING.toString()).contains("success=[running]", "successWithWarning=[concerning]",
        "transitional=[", "notFound=FAIL");
    assertThat(SERVICE_RUNNING.transitionalStatuses()).containsExactlyInAnyOrder("deploying", "pending", "waiting");
    assertThat(SERVICE_RUNNING.successWithWarningStatuses()).containsExactly("concerning");
  }
}
