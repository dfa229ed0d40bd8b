package io.hcsdk.modelarts;

import io.hcsdk.core.auth.TokenCredentials;
import io.hcsdk.core.json.Json;
import io.hcsdk.core.poll.WaitPolicy;
import io.hcsdk.testing.FakeTime;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * A ModelArts host on a MockWebServer and a client of project {@value #PROJECT} against it, on fake
 * time (waits poll after 2 s, 3 s, 4.5 s ... without sleeping); the base of the client tests.
 */
abstract class MockModelArts {
  static final String PROJECT = "proj-1";
  static final String TOKEN = "test-token";

  protected MockWebServer server;
  protected final FakeTime time = new FakeTime(Instant.parse("2026-11-23T00:00:00Z"));
  protected ModelArtsClient modelarts;

  @BeforeEach
  void startServer() throws IOException {
    server = new MockWebServer();
    server.start();
    modelarts = ModelArtsClient.builder()
        .modelartsEndpoint(server.url("/").toString())
        .projectId(PROJECT)
        .credentials(TokenCredentials.of(TOKEN))
        .configure(config -> config.clock(time).sleeper(time))
        .waitPolicy(WaitPolicy.builder().jitter(0).build())
        .build();
  }

  @AfterEach
  void stopServer() {
    modelarts.close();
    server.close();
  }

  /** A client of the same server on real time with waits of milliseconds, for the async waits (close it). */
  protected ModelArtsClient fastClient() {
    return ModelArtsClient.builder().modelartsEndpoint(server.url("/").toString()).projectId(PROJECT)
        .credentials(TokenCredentials.of(TOKEN))
        .waitPolicy(WaitPolicy.builder().initialDelay(Duration.ofMillis(1)).maxInterval(Duration.ofMillis(5)).build())
        .build();
  }

  /** Answers the next request with {@code code} and a JSON {@code body}, and a request id. */
  protected void answer(int code, String body) {
    server.enqueue(new MockResponse.Builder().code(code).body(body).addHeader("Content-Type", "application/json")
        .addHeader("X-Request-Id", "rid-" + code).build());
  }

  protected RecordedRequest next() throws InterruptedException {
    RecordedRequest request = server.takeRequest(5, TimeUnit.SECONDS);
    if (request == null) {
      throw new AssertionError("no request reached the server");
    }
    return request;
  }

  /** Path and query, as sent. */
  protected static String target(RecordedRequest request) {
    String query = request.getUrl().encodedQuery();
    return request.getUrl().encodedPath() + (query == null ? "" : "?" + query);
  }

  protected static com.fasterxml.jackson.databind.JsonNode body(RecordedRequest request) throws IOException {
    return Json.mapper().readTree(request.getBody().utf8());
  }
}
