package io.hcsdk.testing.resilience;

import static io.hcsdk.testing.resilience.WaiterFamily.LONG;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.hcsdk.core.error.NotFoundException;
import io.hcsdk.core.error.ServerException;
import io.hcsdk.core.poll.WaiterFailedException;
import io.hcsdk.testing.Fault;
import io.hcsdk.testing.Pace;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Waiters of both services when the resource or the service misbehaves: a resource that flips to each
 * failure status its wait declares, polls answered 503 (a few, and a storm), and a resource the service
 * does not show yet right after its create. All on virtual time, so the waits' sleeps are free.
 */
@Resilience
class WaiterFaultsTest {
  private static final Duration POLICY_TIMEOUT = Duration.ofMinutes(30);
  /** Each retried poll is sent once and retried three times (the default retry policy). */
  private static final int ATTEMPTS_PER_POLL = 4;
  /** How long both services' waits tolerate 404s after a create (FabricWaiters/ModelArtsWaiters.CREATE_GRACE). */
  private static final Duration CREATE_GRACE = Duration.ofSeconds(30);
  /** The default wait policy gives up after this many failed polls in a row. */
  private static final int MAX_FAILED_POLLS = 5;

  static Stream<Arguments> failureStatuses() {
    return Stream.of(WaiterFamily.values())
        .flatMap(family -> family.failureStatuses().stream().map(status -> Arguments.of(family, status)));
  }

  @ParameterizedTest(name = "{0} flips to {1} mid-wait: WaiterFailedException with that status and its error")
  @MethodSource("failureStatuses")
  void aResourceThatFlipsToAFailureStatusEndsTheWaitWithItsOwnError(WaiterFamily f, String status) {
    // A day per transitional status: the resource is still on its way when it flips.
    try (WaiterRig rig = new WaiterRig(Sims.builder().pace(Pace.after(Duration.ofDays(1))).start())) {
      String id = f.create(rig, "flips-" + status.toLowerCase());
      String code = f.isFabric() ? "common.00010042" : "ModelArts.6042";
      String message = "went " + status + " under the scenario";
      // The third sleep of the wait: two polls saw the resource on its way, the third sees it failed.
      rig.time().onSleep((n, d) -> {
        if (n == 3) {
          assertThat(rig.sim().setStatus(f.family(), id, status, code, message)).isTrue();
        }
      });

      RuntimeException e = Sentinels.typed(catchThrowable(() -> f.waitUntilRunning(rig, id, LONG)));

      assertThat(e).isInstanceOfSatisfying(WaiterFailedException.class, failed -> {
        assertThat(failed.reason()).isEqualTo(WaiterFailedException.Reason.FAILURE_STATUS);
        assertThat(failed.lastStatus()).contains(status);
        assertThat(failed.errorCode()).isEqualTo(f.reportsErrorCode() ? Optional.of(code) : Optional.empty());
        assertThat(failed.errorMessage()).contains(message);
        assertThat(failed.polls()).isEqualTo(3);
        assertThat(failed.description()).hasValueSatisfying(d -> assertThat(d).contains(id));
        assertThat(failed.lastResource()).isPresent();
        assertThat(failed.getMessage()).contains(status).contains(message);
      });
      rig.sim().requests().assertCount(f.showOperation(), 3);
    }
  }

  @ParameterizedTest(name = "{0}: a create that fails ends an async wait with the resource's error")
  @EnumSource(WaiterFamily.class)
  void aCreateThatFailsEndsAnAsyncWaitWithTheResourcesError(WaiterFamily f) throws Exception {
    try (WaiterRig rig = new WaiterRig(Sims.start())) {
      String code = f.isFabric() ? "common.00010043" : "ModelArts.6043";
      rig.sim().failTransition(f.family(), "create", "doomed", code, "quota of the scenario exhausted");
      String id = f.create(rig, "doomed");

      RuntimeException e = Sentinels.typed(catchThrowable(
          () -> f.waitUntilRunningAsync(rig, id, LONG).get(20, TimeUnit.SECONDS)));

      // The create transition's failure status is the first the spec lists for each family.
      String failedStatus = f.failureStatuses().get(0);
      assertThat(e).isInstanceOfSatisfying(WaiterFailedException.class, failed -> {
        assertThat(failed.reason()).isEqualTo(WaiterFailedException.Reason.FAILURE_STATUS);
        assertThat(failed.lastStatus()).contains(failedStatus);
        if (f.reportsErrorCode()) {
          assertThat(failed.errorCode()).contains(code);
        }
        assertThat(failed.errorMessage()).contains("quota of the scenario exhausted");
      });
      assertThat(rig.sim().resource(f.family(), id).orElseThrow().path("status").asText()).isEqualTo(failedStatus);
    }
  }

