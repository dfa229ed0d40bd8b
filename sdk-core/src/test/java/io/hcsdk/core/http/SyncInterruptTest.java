package io.hcsdk.core.http;

import static io.hcsdk.core.http.PipelineTesting.TIMEOUT_S;
import static org.assertj.core.api.Assertions.assertThat;

import io.hcsdk.core.ClientConfig;
import io.hcsdk.core.error.CallCancelledException;
import java.io.IOException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** An interrupt stops a sync call while it waits for the network (issue 7, defect 7), as the README promises. */
class SyncInterruptTest {
  private MockWebServer server;

  @BeforeEach
  void start() throws IOException {
    server = new MockWebServer();
    server.start();
  }

  @AfterEach
  void stop() {
    server.close();
  }

  /** How a sync call on another thread ended, and whether its interrupt flag was set then. */
  record Outcome(Throwable thrown, boolean interruptFlag) {}

  @Test
  void interruptingTheCallingThreadCancelsTheCallInFlight() throws Exception {
    server.enqueue(new MockResponse.Builder().code(200).body("{}").headersDelay(30, TimeUnit.SECONDS).build());
    PipelineTesting.RecordingListener listener = new PipelineTesting.RecordingListener();
    ClientConfig config = ClientConfig.builder().endpoint(ClientConfig.FABRIC, server.url("/").toString())
        .callListener(listener).build();
    try (HttpPipeline pipeline = new HttpPipeline(config)) {
      CompletableFuture<Outcome> outcome = new CompletableFuture<>();
      Thread caller = new Thread(() -> {
        try {
          pipeline.send(ApiRequest.get(ClientConfig.FABRIC, "/slow").operation("Slow").build(), Void.class);
          outcome.complete(new Outcome(null, Thread.currentThread().isInterrupted()));
        } catch (Throwable t) {
          outcome.complete(new Outcome(t, Thread.currentThread().isInterrupted()));
        }
      }, "sync-caller");
      caller.start();
      assertThat(server.takeRequest(TIMEOUT_S, TimeUnit.SECONDS)).as("the request is in flight").isNotNull();

      caller.interrupt();

      // the 30 s answer is not awaited
      Outcome ended = outcome.get(TIMEOUT_S, TimeUnit.SECONDS);
      assertThat(ended.thrown()).isInstanceOf(CallCancelledException.class).hasMessageContaining("interrupted");
      assertThat(ended.interruptFlag()).as("interrupt flag restored").isTrue();
      // the OkHttp call was cancelled, not left running to its end
      PipelineTesting.awaitIdle(pipeline);
      assertThat(listener.events).extracting(CallEvent::failure).containsExactly(java.util.Optional.of("cancelled"));
    }
    assertThat(server.getRequestCount()).isEqualTo(1);
  }
}
