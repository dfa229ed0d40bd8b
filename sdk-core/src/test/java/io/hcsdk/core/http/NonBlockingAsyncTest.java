package io.hcsdk.core.http;

import static io.hcsdk.core.http.PipelineTesting.TIMEOUT_S;
import static org.assertj.core.api.Assertions.assertThat;

import io.hcsdk.core.ClientConfig;
import io.hcsdk.core.auth.AuthContext;
import io.hcsdk.core.auth.Credentials;
import java.io.IOException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Async calls compose on the credentials' futures instead of parking a thread on them, and the
 * dispatcher the SDK owns is sized from the config (issue 7, defect 12).
 */
class NonBlockingAsyncTest {
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

  private ClientConfig.Builder config(Credentials credentials) {
    return ClientConfig.builder()
        .endpoint(ClientConfig.FABRIC, server.url("/").toString())
        .credentials(credentials)
        .scheduler(scheduler);
  }

  private static ApiRequest get() {
    return ApiRequest.get(ClientConfig.FABRIC, "/x").operation("ShowThing").build();
  }

  /**
   * A token the test hands out when it likes; the blocking methods fail loudly, so any async path
   * that calls them (and would park a thread waiting for the token) is caught.
   */
  static final class LateTokenCredentials implements Credentials {
    final CompletableFuture<String> token = new CompletableFuture<>();
    final CompletableFuture<Boolean> refreshed = new CompletableFuture<>();
    final AtomicInteger authentications = new AtomicInteger();
    final AtomicInteger refreshes = new AtomicInteger();
    volatile String current = "token-0";

    @Override
    public Request authenticate(Request request, AuthContext context) {
      throw new AssertionError("an async call blocked on authenticate()");
    }

    @Override
    public CompletableFuture<Request> authenticateAsync(Request request, AuthContext context) {
      authentications.incrementAndGet();
      return token.thenApply(first -> request.newBuilder().header("X-Auth-Token", current).build());
    }

    @Override
    public boolean refreshAfterUnauthorized(Request rejected, AuthContext context) {
      throw new AssertionError("an async call blocked on refreshAfterUnauthorized()");
    }

    @Override
    public CompletableFuture<Boolean> refreshAfterUnauthorizedAsync(Request rejected, AuthContext context) {
      refreshes.incrementAndGet();
      return refreshed;
    }
  }

  @Test
  void authenticatesThroughAuthenticateAsyncAndSendsWhenTheTokenArrives() throws Exception {
    server.enqueue(new MockResponse.Builder().code(200).body("{}").build());
    LateTokenCredentials credentials = new LateTokenCredentials();
    try (HttpPipeline pipeline = new HttpPipeline(config(credentials).build())) {
      CompletableFuture<ApiResponse<Void>> future = pipeline.sendAsync(get(), Void.class);

      // the token is not there yet: nothing is sent and no thread waits for it
      assertThat(credentials.authentications).hasValue(1);
      assertThat(future).isNotDone();
      assertThat(pipeline.httpClient().dispatcher().runningCallsCount()).isZero();
      assertThat(server.getRequestCount()).isZero();

      credentials.token.complete("token-0");

      assertThat(future.get(TIMEOUT_S, TimeUnit.SECONDS).status()).isEqualTo(200);
    }
    assertThat(server.takeRequest().getHeaders().get("X-Auth-Token")).isEqualTo("token-0");
  }

  @Test
  void aRefreshAfter401ComposesOnRefreshAfterUnauthorizedAsync() throws Exception {
    server.enqueue(new MockResponse.Builder().code(401)
        .body("{\"error_code\":\"APIG.1002\",\"error_msg\":\"Incorrect token or token resolution failed\"}").build());
    server.enqueue(new MockResponse.Builder().code(200).body("{}").build());
    LateTokenCredentials credentials = new LateTokenCredentials();
    credentials.token.complete("ready");
    try (HttpPipeline pipeline = new HttpPipeline(config(credentials).build())) {
      CompletableFuture<ApiResponse<Void>> future = pipeline.sendAsync(get(), Void.class);
      RecordedRequest first = server.takeRequest(TIMEOUT_S, TimeUnit.SECONDS);
      assertThat(first.getHeaders().get("X-Auth-Token")).isEqualTo("token-0");
      awaitRefreshAsked(credentials);
      assertThat(future).isNotDone();

      credentials.current = "token-1";
      credentials.refreshed.complete(true);

      ApiResponse<Void> response = future.get(TIMEOUT_S, TimeUnit.SECONDS);
      assertThat(response.attempts()).isEqualTo(2);
    }
    assertThat(credentials.refreshes).hasValue(1);
    assertThat(server.takeRequest().getHeaders().get("X-Auth-Token")).isEqualTo("token-1");
  }

  private static void awaitRefreshAsked(LateTokenCredentials credentials) {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(TIMEOUT_S);
    while (credentials.refreshes.get() == 0) {
      assertThat(System.nanoTime()).as("refreshAfterUnauthorizedAsync called in time").isLessThan(deadline);
      Thread.yield();
    }
  }

  @Test
  void theDispatcherTheSdkOwnsIsSizedFromTheConfig() {
    ClientConfig config = config(new LateTokenCredentials()).maxRequests(300).maxRequestsPerHost(150).build();
    try (HttpPipeline pipeline = new HttpPipeline(config)) {
      assertThat(pipeline.httpClient().dispatcher().getMaxRequests()).isEqualTo(300);
      assertThat(pipeline.httpClient().dispatcher().getMaxRequestsPerHost()).isEqualTo(150);
    }
    try (HttpPipeline defaults = new HttpPipeline(config(new LateTokenCredentials()).build())) {
      assertThat(defaults.httpClient().dispatcher().getMaxRequestsPerHost())
          .isEqualTo(ClientConfig.DEFAULT_MAX_REQUESTS_PER_HOST);
    }
  }

  @Test
  void aCallerSuppliedDispatcherIsLeftAsTheCallerSetIt() {
    OkHttpClient shared = new OkHttpClient();
    shared.dispatcher().setMaxRequestsPerHost(7);
    ClientConfig config = config(new LateTokenCredentials()).httpClient(shared).maxRequestsPerHost(150).build();
    try (HttpPipeline pipeline = new HttpPipeline(config)) {
      assertThat(pipeline.httpClient().dispatcher()).isSameAs(shared.dispatcher());
      assertThat(shared.dispatcher().getMaxRequestsPerHost()).isEqualTo(7);
    }
  }
}
