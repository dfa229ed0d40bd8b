package io.hcsdk.core.http;

import static io.hcsdk.core.http.PipelineTesting.TIMEOUT_S;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hcsdk.core.ClientConfig;
import io.hcsdk.testing.FakeTime;
import io.hcsdk.core.auth.AuthContext;
import io.hcsdk.core.auth.Credentials;
import io.hcsdk.core.error.TransportException;
import io.hcsdk.core.retry.RetryPolicy;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import okhttp3.HttpUrl;
import okhttp3.Request;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The whole-call timeout bounds everything a call does, authentication and queueing in OkHttp's
 * dispatcher included (issue 7, defect 3), and a request may shorten it for itself (defect 8).
 */
class CallTimeoutTest {
  private static final Instant START = Instant.parse("2026-11-22T00:00:00Z");

  private final FakeTime time = new FakeTime(START);
  private MockWebServer server;
  private ScheduledThreadPoolExecutor scheduler;

  @BeforeEach
  void start() throws IOException {
    server = new MockWebServer();
    server.start();
    scheduler = new ScheduledThreadPoolExecutor(1);
    scheduler.setRemoveOnCancelPolicy(true);
  }

  @AfterEach
  void stop() {
    scheduler.shutdownNow();
    server.close();
  }

  /** Records the context of every authentication; may spend fake time doing it, as an IAM fetch would. */
  static final class RecordingCredentials implements Credentials {
    final List<AuthContext> contexts = new CopyOnWriteArrayList<>();
    final FakeTime time;
    final Duration spend;

    RecordingCredentials(FakeTime time, Duration spend) {
      this.time = time;
      this.spend = spend;
    }

    @Override
    public Request authenticate(Request request, AuthContext context) {
      contexts.add(context);
      time.advance(spend);
      return request.newBuilder().header("X-Auth-Token", "tok").build();
    }
  }

  private ClientConfig.Builder fakeTimeConfig(Credentials credentials) {
    return ClientConfig.builder()
        .endpoint(ClientConfig.FABRIC, server.url("/").toString())
        .credentials(credentials)
        .clock(time)
        .sleeper(time)
        .scheduler(scheduler);
  }

  private static ApiRequest.Builder show() {
    return ApiRequest.get(ClientConfig.FABRIC, "/x").operation("ShowThing");
  }

  @Test
  void authenticationGetsThisCallsDeadlineAndTheClientsPolicyTimingAndIamEndpoint() {
    server.enqueue(new MockResponse.Builder().code(200).body("{}").build());
    RecordingCredentials credentials = new RecordingCredentials(time, Duration.ZERO);
    RetryPolicy policy = RetryPolicy.builder().maxRetries(2).build();
    ClientConfig config = fakeTimeConfig(credentials).callTimeout(Duration.ofSeconds(30)).retryPolicy(policy)
        .endpoint(ClientConfig.IAM, "https://iam.example.com").build();
    try (HttpPipeline pipeline = new HttpPipeline(config)) {
      pipeline.send(show().build(), Void.class);

      AuthContext context = credentials.contexts.get(0);
      assertThat(context.deadline()).contains(START.plusSeconds(30));
      assertThat(context.clock()).isSameAs(time);
      assertThat(context.sleeper()).isSameAs(time);
      assertThat(context.retryPolicy()).isSameAs(policy);
      assertThat(context.scheduler()).containsSame(scheduler);
      assertThat(context.iamEndpoint()).contains(HttpUrl.get("https://iam.example.com/"));
      assertThat(context.httpClient()).isSameAs(pipeline.httpClient());
    }
  }

  @Test
  void theRegionsIamEndpointIsLentAndAnUnboundedCallHasNoDeadline() {
    server.enqueue(new MockResponse.Builder().code(200).body("{}").build());
    RecordingCredentials credentials = new RecordingCredentials(time, Duration.ZERO);
    // README promises the region's IAM by default; credentials built with their own endpoint keep it
    ClientConfig config = fakeTimeConfig(credentials).region("cn-north-4").callTimeout(Duration.ZERO).build();
    try (HttpPipeline pipeline = new HttpPipeline(config)) {
      pipeline.send(show().build(), Void.class);
    }
    assertThat(credentials.contexts.get(0).iamEndpoint())
        .contains(HttpUrl.get("https://iam.cn-north-4.myhuaweicloud.com/"));
    assertThat(credentials.contexts.get(0).deadline()).isEmpty();
  }

  @Test
  void aRequestsOwnTimeoutIsCappedByTheConfigs() {
    RecordingCredentials credentials = new RecordingCredentials(time, Duration.ZERO);
    for (int i = 0; i < 3; i++) {
      server.enqueue(new MockResponse.Builder().code(200).body("{}").build());
    }
    try (HttpPipeline pipeline = new HttpPipeline(fakeTimeConfig(credentials).callTimeout(Duration.ofSeconds(120)).build());
        HttpPipeline unbounded = new HttpPipeline(fakeTimeConfig(credentials).callTimeout(Duration.ZERO).build())) {
      pipeline.send(show().callTimeout(Duration.ofSeconds(5)).build(), Void.class);
      pipeline.send(show().callTimeout(Duration.ofSeconds(300)).build(), Void.class);
      unbounded.send(show().callTimeout(Duration.ofSeconds(7)).build(), Void.class);
    }
    assertThat(credentials.contexts).extracting(AuthContext::deadline).containsExactly(
        java.util.Optional.of(START.plusSeconds(5)),
        java.util.Optional.of(START.plusSeconds(120)),
        java.util.Optional.of(START.plusSeconds(7)));
  }

