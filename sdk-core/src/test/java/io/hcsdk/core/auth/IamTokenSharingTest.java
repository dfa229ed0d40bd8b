package io.hcsdk.core.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hcsdk.core.FakeTime;
import io.hcsdk.core.error.TransportException;
import io.hcsdk.core.error.UnauthorizedException;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * How callers share the IAM token: deadlines bound every wait (issue 7 #3), a 401 drops only the
 * token it rejected (#4), async callers never block a thread (#12), and the client's IAM endpoint
 * is used when the credentials name none (#16).
 */
class IamTokenSharingTest {
  private static final Instant T0 = Instant.parse("2024-03-01T08:00:00Z");
  private static final Instant DAY_LATER = T0.plus(Duration.ofHours(24));

  private final FakeTime time = new FakeTime(T0);
  /** A read timeout longer than any test waits: only the SDK's deadlines may end a held request. */
  private final OkHttpClient client = new OkHttpClient.Builder().readTimeout(Duration.ofSeconds(60)).build();
  private final TestContext context = TestContext.of(client, time);
  private final Request serviceRequest = new Request.Builder().url("https://fabric.example.com/v1/x").build();
  private final ExecutorService threads = Executors.newCachedThreadPool();
  private final IamServer iam = new IamServer();
  private MockWebServer server;

  @BeforeEach
  void start() throws IOException {
    server = new MockWebServer();
    server.setDispatcher(iam);
    server.start();
  }

  @AfterEach
  void stop() {
    iam.release();
    threads.shutdownNow();
    server.close();
  }

  // --- #3: the deadline bounds the token fetch and every wait for it

  @Test
  void theFetchGetsTheTimeLeftAsItsCallTimeout() throws Exception {
    iam.holdNext(1).enqueueToken("token-1", DAY_LATER);
    IamPasswordCredentials credentials = credentials();

    Future<Request> call = threads.submit(() ->
        credentials.authenticate(serviceRequest, context.withTimeLeft(Duration.ofMillis(300))));

    assertThatThrownBy(() -> call.get(10, TimeUnit.SECONDS))
        .isInstanceOf(ExecutionException.class)
        .cause().isInstanceOf(TransportException.class).hasMessageContaining("/v3/auth/tokens");
  }

  @Test
  void aCallerWaitingOnAnotherCallersFetchStopsAtItsOwnDeadlineWithoutCancellingIt()
      throws Exception {
    iam.holdNext(1).enqueueToken("token-1", DAY_LATER);
    IamPasswordCredentials credentials = credentials();
    Future<Request> unbounded = threads.submit(() -> credentials.authenticate(serviceRequest, context));
    iam.awaitArrival(1);

    Future<Request> bounded = threads.submit(() ->
        credentials.authenticate(serviceRequest, context.withTimeLeft(Duration.ofMillis(200))));

    assertThatThrownBy(() -> bounded.get(10, TimeUnit.SECONDS))
        .isInstanceOf(ExecutionException.class)
        .cause().isInstanceOf(TransportException.class).hasMessageContaining("deadline");
    iam.release();
    assertThat(unbounded.get(10, TimeUnit.SECONDS).header("X-Auth-Token")).isEqualTo("token-1");
    assertThat(iam.arrived()).isEqualTo(1);
  }

  @Test
  void whenTheStartersDeadlineEndsTheFetchACallerWithTimeLeftFetchesAgain() throws Exception {
    iam.holdNext(1).enqueueToken("token-1", DAY_LATER).enqueueToken("token-2", DAY_LATER);
    IamPasswordCredentials credentials = credentials();
    Future<Request> starter = threads.submit(() ->
        credentials.authenticate(serviceRequest, context.withTimeLeft(Duration.ofSeconds(1))));
    iam.awaitArrival(1);

    Future<Request> patient = threads.submit(() -> credentials.authenticate(serviceRequest, context));

    assertThatThrownBy(() -> starter.get(10, TimeUnit.SECONDS))
        .cause().isInstanceOf(TransportException.class);
    assertThat(patient.get(10, TimeUnit.SECONDS).header("X-Auth-Token")).isEqualTo("token-2");
    assertThat(iam.arrived()).isEqualTo(2);
  }

  @Test
  void anAsyncCallerWaitsForTheSharedFetchUntilItsDeadlineOnTheContextsScheduler()
      throws Exception {
    iam.holdNext(1).enqueueToken("token-1", DAY_LATER);
    IamPasswordCredentials credentials = credentials();
    StepScheduler scheduler = new StepScheduler();
    CompletableFuture<Request> unbounded =
        returnsAtOnce(() -> credentials.authenticateAsync(serviceRequest, context));
    iam.awaitArrival(1);

    CompletableFuture<Request> bounded = returnsAtOnce(() -> credentials.authenticateAsync(
        serviceRequest, context.withTimeLeft(Duration.ofSeconds(5)).withScheduler(scheduler)));
    StepScheduler.Task timeout = scheduler.next();
    assertThat(timeout.delay()).isEqualTo(Duration.ofSeconds(5));
    assertThat(bounded).isNotDone();
    timeout.run();

    assertThatThrownBy(() -> bounded.get(10, TimeUnit.SECONDS))
        .cause().isInstanceOf(TransportException.class).hasMessageContaining("deadline");
    assertThat(unbounded).isNotDone();
    iam.release();
    assertThat(unbounded.get(10, TimeUnit.SECONDS).header("X-Auth-Token")).isEqualTo("token-1");
    assertThat(iam.arrived()).isEqualTo(1);
  }

  @Test
  void aPassedDeadlineFailsAtOnceWithoutAskingIam() {
    IamPasswordCredentials credentials = credentials();
    TestContext late = context.withTimeLeft(Duration.ZERO);

    assertThatThrownBy(() -> credentials.authenticate(serviceRequest, late))
        .isInstanceOf(TransportException.class);
    assertThat(credentials.authenticateAsync(serviceRequest, late)).isCompletedExceptionally();
    assertThat(iam.arrived()).isZero();
  }

  // --- #4: a 401 drops only the token it rejected

  @Test
  void lateUnauthorizedsForOneRevokedTokenCostOneIamCall() throws Exception {
    iam.enqueueToken("token-1", DAY_LATER).enqueueToken("token-2", DAY_LATER)
        .enqueueToken("token-3", DAY_LATER).enqueueToken("token-4", DAY_LATER);
    IamPasswordCredentials credentials = credentials();
    Request rejected = credentials.authenticate(serviceRequest, context);

    for (int i = 0; i < 3; i++) {
      assertThat(credentials.refreshAfterUnauthorized(rejected, context)).isTrue();
    }

    assertThat(iam.arrived()).isEqualTo(2);
    assertThat(credentials.authenticate(serviceRequest, context).header("X-Auth-Token")).isEqualTo("token-2");
  }

  @Test
  void concurrentUnauthorizedsForOneTokenCostExactlyOneIamCall() throws Exception {
    iam.enqueueToken("token-1", DAY_LATER);
    for (int i = 2; i <= 20; i++) {
      iam.enqueue(new MockResponse.Builder(IamServer.token("token-" + i, DAY_LATER))
          .headersDelay(200, TimeUnit.MILLISECONDS).build());
    }
    IamPasswordCredentials credentials = credentials();
    Request rejected = credentials.authenticate(serviceRequest, context);
    CountDownLatch go = new CountDownLatch(1);
    List<Future<Boolean>> refreshes = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      refreshes.add(threads.submit(() -> {
        go.await();
        return credentials.refreshAfterUnauthorized(rejected, context);
      }));
    }
    List<CompletableFuture<Boolean>> asyncRefreshes = new ArrayList<>();

    go.countDown();
    for (int i = 0; i < 8; i++) {
      asyncRefreshes.add(credentials.refreshAfterUnauthorizedAsync(rejected, context));
    }

    for (Future<Boolean> refresh : refreshes) {
      assertThat(refresh.get(10, TimeUnit.SECONDS)).isTrue();
    }
    for (CompletableFuture<Boolean> refresh : asyncRefreshes) {
      assertThat(refresh.get(10, TimeUnit.SECONDS)).isTrue();
    }
    assertThat(iam.arrived()).isEqualTo(2);
    assertThat(credentials.authenticate(serviceRequest, context).header("X-Auth-Token")).isEqualTo("token-2");
  }

  @Test
  void anUnauthorizedForTheCachedTokenJoinsTheRenewalInFlight() throws Exception {
    iam.enqueueToken("token-1", T0.plus(Duration.ofHours(1)))
        .enqueueToken("token-2", DAY_LATER).enqueueToken("token-3", DAY_LATER);
    IamPasswordCredentials credentials = credentials();
    Request rejected = credentials.authenticate(serviceRequest, context);
    time.set(T0.plus(Duration.ofMinutes(56))); // token-1 is due for renewal
    iam.holdNext(1);
    CompletableFuture<Request> renewing =
        returnsAtOnce(() -> credentials.authenticateAsync(serviceRequest, context));
    iam.awaitArrival(2);

    CompletableFuture<Boolean> refreshed =
        returnsAtOnce(() -> credentials.refreshAfterUnauthorizedAsync(rejected, context));
    iam.release();

    assertThat(renewing.get(10, TimeUnit.SECONDS).header("X-Auth-Token")).isEqualTo("token-2");
    assertThat(refreshed.get(10, TimeUnit.SECONDS)).isTrue();
    assertThat(iam.arrived()).isEqualTo(2);
  }

  // --- #12: async callers never block a thread

  @Test
  void asyncCallersReturnAtOnceAndComposeOnOneFetch() throws Exception {
    iam.holdNext(1).enqueueToken("token-1", DAY_LATER).enqueueToken("token-2", DAY_LATER);
    IamPasswordCredentials credentials = credentials();
    List<CompletableFuture<Request>> calls = new ArrayList<>();

    for (int i = 0; i < 50; i++) {
      calls.add(returnsAtOnce(() -> credentials.authenticateAsync(serviceRequest, context)));
    }
    iam.awaitArrival(1);
    assertThat(calls).allSatisfy(call -> assertThat(call).isNotDone());
    iam.release();

    for (CompletableFuture<Request> call : calls) {
      assertThat(call.get(10, TimeUnit.SECONDS).header("X-Auth-Token")).isEqualTo("token-1");
    }
    assertThat(iam.arrived()).isEqualTo(1);
    CompletableFuture<Request> cached = credentials.authenticateAsync(serviceRequest, context);
    assertThat(cached).isDone();
    assertThat(cached.get().header("X-Auth-Token")).isEqualTo("token-1");
  }

  @Test
  void asyncRefreshHeldByIamDoesNotHoldItsCaller() throws Exception {
    iam.enqueueToken("token-1", DAY_LATER).enqueueToken("token-2", DAY_LATER);
    IamPasswordCredentials credentials = credentials();
    Request rejected = credentials.authenticate(serviceRequest, context);
    iam.holdNext(1);

    CompletableFuture<Boolean> refreshed =
        returnsAtOnce(() -> credentials.refreshAfterUnauthorizedAsync(rejected, context));
    iam.awaitArrival(2);
    assertThat(refreshed).isNotDone();
    iam.release();

    assertThat(refreshed.get(10, TimeUnit.SECONDS)).isTrue();
    assertThat(credentials.authenticate(serviceRequest, context).header("X-Auth-Token")).isEqualTo("token-2");
  }

  @Test
  void asyncIamRefusalFailsTheFutureWithTheTypedError() throws Exception {
    iam.enqueue(new MockResponse.Builder().code(401).body("{\"error_code\":\"IAM.0002\"}").build());
    iam.enqueue(new MockResponse.Builder().code(401).body("{\"error_code\":\"IAM.0002\"}").build());
    IamPasswordCredentials credentials = credentials();

    assertThatThrownBy(() -> credentials.authenticateAsync(serviceRequest, context).get(10, TimeUnit.SECONDS))
        .cause().isInstanceOf(UnauthorizedException.class);
    assertThat(credentials.refreshAfterUnauthorizedAsync(serviceRequest, context).get(10, TimeUnit.SECONDS))
        .isFalse();
  }

  // --- #16: the client's IAM endpoint

  @Test
  void credentialsWithoutAnEndpointUseTheClientsIamEndpoint() throws Exception {
    iam.enqueueToken("token-1", DAY_LATER).enqueueToken("token-2", DAY_LATER);
    IamPasswordCredentials credentials = IamPasswordCredentials.builder().userName("alice")
        .password("pw-123456").domainName("acme").projectId("p-123").build();
    TestContext configured = context.withIamEndpoint(server.url("/iam/"));

    assertThat(credentials.authenticate(serviceRequest, configured).header("X-Auth-Token")).isEqualTo("token-1");
    assertThat(server.takeRequest().getUrl().encodedPath()).isEqualTo("/iam/v3/auth/tokens");
    assertThat(credentials.toString()).contains("iam=(the client's)");
  }

  @Test
  void anEndpointGivenToTheBuilderWinsOverTheClients() throws Exception {
    iam.enqueueToken("token-1", DAY_LATER);
    IamPasswordCredentials credentials = credentials();
    // Nothing listens on port 1: a request sent there would fail.
    TestContext configured = context.withIamEndpoint(okhttp3.HttpUrl.get("http://127.0.0.1:1/"));

    assertThat(credentials.authenticate(serviceRequest, configured).header("X-Auth-Token")).isEqualTo("token-1");
    assertThat(iam.arrived()).isEqualTo(1);
  }

  private IamPasswordCredentials credentials() {
    return IamPasswordCredentials.builder().userName("alice").password("pw-123456").domainName("acme")
        .projectId("p-123").iamEndpoint(server.url("/")).build();
  }

  /** Runs {@code call} on another thread and fails unless it returns within 5 s (it must not block). */
  private <T> T returnsAtOnce(Callable<T> call) throws Exception {
    Future<T> result = threads.submit(call);
    try {
      return result.get(5, TimeUnit.SECONDS);
    } catch (TimeoutException e) {
      throw new AssertionError("the async method blocked its caller", e);
    }
  }
}
