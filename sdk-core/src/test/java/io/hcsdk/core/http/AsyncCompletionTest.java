package io.hcsdk.core.http;

import static io.hcsdk.core.http.PipelineTesting.TIMEOUT_S;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hcsdk.core.ClientConfig;
import io.hcsdk.core.auth.AuthContext;
import io.hcsdk.core.auth.Credentials;
import io.hcsdk.core.error.ServerException;
import io.hcsdk.core.retry.RetryPolicy;
import io.hcsdk.core.validate.Validatable;
import io.hcsdk.core.validate.Validator;
import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import okhttp3.Request;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * An async call's future always completes (issue 7, defect 1), and completing it from outside, for
 * any reason, stops what runs beneath it (defect 13).
 */
class AsyncCompletionTest {
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

  private ClientConfig.Builder config() {
    return ClientConfig.builder()
        .endpoint(ClientConfig.FABRIC, server.url("/").toString())
        .credentials((request, context) -> request.newBuilder().header("X-Auth-Token", "tok").build())
        .retryPolicy(RetryPolicy.builder().jitter(() -> 0).build())
        .scheduler(scheduler);
  }

  private static ApiRequest get() {
    return ApiRequest.get(ClientConfig.FABRIC, "/x").operation("ShowThing").build();
  }

  @Test
  void aRetryTheSchedulerRejectsFailsTheCallWithItsLastError() throws Exception {
    server.enqueue(new MockResponse.Builder().code(503).body("{\"error_code\":\"E.503\",\"error_msg\":\"busy\"}").build());
    // A caller-supplied scheduler shut down early: the retry cannot be scheduled, the call must still end.
    ScheduledThreadPoolExecutor shutDown = new ScheduledThreadPoolExecutor(1);
    shutDown.shutdown();
    try (HttpPipeline pipeline = new HttpPipeline(config().scheduler(shutDown).callTimeout(Duration.ZERO).build())) {
      CompletableFuture<ApiResponse<Void>> future = pipeline.sendAsync(get(), Void.class);

      assertThatThrownBy(() -> future.get(TIMEOUT_S, TimeUnit.SECONDS))
          .isInstanceOf(ExecutionException.class)
          .cause()
          .isInstanceOfSatisfying(ServerException.class, e -> {
            assertThat(e.httpStatus()).isEqualTo(503);
            assertThat(e.getSuppressed()).hasAtLeastOneElementOfType(RejectedExecutionException.class);
          });
    }
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void aSchedulerThatRejectsTheDeadlineTimerFailsTheCallAtOnce() {
    ScheduledThreadPoolExecutor shutDown = new ScheduledThreadPoolExecutor(1);
    shutDown.shutdown();
    try (HttpPipeline pipeline = new HttpPipeline(config().scheduler(shutDown).build())) {
      CompletableFuture<ApiResponse<Void>> future = pipeline.sendAsync(get(), Void.class);

      assertThat(future).isCompletedExceptionally();
      assertThatThrownBy(future::join).hasCauseInstanceOf(RejectedExecutionException.class);
    }
    assertThat(server.getRequestCount()).isZero();
  }

  /** Throws an {@code Error} (not an exception) while authenticating, as a broken credentials class might. */
  static final class BrokenCredentials implements Credentials {
    @Override
    public Request authenticate(Request request, AuthContext context) {
      throw new NoClassDefFoundError("com/example/MissingSigner");
    }
  }

  @Test
  void anErrorThrownWhileAuthenticatingFailsTheFuture() {
    try (HttpPipeline pipeline = new HttpPipeline(config().credentials(new BrokenCredentials()).build())) {
      CompletableFuture<ApiResponse<Void>> future = pipeline.sendAsync(get(), Void.class);

      assertThatThrownBy(() -> future.get(TIMEOUT_S, TimeUnit.SECONDS))
          .isInstanceOf(ExecutionException.class)
          .hasCauseInstanceOf(NoClassDefFoundError.class);
    }
    assertThat(server.getRequestCount()).isZero();
  }

  @Test
  void anErrorThrownByTheCredentialsOnARetryFailsTheFuture() {
    server.enqueue(new MockResponse.Builder().code(503).build());
    Credentials failsOnSecondAttempt = new Credentials() {
      private int calls;

      @Override
      public synchronized Request authenticate(Request request, AuthContext context) {
        if (++calls > 1) {
          throw new StackOverflowError();
        }
        return request;
      }
    };
    try (HttpPipeline pipeline = new HttpPipeline(config().credentials(failsOnSecondAttempt).build())) {
      CompletableFuture<ApiResponse<Void>> future = pipeline.sendAsync(get(), Void.class);

      assertThatThrownBy(() -> future.get(TIMEOUT_S, TimeUnit.SECONDS))
          .isInstanceOf(ExecutionException.class)
          .hasCauseInstanceOf(StackOverflowError.class);
    }
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  record Exploding(String name) implements Validatable {
    @Override
    public void validate(Validator validator) {
      throw new AssertionError("validation blew up");
    }
  }

  @Test
  void anErrorThrownWhileBuildingTheRequestFailsTheFutureInsteadOfEscaping() {
    ApiRequest request = ApiRequest.post(ClientConfig.FABRIC, "/x").body(new Exploding("n")).build();
    try (HttpPipeline pipeline = new HttpPipeline(config().build())) {
      CompletableFuture<ApiResponse<Void>> future = pipeline.sendAsync(request, Void.class);

      assertThat(future).isCompletedExceptionally();
      assertThatThrownBy(future::join).hasCauseInstanceOf(AssertionError.class);
    }
    assertThat(server.getRequestCount()).isZero();
  }

  @Test
  void completingTheFutureExceptionallyCancelsTheCallInFlight() throws Exception {
    server.enqueue(new MockResponse.Builder().code(200).body("{}").headersDelay(5, TimeUnit.SECONDS).build());
    server.enqueue(new MockResponse.Builder().code(200).body("{}").build());
    try (HttpPipeline pipeline = new HttpPipeline(config().build())) {
      CompletableFuture<ApiResponse<Void>> future = pipeline.sendAsync(get(), Void.class);
      assertThat(server.takeRequest(TIMEOUT_S, TimeUnit.SECONDS)).as("the call is in flight").isNotNull();

      // not cancel(): the caller gave up some other way
      future.completeExceptionally(new IllegalStateException("the caller gave up"));

      // the OkHttp call itself was cancelled (well before the 5 s answer), and nothing was retried
      PipelineTesting.awaitIdle(pipeline);
      assertThat(server.getRequestCount()).isEqualTo(1);
      assertThat(scheduler.getQueue()).as("no retry or timer left").isEmpty();
    }
  }

  @Test
  void orTimeoutDuringTheBackoffCancelsTheScheduledRetry() throws Exception {
    server.enqueue(new MockResponse.Builder().code(503).addHeader("Retry-After", "30").build());
    server.enqueue(new MockResponse.Builder().code(200).body("{}").build());
    try (HttpPipeline pipeline = new HttpPipeline(config().build())) {
      CompletableFuture<ApiResponse<Void>> future = pipeline.sendAsync(get(), Void.class);
      assertThat(server.takeRequest(TIMEOUT_S, TimeUnit.SECONDS)).isNotNull();
      PipelineTesting.awaitTaskDueWithin(scheduler, Duration.ofSeconds(30)); // the retry (the deadline timer is due in 120 s)

      future.orTimeout(1, TimeUnit.MILLISECONDS);

      assertThatThrownBy(() -> future.get(TIMEOUT_S, TimeUnit.SECONDS)).hasCauseInstanceOf(TimeoutException.class);
      // both the retry and the deadline timer leave the queue: nothing of this call is left to run
      PipelineTesting.awaitScheduled(scheduler, 0);
      assertThat(server.getRequestCount()).isEqualTo(1);
    }
  }
}
