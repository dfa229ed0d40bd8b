package io.hcsdk.testing.resilience;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.hcsdk.core.error.ApiException;
import io.hcsdk.core.error.RequestTimeoutException;
import io.hcsdk.core.error.ServerException;
import io.hcsdk.core.error.ThrottledException;
import io.hcsdk.core.retry.RetryPolicy;
import io.hcsdk.testing.AuthMode;
import io.hcsdk.testing.CapturedRequest;
import io.hcsdk.testing.CloudSimulator;
import io.hcsdk.testing.FakeTime;
import io.hcsdk.testing.Fault;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The status rows of the fault matrix, for Fabric and ModelArts: 500, 502, 503 and 504 once and as a
 * storm, 408, and throttling (429 with {@code Retry-After} in seconds, as a date, beyond the cap, and
 * {@code APIG.0308} without it). Reads are retried on all of them; a create only where the service cannot
 * have acted (503, throttling), as {@link RetryPolicy} documents. Backoffs run on virtual time, so the
 * recorded sleeps show which wait the client chose.
 */
@Resilience
class StatusFaultsTest {
  private static final List<Integer> SERVER_ERRORS = List.of(500, 502, 503, 504);
  /** Makes every backoff half its ceiling: 100 ms before a first plain retry, 500 ms when throttled. */
  private static final double HALF = 0.5;

  @ParameterizedTest(name = "{0}: a single 500, 502, 503 or 504 on a show is retried once and the show succeeds")
  @EnumSource(FaultsService.class)
  void aSingleServerErrorOnAShowIsRetried(FaultsService service) {
    try (CloudSimulator sim = Sims.start(); FaultsService.Api api = halfJitter(service, sim)) {
      String id = api.create("seed");
      for (int status : SERVER_ERRORS) {
        sim.clearRequests();
        sim.on(service.show).next(1, Fault.status(status, service.errorBody(status)));

        assertThat(api.show(id)).as("show after one %d", status).isEqualTo(id);

        assertThat(sim.requests().of(service.show)).extracting(CapturedRequest::status).containsExactly(status, 200);
      }
      assertThat(time(sim).sleeps()).containsOnly(Duration.ofMillis(100)).hasSize(SERVER_ERRORS.size());
    }
  }

  @ParameterizedTest(name = "{0}: a 503 on a create is retried; a 500, 502 or 504 is not resent and ends in "
      + "ServerException")
  @EnumSource(FaultsService.class)
  void aCreateIsRetriedAfter503ButNeverResentAfter500_502Or504(FaultsService service) {
    try (CloudSimulator sim = Sims.start(); FaultsService.Api api = halfJitter(service, sim)) {
      sim.on(service.create).next(1, Fault.status(503, service.errorBody(503)));

      api.create("after-503");

      sim.requests().assertCount(service.create, 2);
      assertThat(service.resourcesNamed(sim, "after-503")).isOne();
      for (int status : List.of(500, 502, 504)) {
        sim.clearRequests();
        sim.on(service.create).next(1, Fault.status(status, service.errorBody(status)));
        String name = "after-" + status;

        RuntimeException e = Sentinels.typed(catchThrowable(() -> api.create(name)));

        assertServerError(e, service, status, FaultsService.lastRequestId(sim, service.create), 1);
        // Not a transport failure, so no lookup by name either: the error is the answer.
        sim.requests().assertCount(service.create, 1).assertNone(service.list);
        assertThat(service.resourcesNamed(sim, name)).isZero();
      }
    }
  }

  @ParameterizedTest(name = "{0}: a storm of 500, 502, 503 or 504 on a show ends in ServerException with status, "
      + "code and request id after exactly 1 + maxRetries attempts")
  @EnumSource(FaultsService.class)
  void aStormOfServerErrorsOnAShowEndsAfterEveryRetry(FaultsService service) {
    try (CloudSimulator sim = Sims.start(); FaultsService.Api api = halfJitter(service, sim)) {
      String id = api.create("seed");
      int attempts = 1 + RetryPolicy.defaults().maxRetries();
      for (int status : SERVER_ERRORS) {
        sim.clearRequests();
        sim.on(service.show).always(Fault.status(status, service.errorBody(status)));

        RuntimeException e = Sentinels.typed(catchThrowable(() -> api.show(id)));

        assertServerError(e, service, status, FaultsService.lastRequestId(sim, service.show), attempts);
        sim.requests().assertCount(service.show, attempts);
        sim.on(service.show).clear();
      }
      // Each storm backed off exponentially (half of 200, 400, 800 ms) between its attempts.
      assertThat(time(sim).sleeps()).containsExactlyElementsOf(SERVER_ERRORS.stream()
          .flatMap(s -> Stream.of(100, 200, 400)).map(Duration::ofMillis).toList());
    }
  }

