package io.hcsdk.testing.resilience;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.hcsdk.core.error.UnauthorizedException;
import io.hcsdk.testing.AuthMode;
import io.hcsdk.testing.CapturedRequest;
import io.hcsdk.testing.CloudSimulator;
import io.hcsdk.testing.Fault;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The authentication rows of the fault matrix, for Fabric and ModelArts: an expired IAM token is renewed
 * once and the call replayed; a 401 that persists ends in {@link UnauthorizedException} after at most
 * one replay (none for a static token or AK/SK, which cannot be renewed); and many calls rejected at
 * once for one token share a single IAM request.
 */
@Resilience
class AuthFaultsTest {
  /** The gateway's answer to a token it knows but that expired or was revoked. */
  private static final String EXPIRED = "{\"error_code\":\"APIGW.0307\",\"error_msg\":\"The token must be updated.\"}";
  private static final int THREADS = 16;

  @ParameterizedTest(name = "{0}: a 401 for an expired IAM token renews the token once and the replayed call "
      + "succeeds")
  @EnumSource(FaultsService.class)
  void anExpiredIamTokenIsRenewedOnceAndTheCallSucceeds(FaultsService service) {
    try (CloudSimulator sim = Sims.start(); FaultsService.Api api = service.api(sim, AuthMode.IAM)) {
      String id = api.create("seed");
      sim.requests().assertCount(FaultsService.IAM_TOKEN, 1);
      sim.expireIssuedTokens();
      sim.clearRequests();

      assertThat(api.show(id)).isEqualTo(id);

      sim.requests().assertCount(FaultsService.IAM_TOKEN, 1);
      assertThat(sim.requests().of(service.show)).extracting(CapturedRequest::status).containsExactly(401, 200);
      List<CapturedRequest> shows = sim.requests().of(service.show);
      assertThat(shows.get(1).header("X-Auth-Token")).as("the replay carries the new token")
          .isNotEqualTo(shows.get(0).header("X-Auth-Token"));
      assertThat(sim.issuedTokens()).hasSize(2);
      Sims.learnIssuedTokens(sim);
    }
  }

  @ParameterizedTest(name = "{0}: a 401 that persists ends in UnauthorizedException with status, code and request "
      + "id: after one renewal and replay with IAM, at once with a static token or AK/SK")
  @EnumSource(FaultsService.class)
  void a401ThatPersistsEndsInUnauthorizedExceptionWithoutALoop(FaultsService service) {
    for (AuthMode mode : AuthMode.values()) {
      try (CloudSimulator sim = Sims.start(); FaultsService.Api api = service.api(sim, mode)) {
        String id = api.create("seed");
        sim.clearRequests();
        sim.on(service.show).always(Fault.status(401, EXPIRED));

        RuntimeException e = Sentinels.typed(catchThrowable(() -> api.show(id)));

        // Only IAM credentials can be renewed: one more token, one replay, then the 401 stands.
        int attempts = mode == AuthMode.IAM ? 2 : 1;
        assertThat(e).as(mode.name()).isInstanceOfSatisfying(UnauthorizedException.class, u -> {
          assertThat(u.httpStatus()).isEqualTo(401);
          assertThat(u.errorCode()).contains("APIGW.0307");
          assertThat(u.requestId()).contains(FaultsService.lastRequestId(sim, service.show));
          assertThat(u.attempts()).isEqualTo(attempts);
        });
        sim.requests().assertCount(service.show, attempts)
            .assertCount(FaultsService.IAM_TOKEN, mode == AuthMode.IAM ? 1 : 0);
        Sims.learnIssuedTokens(sim);
      }
    }
  }

  @ParameterizedTest(name = "{0}: a revoked static token is not renewed: every call ends in one 401, "
      + "UnauthorizedException")
  @EnumSource(FaultsService.class)
  void aRevokedStaticTokenIsNotRenewed(FaultsService service) {
    try (CloudSimulator sim = Sims.start(); FaultsService.Api api = service.api(sim, AuthMode.TOKEN)) {
      String id = api.create("seed");
      sim.revokeToken(Sentinels.TOKEN);
      sim.clearRequests();

      for (int call = 0; call < 3; call++) {
        RuntimeException e = Sentinels.typed(catchThrowable(() -> api.show(id)));

        assertThat(e).isInstanceOfSatisfying(UnauthorizedException.class, u -> {
          assertThat(u.httpStatus()).isEqualTo(401);
          assertThat(u.errorCode()).contains("APIGW.0307");
          assertThat(u.requestId()).contains(FaultsService.lastRequestId(sim, service.show));
          assertThat(u.attempts()).isOne();
        });
      }
      sim.requests().assertCount(service.show, 3).assertNone(FaultsService.IAM_TOKEN);
    }
  }

  @ParameterizedTest(name = "{0}: 16 concurrent calls that meet 401s for one expired IAM token share one IAM "
      + "request and all succeed")
  @EnumSource(FaultsService.class)
  void manyConcurrent401sForOneTokenMakeOneIamRequest(FaultsService service) throws Exception {
    ExecutorService threads = Executors.newFixedThreadPool(THREADS);
    try (CloudSimulator sim = Sims.start(); FaultsService.Api api = service.api(sim, AuthMode.IAM)) {
      String id = api.create("seed");
      String expired = sim.issuedTokens().get(0);
      sim.expireIssuedTokens();
      // The answers (401s) come late, so the threads send the expired token before any learns it was refused.
      sim.on(service.show).next(THREADS, Fault.delay(Duration.ofMillis(300)));
      CountDownLatch ready = new CountDownLatch(THREADS);
      CountDownLatch go = new CountDownLatch(1);
      List<Future<String>> shows = new ArrayList<>();
      for (int i = 0; i < THREADS; i++) {
        shows.add(threads.submit(() -> {
          ready.countDown();
          assertThat(go.await(30, TimeUnit.SECONDS)).isTrue();
          return api.show(id);
        }));
      }
      assertThat(ready.await(30, TimeUnit.SECONDS)).isTrue();
      go.countDown();

      for (Future<String> show : shows) {
        assertThat(show.get(30, TimeUnit.SECONDS)).isEqualTo(id);
      }
      // One token for the seed, one renewal however many calls met the 401.
      sim.requests().assertCount(FaultsService.IAM_TOKEN, 2);
      assertThat(sim.issuedTokens()).hasSize(2);
      List<CapturedRequest> answered = sim.requests().of(service.show);
      assertThat(answered).filteredOn(r -> r.status() == 200).hasSize(THREADS);
      assertThat(answered).filteredOn(r -> r.status() == 401).hasSizeGreaterThan(1)
          .allSatisfy(r -> assertThat(r.header("X-Auth-Token")).isEqualTo(expired));
      assertThat(answered).allSatisfy(r -> assertThat(r.status()).isIn(200, 401));
      Sims.learnIssuedTokens(sim);
    } finally {
      threads.shutdownNow();
    }
  }
}