  @ParameterizedTest(name = "{0}: two polls answered 503 on every attempt, the wait still succeeds")
  @EnumSource(WaiterFamily.class)
  void pollsThatHit503sAreToleratedAndTheWaitSucceeds(WaiterFamily f) {
    try (WaiterRig rig = new WaiterRig(Sims.start())) {
      String id = f.create(rig, "unavailable-twice");
      // Enough 503s for two whole polls, retries included: the wait sees two failed polls in a row.
      int unavailable = 2 * ATTEMPTS_PER_POLL;
      rig.sim().on(f.showOperation()).next(unavailable, Fault.status(503, f.unavailableBody()));

      String status = f.waitUntilRunning(rig, id, LONG);

      assertThat(status).isEqualTo(f.running());
      assertThat(rig.count(f.showOperation(), 503)).isEqualTo(unavailable);
      assertThat(rig.count(f.showOperation(), 200)).as("polls answered after the 503s").isPositive();
      rig.sim().requests().assertCount(f.showOperation(), unavailable + rig.count(f.showOperation(), 200));
    }
  }

  @ParameterizedTest(name = "{0}: a storm of 503s fails the async wait typed within its timeout")
  @EnumSource(WaiterFamily.class)
  void aStormOf503sOnThePollsFailsTheWaitTypedWithinItsTimeout(WaiterFamily f) throws Exception {
    try (WaiterRig rig = new WaiterRig(Sims.start())) {
      String id = f.create(rig, "storm");
      rig.sim().on(f.showOperation()).always(Fault.status(503, f.unavailableBody()));
      Instant start = rig.time().instant();

      RuntimeException e = Sentinels.typed(catchThrowable(
          () -> f.waitUntilRunningAsync(rig, id, POLICY_TIMEOUT).get(20, TimeUnit.SECONDS)));

      assertThat(e).isInstanceOfSatisfying(WaiterFailedException.class, failed -> {
        assertThat(failed.reason()).isEqualTo(WaiterFailedException.Reason.TOO_MANY_ERRORS);
        assertThat(failed.polls()).isEqualTo(MAX_FAILED_POLLS);
        assertThat(failed.elapsed()).isLessThan(POLICY_TIMEOUT);
        assertThat(failed.getCause()).isInstanceOfSatisfying(ServerException.class, cause -> {
          assertThat(cause.httpStatus()).isEqualTo(503);
          assertThat(cause.errorCode()).contains(f.unavailableCode());
          assertThat(cause.requestId()).contains(rig.lastRequestId(f.showOperation()));
          assertThat(cause.attempts()).isEqualTo(ATTEMPTS_PER_POLL);
        });
      });
      rig.sim().requests().assertCount(f.showOperation(), MAX_FAILED_POLLS * ATTEMPTS_PER_POLL);
      assertThat(Duration.between(start, rig.time().instant())).isLessThan(POLICY_TIMEOUT);
    }
  }

  @ParameterizedTest(name = "{0}: 404 for the first three polls after its create, then the wait succeeds")
  @EnumSource(WaiterFamily.class)
  void aResourceNotFoundForAWhileAfterItsCreateIsWaitedFor(WaiterFamily f) {
    try (WaiterRig rig = new WaiterRig(Sims.start())) {
      rig.sim().on(f.createOperation()).notFoundAfterCreate(Pace.reads(3));
      String id = f.create(rig, "eventually-consistent");

      String status = f.waitUntilRunning(rig, id, LONG);

      assertThat(status).isEqualTo(f.running());
      assertThat(rig.sim().requests().of(f.showOperation())).extracting(r -> r.status())
          .startsWith(404, 404, 404).containsOnly(404, 200);
      assertThat(rig.count(f.showOperation(), 404)).isEqualTo(3);
    }
  }

  @ParameterizedTest(name = "{0}: still 404 past the create grace, the wait fails typed with the 404")
  @EnumSource(WaiterFamily.class)
  void aResourceStillNotFoundPastTheGraceFailsTheWait(WaiterFamily f) {
    try (WaiterRig rig = new WaiterRig(Sims.start())) {
      rig.sim().on(f.createOperation()).notFoundAfterCreate(Pace.after(Duration.ofMinutes(10)));
      String id = f.create(rig, "never-shown");

      RuntimeException e = Sentinels.typed(catchThrowable(() -> f.waitUntilRunning(rig, id, LONG)));

      assertThat(e).isInstanceOfSatisfying(WaiterFailedException.class, failed -> {
        assertThat(failed.reason()).isEqualTo(WaiterFailedException.Reason.NOT_FOUND);
        assertThat(failed.elapsed()).isGreaterThanOrEqualTo(CREATE_GRACE).isLessThan(Duration.ofMinutes(10));
        assertThat(failed.lastStatus()).isEmpty();
        assertThat(failed.getCause()).isInstanceOfSatisfying(NotFoundException.class, cause -> {
          assertThat(cause.httpStatus()).isEqualTo(404);
          assertThat(cause.requestId()).contains(rig.lastRequestId(f.showOperation()));
        });
        assertThat(rig.sim().requests().count(f.showOperation())).isEqualTo(failed.polls());
      });
      assertThat(rig.count(f.showOperation(), 404)).isEqualTo(rig.sim().requests().count(f.showOperation()));
    }
  }
}
