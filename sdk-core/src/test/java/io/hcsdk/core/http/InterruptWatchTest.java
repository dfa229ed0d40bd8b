package io.hcsdk.core.http;

import static io.hcsdk.core.http.PipelineTesting.TIMEOUT_S;
import static org.assertj.core.api.Assertions.assertThat;

import io.hcsdk.core.ClientConfig;
import io.hcsdk.core.error.CallCancelledException;
import io.hcsdk.core.internal.SharedScheduler;
import java.io.IOException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.RunnableScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The interrupt watch scans only while a sync call runs: no periodic task is left on the shared
 * scheduler afterwards (so its threads can exit), and a call made after the scan stopped is watched again.
 */
class InterruptWatchTest {
  private MockWebServer server;
  private HttpPipeline pipeline;

  @BeforeEach
  void start() throws IOException {
    server = new MockWebServer();
    server.start();
    pipeline = new HttpPipeline(ClientConfig.builder().endpoint(ClientConfig.FABRIC, server.url("/").toString())
        .build());
  }

  @AfterEach
  void stop() {
    pipeline.close();
    server.close();
  }

  @Test
  void theScanRunsWhileASyncCallIsInFlightAndStopsAfterIt() throws Exception {
    server.enqueue(new MockResponse.Builder().code(200).body("{}").headersDelay(300, TimeUnit.MILLISECONDS).build());
    CompletableFuture<Boolean> scanningDuringCall = new CompletableFuture<>();
    Thread caller = new Thread(() -> pipeline.send(get(), Void.class), "sync-caller");
    caller.start();
    assertThat(server.takeRequest(TIMEOUT_S, TimeUnit.SECONDS)).as("the request is in flight").isNotNull();
    scanningDuringCall.complete(InterruptWatch.scanning());
    caller.join(TimeUnit.SECONDS.toMillis(TIMEOUT_S));
    assertThat(caller.isAlive()).isFalse();

    awaitScanStopped();

    assertThat(scanningDuringCall.get()).isTrue();
    assertThat(periodicTasks()).as("no scan left repeating on the shared scheduler").isZero();
  }

  @Test
  void aCallWatchedAfterTheScanStoppedIsStillCancelledByAnInterrupt() throws Exception {
    server.enqueue(new MockResponse.Builder().code(200).body("{}").build());
    pipeline.send(get(), Void.class);
    awaitScanStopped();
    server.enqueue(new MockResponse.Builder().code(200).body("{}").headersDelay(30, TimeUnit.SECONDS).build());
    CompletableFuture<Throwable> thrown = new CompletableFuture<>();
    Thread caller = new Thread(() -> {
      try {
        pipeline.send(get(), Void.class);
        thrown.complete(null);
      } catch (Throwable t) {
        thrown.complete(t);
      }
    }, "sync-caller");
    caller.start();
    assertThat(server.takeRequest(TIMEOUT_S, TimeUnit.SECONDS)).isNotNull();
    assertThat(server.takeRequest(TIMEOUT_S, TimeUnit.SECONDS)).as("the second request is in flight").isNotNull();

    caller.interrupt();

    // the 30 s answer is not awaited
    assertThat(thrown.get(TIMEOUT_S, TimeUnit.SECONDS)).isInstanceOf(CallCancelledException.class);
  }

  private static ApiRequest get() {
    return ApiRequest.get(ClientConfig.FABRIC, "/watched").operation("Watched").build();
  }

  /** Bounded: the scan after the last watched call clears the flag within a few scan periods. */
  private static void awaitScanStopped() {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
    while (InterruptWatch.scanning()) {
      assertThat(System.nanoTime()).as("the scan stopped in time").isLessThan(deadline);
      Thread.yield();
    }
  }

  private static long periodicTasks() {
    ScheduledThreadPoolExecutor executor = (ScheduledThreadPoolExecutor) SharedScheduler.get();
    return executor.getQueue().stream().filter(t -> ((RunnableScheduledFuture<?>) t).isPeriodic()).count();
  }
}