  @ParameterizedTest(name = "{0}: a storm of 503 on a create is retried 1 + maxRetries times and ends in "
      + "ServerException; one create of a 500 storm is sent once")
  @EnumSource(FaultsService.class)
  void aStormOnACreateIsBoundedAndA500StormSendsItOnce(FaultsService service) {
    try (CloudSimulator sim = Sims.start(); FaultsService.Api api = halfJitter(service, sim)) {
      int attempts = 1 + RetryPolicy.defaults().maxRetries();
      sim.on(service.create).always(Fault.status(503, service.errorBody(503)));

      RuntimeException unavailable = Sentinels.typed(catchThrowable(() -> api.create("storm-503")));

      assertServerError(unavailable, service, 503, FaultsService.lastRequestId(sim, service.create), attempts);
      sim.requests().assertCount(service.create, attempts);
      sim.on(service.create).clear();
      sim.clearRequests();
      sim.on(service.create).always(Fault.status(500, service.errorBody(500)));

      RuntimeException internal = Sentinels.typed(catchThrowable(() -> api.create("storm-500")));

      assertServerError(internal, service, 500, FaultsService.lastRequestId(sim, service.create), 1);
      sim.requests().assertCount(service.create, 1);
      assertThat(sim.resources(service.family)).isEmpty();
    }
  }

  @ParameterizedTest(name = "{0}: a 408 is retried for a show; for a create it is not resent and ends in "
      + "RequestTimeoutException")
  @EnumSource(FaultsService.class)
  void a408IsRetriedForAShowButNotResentForACreate(FaultsService service) {
    try (CloudSimulator sim = Sims.start(); FaultsService.Api api = halfJitter(service, sim)) {
      String id = api.create("seed");
      sim.clearRequests();
      sim.on(service.show).next(1, Fault.status(408, service.errorBody(408)));

      assertThat(api.show(id)).isEqualTo(id);
      sim.requests().assertCount(service.show, 2);

      sim.on(service.create).next(1, Fault.status(408, service.errorBody(408)));
      RuntimeException e = Sentinels.typed(catchThrowable(() -> api.create("timed-out")));

      assertThat(e).isInstanceOfSatisfying(RequestTimeoutException.class, t -> {
        assertThat(t.httpStatus()).isEqualTo(408);
        assertThat(t.errorCode()).contains(service.errorCode(408));
        assertThat(t.requestId()).contains(FaultsService.lastRequestId(sim, service.create));
        assertThat(t.attempts()).isOne();
      });
      sim.requests().assertCount(service.create, 1);
    }
  }

  @ParameterizedTest(name = "{0}: a 429 with Retry-After in seconds is retried after exactly that wait, for a "
      + "show and for a create")
  @EnumSource(FaultsService.class)
  void a429WithRetryAfterInSecondsIsHonoured(FaultsService service) {
    try (CloudSimulator sim = Sims.start(); FaultsService.Api api = halfJitter(service, sim)) {
      String id = api.create("seed");
      sim.clearRequests();
      sim.on(service.show).throttleNext(1, Duration.ofSeconds(7));
      sim.on(service.create).throttleNext(1, Duration.ofSeconds(3));

      assertThat(api.show(id)).isEqualTo(id);
      api.create("throttled");

      assertThat(time(sim).sleeps()).containsExactly(Duration.ofSeconds(7), Duration.ofSeconds(3));
      sim.requests().assertCount(service.show, 2).assertCount(service.create, 2);
      assertThat(service.resourcesNamed(sim, "throttled")).isOne();
    }
  }