  @Test
  void aRequestsTimeoutMustBePositive() {
    assertThatThrownBy(() -> show().callTimeout(Duration.ZERO)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> show().callTimeout(Duration.ofSeconds(-1))).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void authenticationThatUsesUpTheCallTimeoutEndsTheCallWithoutSending() {
    RecordingCredentials slowToken = new RecordingCredentials(time, Duration.ofSeconds(11));
    try (HttpPipeline pipeline = new HttpPipeline(fakeTimeConfig(slowToken).callTimeout(Duration.ofSeconds(10)).build())) {
      assertThatThrownBy(() -> pipeline.send(show().build(), Void.class))
          .isInstanceOfSatisfying(TransportException.class, e -> {
            assertThat(e.getMessage()).contains("call timeout");
            assertThat(e.mayHaveReachedServer()).isFalse();
          });
    }
    assertThat(server.getRequestCount()).isZero();
  }

  /** A token fetch that never ends, and must not hold the call beyond its deadline. */
  static final class HangingCredentials implements Credentials {
    final CompletableFuture<Request> never = new CompletableFuture<>();

    @Override
    public Request authenticate(Request request, AuthContext context) {
      throw new AssertionError("the async path must use authenticateAsync");
    }

    @Override
    public CompletableFuture<Request> authenticateAsync(Request request, AuthContext context) {
      return never;
    }
  }

  @Test
  void anAsyncTokenFetchThatHangsIsCutOffAtTheDeadline() {
    HangingCredentials credentials = new HangingCredentials();
    ClientConfig config = ClientConfig.builder().endpoint(ClientConfig.FABRIC, server.url("/").toString())
        .credentials(credentials).scheduler(scheduler).callTimeout(Duration.ofMillis(200)).build();
    try (HttpPipeline pipeline = new HttpPipeline(config)) {
      CompletableFuture<ApiResponse<Void>> future = pipeline.sendAsync(show().build(), Void.class);

      assertThatThrownBy(() -> future.get(TIMEOUT_S, TimeUnit.SECONDS))
          .isInstanceOf(ExecutionException.class)
          .cause()
          .isInstanceOfSatisfying(TransportException.class, e -> {
            assertThat(e.getMessage()).contains("call timeout of PT0.2S passed");
            assertThat(e.mayHaveReachedServer()).isFalse();
          });
    }
    assertThat(server.getRequestCount()).isZero();
    // the credentials' future may be shared by other calls: it is left alone, not cancelled
    assertThat(credentials.never).isNotDone();
  }

  /** One slot in the dispatcher, held by a slow call: the next call waits in OkHttp's queue. */
  private HttpPipeline pipelineWithOneSlot() {
    server.setDispatcher(new Dispatcher() {
      @Override
      public MockResponse dispatch(RecordedRequest request) {
        return request.getUrl().encodedPath().equals("/slow")
            ? new MockResponse.Builder().code(200).body("{}").headersDelay(5, TimeUnit.SECONDS).build()
            : new MockResponse.Builder().code(200).body("{}").build();
      }
    });
    return new HttpPipeline(ClientConfig.builder().endpoint(ClientConfig.FABRIC, server.url("/").toString())
        .scheduler(scheduler).maxRequests(1).callTimeout(Duration.ofSeconds(30)).build());
  }

  private static ApiRequest slow() {
    return ApiRequest.get(ClientConfig.FABRIC, "/slow").operation("Slow").build();
  }

  @Test
  void waitingInTheDispatchersQueueCountsAgainstAnAsyncCallsTimeout() throws Exception {
    try (HttpPipeline pipeline = pipelineWithOneSlot()) {
      CompletableFuture<ApiResponse<Void>> holder = pipeline.sendAsync(slow(), Void.class);
      assertThat(server.takeRequest(TIMEOUT_S, TimeUnit.SECONDS)).as("the slot is taken").isNotNull();

      CompletableFuture<ApiResponse<Void>> queued =
          pipeline.sendAsync(show().callTimeout(Duration.ofMillis(300)).build(), Void.class);

      assertThatThrownBy(() -> queued.get(TIMEOUT_S, TimeUnit.SECONDS)).cause()
          .isInstanceOfSatisfying(TransportException.class, e -> {
            assertThat(e.getMessage()).contains("call timeout of PT0.3S passed");
            assertThat(e.mayHaveReachedServer()).isFalse();
          });
      // it gave up while still queued: the call holding the slot is not finished
      assertThat(holder).isNotDone();
      holder.cancel(true);
    }
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void aSyncCallRunsOnItsCallersThreadAndSoNeverQueuesBehindAsyncCalls() throws Exception {
    try (HttpPipeline pipeline = pipelineWithOneSlot()) {
      CompletableFuture<ApiResponse<Void>> holder = pipeline.sendAsync(slow(), Void.class);
      assertThat(server.takeRequest(TIMEOUT_S, TimeUnit.SECONDS)).as("the slot is taken").isNotNull();

      ApiResponse<Void> response = pipeline.send(show().callTimeout(Duration.ofSeconds(TIMEOUT_S)).build(), Void.class);

      assertThat(response.status()).isEqualTo(200);
      assertThat(holder).isNotDone();
      holder.cancel(true);
    }
    assertThat(server.getRequestCount()).isEqualTo(2);
  }
}
