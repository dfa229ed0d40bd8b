package io.hcsdk.core.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hcsdk.core.ClientConfig;
import io.hcsdk.core.error.NotFoundException;
import io.hcsdk.core.error.ServerException;
import io.hcsdk.core.error.UnauthorizedException;
import io.hcsdk.core.retry.RetryPolicy;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@link HttpPipeline#sendAsync}: the same rules as the sync path, without blocking a thread. */
class AsyncPipelineTest {
  private static final long TIMEOUT_S = 10;

  private MockWebServer server;
  private ScheduledThreadPoolExecutor scheduler;

  record Thing(String id, int size) {}

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
        // jitter 0: every computed backoff is 0 ms, so retries happen at once on the scheduler
        .retryPolicy(RetryPolicy.builder().jitter(() -> 0).build())
        .sleeper(duration -> {
          throw new AssertionError("the async path must not sleep on a thread");
        })
        .scheduler(scheduler);
  }

  private static ApiRequest get(String path) {
    return ApiRequest.get(ClientConfig.FABRIC, path).operation("ShowThing").build();
  }

  private static MockResponse unavailable() {
    return new MockResponse.Builder().code(503).body("{\"error_code\":\"E.503\",\"error_msg\":\"busy\"}").build();
  }

  @Test
  void successWithATypedBody() throws Exception {
    server.enqueue(new MockResponse.Builder().code(200).addHeader("X-Request-Id", "r-1")
        .body("{\"id\":\"t1\",\"size\":3,\"unknown\":true}").build());
    try (HttpPipeline pipeline = new HttpPipeline(config().build())) {
      ApiResponse<Thing> response = pipeline.sendAsync(get("/v1/things/t1"), Thing.class).get(TIMEOUT_S, TimeUnit.SECONDS);

      assertThat(response.body()).isEqualTo(new Thing("t1", 3));
      assertThat(response.status()).isEqualTo(200);
      assertThat(response.attempts()).isEqualTo(1);
      assertThat(response.requestId()).contains("r-1");
    }
    RecordedRequest recorded = server.takeRequest();
    assertThat(recorded.getUrl().encodedPath()).isEqualTo("/v1/things/t1");
    assertThat(recorded.getHeaders().get("X-Auth-Token")).isEqualTo("tok");
  }

  @Test
  void retriesOn503ThenSucceeds() throws Exception {
    server.enqueue(unavailable());
    server.enqueue(unavailable());
    server.enqueue(new MockResponse.Builder().code(200).body("{\"id\":\"t1\",\"size\":1}").build());
    try (HttpPipeline pipeline = new HttpPipeline(config().build())) {
      ApiResponse<Thing> response = pipeline.sendAsync(get("/x"), Thing.class).get(TIMEOUT_S, TimeUnit.SECONDS);

      assertThat(response.attempts()).isEqualTo(3);
      assertThat(response.body().id()).isEqualTo("t1");
    }
    assertThat(server.getRequestCount()).isEqualTo(3);
  }

  @Test
  void errorsArriveAsTheTypedExceptionInsideExecutionException() {
    server.enqueue(new MockResponse.Builder().code(404).addHeader("X-Request-Id", "r-404")
        .body("{\"error_code\":\"common.01000001\",\"error_msg\":\"endpoint not found\"}").build());
    try (HttpPipeline pipeline = new HttpPipeline(config().build())) {
      CompletableFuture<ApiResponse<Thing>> future = pipeline.sendAsync(get("/x"), Thing.class);

      assertThatThrownBy(() -> future.get(TIMEOUT_S, TimeUnit.SECONDS))
          .isInstanceOf(ExecutionException.class)
          .cause()
          .isInstanceOfSatisfying(NotFoundException.class, e -> {
            assertThat(e.errorCode()).contains("common.01000001");
            assertThat(e.errorMessage()).contains("endpoint not found");
            assertThat(e.requestId()).contains("r-404");
            assertThat(e.attempts()).isEqualTo(1);
          });
    }
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void exhaustedRetriesFailWithTheLastError() {
    for (int i = 0; i < 4; i++) {
      server.enqueue(unavailable());
    }
    try (HttpPipeline pipeline = new HttpPipeline(config().build())) {
      CompletableFuture<ApiResponse<Thing>> future = pipeline.sendAsync(get("/x"), Thing.class);

      assertThatThrownBy(() -> future.get(TIMEOUT_S, TimeUnit.SECONDS))
          .cause()
          .isInstanceOfSatisfying(ServerException.class, e -> assertThat(e.attempts()).isEqualTo(4));
    }
    assertThat(server.getRequestCount()).isEqualTo(4);
  }

  @Test
  void cancellingWhileTheServerIsSlowCancelsTheCall() throws Exception {
    server.enqueue(new MockResponse.Builder().code(200).body("{}").headersDelay(5, TimeUnit.SECONDS).build());
    server.enqueue(new MockResponse.Builder().code(200).body("{}").build());
    try (HttpPipeline pipeline = new HttpPipeline(config().build())) {
      CompletableFuture<ApiResponse<Thing>> future = pipeline.sendAsync(get("/slow"), Thing.class);
      // the request reached the server: the call is in flight
      assertThat(server.takeRequest(TIMEOUT_S, TimeUnit.SECONDS)).isNotNull();

      long start = System.nanoTime();
      assertThat(future.cancel(true)).isTrue();

      assertThat(future).isCancelled();
      assertThatThrownBy(() -> future.get(1, TimeUnit.SECONDS)).isInstanceOf(CancellationException.class);
      // no retry and no second request follow the cancellation
      assertThat(server.takeRequest(200, TimeUnit.MILLISECONDS)).isNull();
      assertThat(server.getRequestCount()).isEqualTo(1);
      // the OkHttp call itself was cancelled: the dispatcher frees up well before the 5 s delay
      awaitIdle(pipeline);
      assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(4));
    }
  }

  /** Waits, bounded, until OkHttp's dispatcher has no call running. */
  private static void awaitIdle(HttpPipeline pipeline) throws InterruptedException {
    CountDownLatch idle = new CountDownLatch(1);
    pipeline.httpClient().dispatcher().setIdleCallback(idle::countDown);
    if (pipeline.httpClient().dispatcher().runningCallsCount() == 0) {
      idle.countDown();
    }
    assertThat(idle.await(4, TimeUnit.SECONDS)).as("dispatcher idle").isTrue();
  }

  @Test
  void cancellingDuringBackoffPreventsTheRetry() throws Exception {
    server.enqueue(new MockResponse.Builder().code(503).addHeader("Retry-After", "30")
        .body("{\"error_code\":\"E.503\",\"error_msg\":\"busy\"}").build());
    server.enqueue(new MockResponse.Builder().code(200).body("{}").build());
    // No whole-call timeout, hence no deadline timer: the only task on the scheduler is the retry.
    try (HttpPipeline pipeline = new HttpPipeline(config().callTimeout(Duration.ZERO).build())) {
      CompletableFuture<ApiResponse<Thing>> future = pipeline.sendAsync(get("/x"), Thing.class);
      assertThat(server.takeRequest(TIMEOUT_S, TimeUnit.SECONDS)).isNotNull();
      awaitScheduled(1);
      assertThat(((java.util.concurrent.Delayed) scheduler.getQueue().peek()).getDelay(TimeUnit.SECONDS))
          .isBetween(20L, 30L);

      assertThat(future.cancel(true)).isTrue();

      assertThat(future).isCancelled();
      // the scheduled retry is removed, not merely ignored 30 s later (even when the cancel races
      // with the scheduling, hence the bounded wait)
      awaitScheduled(0);
      assertThat(server.takeRequest(200, TimeUnit.MILLISECONDS)).isNull();
      assertThat(server.getRequestCount()).isEqualTo(1);
    }
  }

  @Test
  void cancelRacingWithTheSchedulingOfTheBackoffStillRemovesTheRetry() throws Exception {
    server.enqueue(new MockResponse.Builder().code(503).addHeader("Retry-After", "30").build());
    CompletableFuture<CompletableFuture<?>> call = new CompletableFuture<>();
    List<ScheduledFuture<?>> scheduled = new CopyOnWriteArrayList<>();
    // The caller cancels just after the retry is queued, before the pipeline has recorded it.
    ScheduledThreadPoolExecutor racing = new ScheduledThreadPoolExecutor(1) {
      @Override
      public ScheduledFuture<?> schedule(Runnable command, long delay, TimeUnit unit) {
        ScheduledFuture<?> task = super.schedule(command, delay, unit);
        scheduled.add(task);
        try {
          call.get(TIMEOUT_S, TimeUnit.SECONDS).cancel(true);
        } catch (Exception e) {
          throw new AssertionError(e);
        }
        return task;
      }
    };
    racing.setRemoveOnCancelPolicy(true);
    // No whole-call timeout, hence no deadline timer: the only task scheduled is the retry.
    try (HttpPipeline pipeline = new HttpPipeline(config().scheduler(racing).callTimeout(Duration.ZERO).build())) {
      CompletableFuture<ApiResponse<Thing>> future = pipeline.sendAsync(get("/x"), Thing.class);
      call.complete(future);

      assertThatThrownBy(() -> future.get(TIMEOUT_S, TimeUnit.SECONDS)).isInstanceOf(CancellationException.class);
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
      while (scheduled.isEmpty() || !scheduled.get(0).isDone()) {
        assertThat(System.nanoTime()).as("the queued retry was cancelled").isLessThan(deadline);
        Thread.onSpinWait();
      }
      assertThat(scheduled).hasSize(1);
      assertThat(scheduled.get(0).isCancelled()).isTrue();
      // cancel() marks the task done before it removes it from the queue: wait for the removal
      while (!racing.getQueue().isEmpty()) {
        assertThat(System.nanoTime()).as("the cancelled retry left the queue").isLessThan(deadline);
        Thread.onSpinWait();
      }
    } finally {
      racing.shutdownNow();
    }
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  /** Waits, bounded, until the scheduler holds exactly {@code count} delayed tasks. */
  private void awaitScheduled(int count) {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
    while (scheduler.getQueue().size() != count) {
      assertThat(System.nanoTime()).as("a retry was scheduled in time").isLessThan(deadline);
      Thread.onSpinWait();
      Thread.yield();
    }
  }

  @Test
  void unauthorizedRefreshesAndReplaysAsync() throws Exception {
    HttpPipelineTest.RefreshingCredentials credentials = new HttpPipelineTest.RefreshingCredentials(true);
    server.enqueue(new MockResponse.Builder().code(401).body("{\"error_code\":\"APIG.1002\",\"error_msg\":\"expired\"}").build());
    server.enqueue(new MockResponse.Builder().code(200).body("{\"id\":\"t2\",\"size\":2}").build());
    try (HttpPipeline pipeline = new HttpPipeline(config().credentials(credentials).build())) {
      ApiResponse<Thing> response = pipeline.sendAsync(
          ApiRequest.post(ClientConfig.FABRIC, "/x").body(Map.of("a", 1)).build(), Thing.class)
          .get(TIMEOUT_S, TimeUnit.SECONDS);

      assertThat(response.attempts()).isEqualTo(2);
      assertThat(response.body().id()).isEqualTo("t2");
    }
    assertThat(credentials.refreshes).hasValue(1);
    RecordedRequest first = server.takeRequest();
    RecordedRequest second = server.takeRequest();
    assertThat(first.getHeaders().get("X-Auth-Token")).isEqualTo("token-0");
    assertThat(second.getHeaders().get("X-Auth-Token")).isEqualTo("token-1");
    assertThat(second.getBody().utf8()).isEqualTo("{\"a\":1}");
  }

  @Test
  void secondUnauthorizedIsFinalAsync() {
    HttpPipelineTest.RefreshingCredentials credentials = new HttpPipelineTest.RefreshingCredentials(true);
    for (int i = 0; i < 3; i++) {
      server.enqueue(new MockResponse.Builder().code(401).body("{\"error_code\":\"APIG.1002\",\"error_msg\":\"bad\"}").build());
    }
    try (HttpPipeline pipeline = new HttpPipeline(config().credentials(credentials).build())) {
      CompletableFuture<ApiResponse<Thing>> future = pipeline.sendAsync(get("/x"), Thing.class);
      assertThatThrownBy(() -> future.get(TIMEOUT_S, TimeUnit.SECONDS)).cause()
          .isInstanceOfSatisfying(UnauthorizedException.class, e -> assertThat(e.attempts()).isEqualTo(2));
    }
    assertThat(server.getRequestCount()).isEqualTo(2);
  }

  @Test
  void backoffDoesNotHoldAThread() throws Exception {
    int calls = 50;
    Map<String, AtomicInteger> seen = new ConcurrentHashMap<>();
    server.setDispatcher(new Dispatcher() {
      @Override
      public MockResponse dispatch(RecordedRequest request) {
        int n = seen.computeIfAbsent(request.getUrl().encodedPath(), path -> new AtomicInteger()).incrementAndGet();
        return n == 1 ? unavailable() : new MockResponse.Builder().code(200).body("{\"id\":\"ok\",\"size\":" + n + "}").build();
      }
    });
    // 300 ms backoffs: if each one held the single scheduler thread, 50 of them would take 15 s
    RetryPolicy policy = RetryPolicy.builder().jitter(() -> 1.0).baseDelay(Duration.ofMillis(300)).build();
    try (HttpPipeline pipeline = new HttpPipeline(config().retryPolicy(policy).build())) {
      long start = System.nanoTime();
      List<CompletableFuture<ApiResponse<Thing>>> futures = new ArrayList<>();
      for (int i = 0; i < calls; i++) {
        futures.add(pipeline.sendAsync(get("/things/" + i), Thing.class));
      }

      CompletableFuture.allOf(futures.toArray(CompletableFuture[]::new)).get(TIMEOUT_S, TimeUnit.SECONDS);
      assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(7));

      for (CompletableFuture<ApiResponse<Thing>> future : futures) {
        assertThat(future.join().attempts()).isEqualTo(2);
        assertThat(future.join().body().size()).isEqualTo(2);
      }
    }
    assertThat(server.getRequestCount()).isEqualTo(2 * calls);
    assertThat(seen).hasSize(calls).allSatisfy((path, count) -> assertThat(count).hasValue(2));
    assertThat(scheduler.getPoolSize()).isEqualTo(1);
  }
}