  @ParameterizedTest(name = "{0}: a 429 with Retry-After as an HTTP date is retried after waiting until that date")
  @EnumSource(FaultsService.class)
  void a429WithRetryAfterAsAnHttpDateIsHonoured(FaultsService service) {
    try (CloudSimulator sim = Sims.start(); FaultsService.Api api = halfJitter(service, sim)) {
      String id = api.create("seed");
      sim.clearRequests();
      Instant now = sim.clock().instant();
      Instant at = now.plusSeconds(9).truncatedTo(ChronoUnit.SECONDS);
      String date = DateTimeFormatter.RFC_1123_DATE_TIME.format(at.atZone(ZoneOffset.UTC));
      sim.on(service.show).next(1, Fault.throttle(date));

      assertThat(api.show(id)).isEqualTo(id);

      // Virtual time stood still between the answer and the wait, so the wait ends exactly at the date.
      assertThat(time(sim).sleeps()).containsExactly(Duration.between(now, at));
      assertThat(sim.clock().instant()).isEqualTo(at);
      sim.requests().assertCount(service.show, 2);
    }
  }

  @ParameterizedTest(name = "{0}: a 429 whose Retry-After is beyond the client's cap fails at once in "
      + "ThrottledException carrying it, without sleeping")
  @EnumSource(FaultsService.class)
  void a429WithRetryAfterBeyondTheCapFailsAtOnce(FaultsService service) {
    try (CloudSimulator sim = Sims.start(); FaultsService.Api api = halfJitter(service, sim)) {
      String id = api.create("seed");
      sim.clearRequests();
      Duration asked = RetryPolicy.defaults().maxRetryAfter().plusMinutes(1);
      sim.on(service.show, service.create).throttleNext(2, asked);

      for (Runnable call : List.<Runnable>of(() -> api.show(id), () -> api.create("too-long"))) {
        RuntimeException e = Sentinels.typed(catchThrowable(call::run));

        assertThat(e).isInstanceOfSatisfying(ThrottledException.class, t -> {
          assertThat(t.httpStatus()).isEqualTo(429);
          assertThat(t.errorCode()).contains(RetryPolicy.THROTTLING_CODE);
          assertThat(t.retryAfter()).contains(asked);
          assertThat(t.attempts()).isOne();
          assertThat(t.requestId()).isPresent();
          assertThat(t).hasMessageContaining("beyond this client's limit");
        });
      }
      assertThat(time(sim).sleeps()).isEmpty();
      sim.requests().assertCount(service.show, 1).assertCount(service.create, 1);
      assertThat(service.resourcesNamed(sim, "too-long")).isZero();
    }
  }

  @ParameterizedTest(name = "{0}: APIG.0308 without Retry-After is retried with the throttling backoff, "
      + "five times the plain one")
  @EnumSource(FaultsService.class)
  void aThrottlingAnswerWithoutRetryAfterIsRetriedWithTheThrottlingBackoff(FaultsService service) {
    try (CloudSimulator sim = Sims.start(); FaultsService.Api api = halfJitter(service, sim)) {
      String id = api.create("seed");
      sim.clearRequests();
      sim.on(service.show).throttleNext(2);
      sim.on(service.create).throttleNext(1);

      assertThat(api.show(id)).isEqualTo(id);
      api.create("throttled");
      sim.on(service.show).next(1, Fault.status(503, service.errorBody(503)));
      assertThat(api.show(id)).isEqualTo(id);

      // Throttled: half of 1 s, then of 2 s; the create's first retry: half of 1 s; a 503: half of 200 ms.
      assertThat(time(sim).sleeps()).containsExactly(Duration.ofMillis(500), Duration.ofSeconds(1),
          Duration.ofMillis(500), Duration.ofMillis(100));
      sim.requests().assertCount(service.show, 5).assertCount(service.create, 2);
    }
  }

  /** A client whose backoffs are exactly half their ceiling (a random draw could be a 0 ms, unslept wait). */
  private static FaultsService.Api halfJitter(FaultsService service, CloudSimulator sim) {
    return service.api(sim, AuthMode.TOKEN, b -> b.retryPolicy(RetryPolicy.builder().jitter(() -> HALF).build()));
  }

  private static void assertServerError(RuntimeException e, FaultsService service, int status, String requestId,
      int attempts) {
    assertThat(e).isInstanceOfSatisfying(ServerException.class, t -> assertApiError(t, service, status, requestId,
        attempts));
  }

  private static void assertApiError(ApiException e, FaultsService service, int status, String requestId,
      int attempts) {
    assertThat(e.httpStatus()).isEqualTo(status);
    assertThat(e.errorCode()).contains(service.errorCode(status));
    assertThat(e.errorMessage()).contains("injected " + status);
    assertThat(e.requestId()).contains(requestId);
    assertThat(e.attempts()).isEqualTo(attempts);
  }

  private static FakeTime time(CloudSimulator sim) {
    return sim.virtualTime().orElseThrow();
  }
}
