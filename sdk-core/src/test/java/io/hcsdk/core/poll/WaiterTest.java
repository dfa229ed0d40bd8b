package io.hcsdk.core.poll;

import static io.hcsdk.core.poll.Fixtures.Res;
import static io.hcsdk.core.poll.Fixtures.Script;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.hcsdk.core.FakeTime;
import io.hcsdk.core.HcException;
import io.hcsdk.core.error.BadRequestException;
import io.hcsdk.core.error.NotFoundException;
import io.hcsdk.core.error.ServerException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class WaiterTest {
  private static final WaitPolicy NO_JITTER = WaitPolicy.defaults().newBuilder().jitter(0).build();

  private final FakeTime time = new FakeTime(Instant.parse("2024-05-01T08:00:00Z"));
  private final List<StatusChange> events = new CopyOnWriteArrayList<>();

  /** Like a service module's "until running" waiter for an endpoint create. */
  private Waiter.Builder<Res> untilRunning() {
    return Waiter.<Res>builder()
        .statusOf(Res::status)
        .successOn("RUNNING")
        .failureOn("CREATE_FAILED", "FROZEN")
        .errorCodeOf(Res::errorCode)
        .errorMessageOf(Res::errorMsg)
        .description("endpoint ep-1")
        .policy(NO_JITTER)
        .clock(time)
        .sleeper(time.sleeper())
        .listener(events::add);
  }

  @AfterEach
  void clearInterrupt() {
    Thread.interrupted(); // never leak an interrupt into the next test
  }

  @Test
  void succeedsAfterTransitionalStates() {
    Script poll = Script.statuses("CREATING", "CREATING", "RUNNING");

    WaitResult<Res> result = untilRunning().build().waitFor(poll);

    assertThat(result.status()).contains("RUNNING");
    assertThat(result.resource()).contains(Res.of("RUNNING"));
    assertThat(result.isGone()).isFalse();
    assertThat(result.polls()).isEqualTo(3);
    assertThat(result.elapsed()).isEqualTo(Duration.ofMillis(9500));
    assertThat(time.sleeps()).containsExactly(Duration.ofSeconds(2), Duration.ofSeconds(3), Duration.ofMillis(4500));
  }

  @Test
  void unknownStatusesKeepWaitingAndOpenEnumsCompareByWireValue() {
    record Status(String value) {
      @Override
      public String toString() {
        return value;
      }
    }
    Waiter<Res> waiter = untilRunning().statusOf(r -> new Status(r.status()))
        .successOn(new Status("RUNNING")).build();

    WaitResult<Res> result = waiter.waitFor(Script.statuses("CREATING", "WARMING_UP_NEW_IN_V2", "RUNNING"));

    assertThat(result.status()).contains("RUNNING");
    assertThat(result.polls()).isEqualTo(3);
  }

  @Test
  void failureStatusCarriesTheResourcesOwnError() {
    Script poll = new Script(Res.of("CREATING"), Res.failed("CREATE_FAILED", "Fabric.4001", "quota exceeded"));

    WaiterFailedException e = catchThrowableOfType(WaiterFailedException.class, () -> untilRunning().build().waitFor(poll));

    assertThat(e.reason()).isEqualTo(WaiterFailedException.Reason.FAILURE_STATUS);
    assertThat(e.errorCode()).contains("Fabric.4001");
    assertThat(e.errorMessage()).contains("quota exceeded");
    assertThat(e.lastStatus()).contains("CREATE_FAILED");
    assertThat(e.lastResource(Res.class)).contains(Res.failed("CREATE_FAILED", "Fabric.4001", "quota exceeded"));
    assertThat(e.polls()).isEqualTo(2);
    assertThat(e.elapsed()).isEqualTo(Duration.ofSeconds(5));
    assertThat(e.description()).contains("endpoint ep-1");
    assertThat(e).hasMessage("endpoint ep-1 reached CREATE_FAILED after 5s, 2 polls: Fabric.4001 quota exceeded");
  }

  @Test
  void timeoutCarriesLastStatePollCountAndElapsed() {
    Script poll = Script.statuses("CREATING");

    WaiterTimeoutException e = catchThrowableOfType(WaiterTimeoutException.class,
        () -> untilRunning().build().waitFor(poll, Duration.ofMinutes(1)));

    // Sleeps 2, 3, 4.5, 6.75, 10.125, 15, 15 (56.375 s), then 3.625 s to poll once more exactly at the deadline.
    assertThat(e.polls()).isEqualTo(8).isEqualTo(poll.calls());
    assertThat(e.elapsed()).isEqualTo(Duration.ofMinutes(1));
    assertThat(e.lastStatus()).contains("CREATING");
    assertThat(e.lastResource(Res.class)).contains(Res.of("CREATING"));
    assertThat(time.sleeps()).last().isEqualTo(Duration.ofMillis(3625));
    assertThat(e).hasMessage("endpoint ep-1 still CREATING after 1m, 8 polls (timeout 1m)");
  }

  @Test
  void defaultTimeoutIsThirtyMinutes() {
    WaiterTimeoutException e = catchThrowableOfType(WaiterTimeoutException.class,
        () -> untilRunning().build().waitFor(Script.statuses("CREATING")));

    assertThat(e.elapsed()).isEqualTo(Duration.ofMinutes(30));
    assertThat(e.getMessage()).startsWith("endpoint ep-1 still CREATING after 30m, ");
  }

  @Test
  void notFoundCountsAsSuccessForDelete() {
    Waiter<Res> untilGone = Waiter.<Res>builder().statusOf(Res::status).successOn("DELETED")
        .failureOn("DELETE_FAILED").notFound(NotFoundBehaviour.SUCCESS)
        .policy(NO_JITTER).clock(time).sleeper(time.sleeper()).listener(events::add).build();
    Script poll = new Script(Res.of("DELETING"), Res.of("DELETING"), Fixtures.notFound());

    WaitResult<Res> result = untilGone.waitFor(poll);

    assertThat(result.isGone()).isTrue();
    assertThat(result.resource()).isEmpty();
    assertThat(result.status()).isEmpty();
    assertThat(result.polls()).isEqualTo(3);
    assertThat(events).extracting(StatusChange::current).containsExactly("DELETING", StatusChange.NOT_FOUND);
  }

  @Test
  void notFoundFailsAtOnceByDefault() {
    Script poll = new Script(Fixtures.notFound());

    assertThatThrownBy(() -> untilRunning().build().waitFor(poll)).isInstanceOf(NotFoundException.class);
    assertThat(poll.calls()).isEqualTo(1);
  }

  @Test
  void notFoundRightAfterCreateIsToleratedForTheGracePeriod() {
    Waiter<Res> waiter = untilRunning().notFound(NotFoundBehaviour.keepWaitingFor(Duration.ofSeconds(10))).build();
    Script poll = new Script(Fixtures.notFound(), Fixtures.notFound(), Res.of("CREATING"), Res.of("RUNNING"));

    WaitResult<Res> result = waiter.waitFor(poll);

    assertThat(result.status()).contains("RUNNING");
    assertThat(result.polls()).isEqualTo(4);
    assertThat(events).extracting(StatusChange::current)
        .containsExactly(StatusChange.NOT_FOUND, "CREATING", "RUNNING");
  }

  @Test
  void notFoundPastTheGracePeriodFails() {
    Waiter<Res> waiter = untilRunning().notFound(NotFoundBehaviour.keepWaitingFor(Duration.ofSeconds(10))).build();
    Script poll = new Script(Fixtures.notFound());

    WaiterFailedException e = catchThrowableOfType(WaiterFailedException.class, () -> waiter.waitFor(poll));

    // 404s at 2 s, 5 s and 9.5 s are within the grace; the one at 16.25 s is not.
    assertThat(e.reason()).isEqualTo(WaiterFailedException.Reason.NOT_FOUND);
    assertThat(e.getCause()).isInstanceOf(NotFoundException.class);
    assertThat(e.polls()).isEqualTo(4);
    assertThat(e.elapsed()).isEqualTo(Duration.ofMillis(16250));
    assertThat(e.lastResource()).isEmpty();
    assertThat(e.getMessage()).isEqualTo("endpoint ep-1 still not found after 16.2s, 4 polls (allowed 10s)");
  }

  @Test
  void resourceThatDisappearsAfterBeingSeenFailsEvenWithinTheGrace() {
    Waiter<Res> waiter = untilRunning().notFound(NotFoundBehaviour.keepWaitingFor(Duration.ofMinutes(5))).build();

    WaiterFailedException e = catchThrowableOfType(WaiterFailedException.class,
        () -> waiter.waitFor(new Script(Res.of("CREATING"), Fixtures.notFound())));

    assertThat(e.reason()).isEqualTo(WaiterFailedException.Reason.NOT_FOUND);
    assertThat(e.lastStatus()).contains("CREATING");
    assertThat(e.getMessage()).contains("disappeared");
  }

  @Test
  void transientErrorsAreToleratedThenSuccess() {
    Script poll = new Script(Res.of("CREATING"), Fixtures.serverError(), Fixtures.serverError(),
        Fixtures.transportError(), Fixtures.throttled(Duration.ofSeconds(1)), Res.of("RUNNING"));

    WaitResult<Res> result = untilRunning().build().waitFor(poll);

    assertThat(result.status()).contains("RUNNING");
    assertThat(result.polls()).isEqualTo(6);
  }

  @Test
  void tooManyConsecutiveTransientErrorsFailWithTheLastAsCause() {
    ServerException last = Fixtures.serverError();
    Script poll = new Script(Res.of("CREATING"), Fixtures.transportError(), Fixtures.serverError(),
        Fixtures.serverError(), Fixtures.serverError(), last);

    WaiterFailedException e = catchThrowableOfType(WaiterFailedException.class, () -> untilRunning().build().waitFor(poll));

    assertThat(e.reason()).isEqualTo(WaiterFailedException.Reason.TOO_MANY_ERRORS);
    assertThat(e.getCause()).isSameAs(last);
    assertThat(e.polls()).isEqualTo(6);
    assertThat(e.lastStatus()).contains("CREATING");
    assertThat(e.getMessage()).startsWith("endpoint ep-1: 5 polls in a row failed");
  }

  @Test
  void aSuccessfulPollResetsTheConsecutiveErrorCount() {
    Script poll = new Script(Fixtures.serverError(), Fixtures.serverError(), Fixtures.serverError(),
        Fixtures.serverError(), Res.of("CREATING"), Fixtures.serverError(), Fixtures.serverError(),
        Fixtures.serverError(), Fixtures.serverError(), Res.of("RUNNING"));

    assertThat(untilRunning().build().waitFor(poll).polls()).isEqualTo(10);
  }

  @Test
  void nonTransientErrorsFailAtOnceUnchanged() {
    BadRequestException badRequest = Fixtures.badRequest();
    Script poll = new Script(Res.of("CREATING"), badRequest);

    assertThatThrownBy(() -> untilRunning().build().waitFor(poll)).isSameAs(badRequest);
    assertThat(poll.calls()).isEqualTo(2);
  }

  @Test
  void retryAfterFromTheServerIsHonoured() {
    Script poll = new Script(Res.of("CREATING"), Fixtures.throttled(Duration.ofSeconds(7)), Res.of("RUNNING"));

    untilRunning().build().waitFor(poll);

    // After the throttled poll the schedule says 4.5 s but the server asked for 7 s.
    assertThat(time.sleeps()).containsExactly(Duration.ofSeconds(2), Duration.ofSeconds(3), Duration.ofSeconds(7));
  }

  @Test
  void retryAfterBeyondTheDeadlineTimesOutAtOnce() {
    Script poll = new Script(Res.of("CREATING"), Fixtures.throttled(Duration.ofMinutes(10)));

    WaiterTimeoutException e = catchThrowableOfType(WaiterTimeoutException.class,
        () -> untilRunning().build().waitFor(poll, Duration.ofMinutes(1)));

    assertThat(e.polls()).isEqualTo(2);
    assertThat(e.elapsed()).isEqualTo(Duration.ofSeconds(5));
    assertThat(e.getCause()).isInstanceOf(io.hcsdk.core.error.ThrottledException.class);
  }

  @Test
  void pollScheduleGrowsByHalfUpToFifteenSeconds() {
    Script poll = new Script(Res.of("CREATING"), Res.of("CREATING"), Res.of("CREATING"), Res.of("CREATING"),
        Res.of("CREATING"), Res.of("CREATING"), Res.of("CREATING"), Res.of("CREATING"), Res.of("RUNNING"));

    untilRunning().build().waitFor(poll);

    assertThat(time.sleeps()).containsExactly(Duration.ofSeconds(2), Duration.ofSeconds(3), Duration.ofMillis(4500),
        Duration.ofMillis(6750), Duration.ofMillis(10125), Duration.ofSeconds(15), Duration.ofSeconds(15),
        Duration.ofSeconds(15), Duration.ofSeconds(15));
  }

  @Test
  void jitterOnlyShortensAndIsDeterministicWithAnInjectedSource() {
    WaitPolicy jittered = WaitPolicy.defaults().newBuilder().jitter(0.2).jitterSource(() -> 0.5).build();

    untilRunning().policy(jittered).build().waitFor(Script.statuses("CREATING", "RUNNING"));

    assertThat(time.sleeps()).containsExactly(Duration.ofMillis(1800), Duration.ofMillis(2700));
    assertThat(jittered.delay(50)).isEqualTo(Duration.ofMillis(13500));
  }

  @Test
  void interruptDuringSleepThrowsAndRestoresTheFlag() {
    time.onSleep((n, d) -> {
      if (n == 2) {
        throw new InterruptedException("stop");
      }
    });
    Script poll = Script.statuses("CREATING");

    WaiterInterruptedException e = catchThrowableOfType(WaiterInterruptedException.class,
        () -> untilRunning().build().waitFor(poll));

    assertThat(Thread.currentThread().isInterrupted()).isTrue();
    assertThat(e).isInstanceOf(HcException.class);
    assertThat(e.getCause()).isInstanceOf(InterruptedException.class);
    assertThat(e.polls()).isEqualTo(1);
    assertThat(e.lastStatus()).contains("CREATING");
    assertThat(poll.calls()).isEqualTo(1);
  }

  @Test
  void interruptDuringAPollStopsBeforeTheNextPoll() {
    Script statuses = Script.statuses("CREATING");
    Waiter<Res> waiter = untilRunning().build();

    assertThatThrownBy(() -> waiter.waitFor(() -> {
      Thread.currentThread().interrupt(); // as if the HTTP call swallowed the InterruptedException
      return statuses.get();
    })).isInstanceOf(WaiterInterruptedException.class);
    assertThat(Thread.currentThread().isInterrupted()).isTrue();
    assertThat(statuses.calls()).isEqualTo(1);
  }

  @Test
  void aStatusFunctionThatThrowsEndsTheWaitWithItsException() {
    IllegalStateException bug = new IllegalStateException("status accessor bug");
    Script poll = Script.statuses("CREATING");

    assertThatThrownBy(() -> untilRunning().statusOf(r -> {
      throw bug;
    }).build().waitFor(poll)).isSameAs(bug);
    assertThat(poll.calls()).isEqualTo(1);
  }

  @Test
  void brokenErrorFieldAccessorsDoNotHideTheFailureStatus() {
    WaiterFailedException e = catchThrowableOfType(WaiterFailedException.class, () -> untilRunning()
        .errorCodeOf(r -> {
          throw new IllegalStateException("error code accessor bug");
        })
        .build().waitFor(new Script(Res.failed("CREATE_FAILED", "Fabric.1", "no quota"))));

    assertThat(e.reason()).isEqualTo(WaiterFailedException.Reason.FAILURE_STATUS);
    assertThat(e.errorCode()).isEmpty();
    assertThat(e.errorMessage()).contains("no quota");
    assertThat(e.getSuppressed()).singleElement().hasFieldOrPropertyWithValue("message", "error code accessor bug");
  }

  @Test
  void aPollFailingBecauseTheThreadWasInterruptedEndsAsAnInterruptedWait() {
    io.hcsdk.core.error.CallCancelledException cancelled =
        new io.hcsdk.core.error.CallCancelledException("call cancelled by an interrupt", null);

    WaiterInterruptedException e = catchThrowableOfType(WaiterInterruptedException.class, () -> untilRunning().build()
        .waitFor(() -> {
          Thread.currentThread().interrupt(); // what the HTTP layer does when an interrupt cancels the call
          throw cancelled;
        }));

    assertThat(e.getCause()).isSameAs(cancelled);
    assertThat(Thread.currentThread().isInterrupted()).isTrue();
  }

  @Test
  void progressEventsArriveInOrderWithElapsedTimes() {
    untilRunning().build().waitFor(Script.statuses("PENDING", "CREATING", "CREATING", "RUNNING"));

    assertThat(events).extracting(StatusChange::previous, StatusChange::current, StatusChange::elapsed, StatusChange::polls)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(Optional.empty(), "PENDING", Duration.ofSeconds(2), 1),
            org.assertj.core.groups.Tuple.tuple(Optional.of("PENDING"), "CREATING", Duration.ofSeconds(5), 2),
            org.assertj.core.groups.Tuple.tuple(Optional.of("CREATING"), "RUNNING", Duration.ofMillis(16250), 4));
    assertThat(events).allSatisfy(e -> assertThat(e.description()).contains("endpoint ep-1"));
    assertThat(events.get(2)).hasToString("endpoint ep-1: CREATING -> RUNNING after 16.2s (4 polls)");
  }

  @Test
  void aFailingListenerDoesNotEndTheWait() {
    Waiter<Res> waiter = untilRunning().listener(change -> {
      throw new IllegalStateException("listener bug");
    }).build();

    assertThat(waiter.waitFor(Script.statuses("CREATING", "RUNNING")).status()).contains("RUNNING");
  }

  @Test
  void describedAsNamesTheResourceInACopy() {
    Waiter<Res> shared = untilRunning().build();
    Waiter<Res> named = shared.describedAs("endpoint 0b56");

    assertThat(named.description()).contains("endpoint 0b56");
    assertThat(shared.description()).contains("endpoint ep-1");
  }

  @Test
  void builderRejectsContradictoryOrIncompleteDefinitions() {
    assertThatThrownBy(() -> Waiter.<Res>builder().successOn("RUNNING").build())
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("statusOf");
    assertThatThrownBy(() -> Waiter.<Res>builder().statusOf(Res::status).build())
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("successOn");
    assertThatThrownBy(() -> Waiter.<Res>builder().statusOf(Res::status).successOn("RUNNING").failureOn("RUNNING").build())
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("RUNNING");
    assertThatThrownBy(() -> untilRunning().build().waitForAsync(() -> null))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("scheduler");
  }
}
