package io.hcsdk.core.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.hcsdk.core.ClientConfig;
import io.hcsdk.core.FakeTime;
import io.hcsdk.core.error.ApiException;
import io.hcsdk.core.error.ServerException;
import io.hcsdk.core.error.ThrottledException;
import io.hcsdk.core.error.TransportException;
import io.hcsdk.core.retry.RetryPolicy;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.SocketEffect;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Each retry rule of the policy, observed on the wire. */
class RetryBehaviourTest {
  private static final String THROTTLED = "{\"error_code\":\"APIG.0308\",\"error_msg\":\"policy user over ratelimit,limit:20,time:1 minute\"}";

  private MockWebServer server;
  private final FakeTime time = new FakeTime(Instant.parse("2026-11-22T00:00:00Z"));

  @BeforeEach
  void start() throws IOException {
    server = new MockWebServer();
    server.start();
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private ClientConfig.Builder config() {
    return ClientConfig.builder()
        .endpoint(ClientConfig.FABRIC, server.url("/").toString())
        // jitter 1.0 makes full-jitter delays equal to their ceiling, so the test can assert them
        .retryPolicy(RetryPolicy.builder().jitter(() -> 1.0).build())
        .clock(time)
        .sleeper(time);
  }

  private static MockResponse status(int code) {
    return new MockResponse.Builder().code(code).body("{\"error_code\":\"E." + code + "\",\"error_msg\":\"m\"}").build();
  }

  private static MockResponse ok() {
    return new MockResponse.Builder().code(200).body("{}").build();
  }

  private ApiResponse<JsonNode> send(HttpPipeline pipeline, String method) {
    return pipeline.send(ApiRequest.builder(method, ClientConfig.FABRIC, "/x").build(), JsonNode.class);
  }

  @ParameterizedTest(name = "{0} {1} retried: {2}")
  @CsvSource({
      "GET, 408, true", "GET, 429, true", "GET, 500, true", "GET, 502, true", "GET, 503, true", "GET, 504, true",
      "PUT, 500, true", "DELETE, 504, true", "GET, 400, false", "GET, 404, false", "GET, 501, false",
      "POST, 429, true", "POST, 503, true", "POST, 408, false", "POST, 500, false", "POST, 502, false",
      "POST, 504, false", "POST, 400, false"})
  void retriesByMethodAndStatus(String method, int statusCode, boolean retried) {
    server.enqueue(status(statusCode));
    server.enqueue(ok());
    try (HttpPipeline pipeline = new HttpPipeline(config().build())) {
      if (retried) {
        assertThat(send(pipeline, method).attempts()).isEqualTo(2);
      } else {
        assertThatThrownBy(() -> send(pipeline, method)).isInstanceOfSatisfying(ApiException.class,
            e -> assertThat(e.httpStatus()).isEqualTo(statusCode));
      }
    }
    assertThat(server.getRequestCount()).isEqualTo(retried ? 2 : 1);
  }

  @Test
  void exponentialBackoffFromTwoHundredMillis() {
    for (int i = 0; i < 3; i++) {
      server.enqueue(status(503));
    }
    server.enqueue(ok());
    try (HttpPipeline pipeline = new HttpPipeline(config().build())) {
      assertThat(send(pipeline, "GET").attempts()).isEqualTo(4);
    }
    assertThat(time.sleeps()).containsExactly(Duration.ofMillis(200), Duration.ofMillis(400), Duration.ofMillis(800));
  }

  @Test
  void fullJitterDrawsBelowTheCeiling() {
    RetryPolicy policy = RetryPolicy.builder().jitter(() -> 0.25).build();
    assertThat(policy.delayBeforeRetry(3, false, java.util.Optional.empty())).isEqualTo(Duration.ofMillis(200));
    assertThat(policy.delayBeforeRetry(20, false, java.util.Optional.empty())).isEqualTo(Duration.ofSeconds(5));
  }

  @Test
  void backoffIsCappedAtTwentySeconds() {
    RetryPolicy policy = RetryPolicy.builder().jitter(() -> 1.0).build();
    assertThat(policy.delayBeforeRetry(12, false, java.util.Optional.empty())).isEqualTo(Duration.ofSeconds(20));
    assertThat(policy.delayBeforeRetry(30, true, java.util.Optional.empty())).isEqualTo(Duration.ofSeconds(20));
  }

  @Test
  void throttlingBacksOffFromOneSecondEvenForPost() {
    server.enqueue(new MockResponse.Builder().code(429).body(THROTTLED).build());
    server.enqueue(new MockResponse.Builder().code(429).body(THROTTLED).build());
    server.enqueue(ok());
    try (HttpPipeline pipeline = new HttpPipeline(config().build())) {
      assertThat(send(pipeline, "POST").attempts()).isEqualTo(3);
    }
    assertThat(time.sleeps()).containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(2));
  }

  @Test
  void retryAfterSecondsIsHonoured() {
    server.enqueue(new MockResponse.Builder().code(503).addHeader("Retry-After", "7").body("").build());
    server.enqueue(ok());
    try (HttpPipeline pipeline = new HttpPipeline(config().build())) {
      send(pipeline, "POST");
    }
    assertThat(time.sleeps()).containsExactly(Duration.ofSeconds(7));
  }

  @Test
  void retryAfterHttpDateIsHonoured() {
    String at = DateTimeFormatter.RFC_1123_DATE_TIME.format(
        ZonedDateTime.ofInstant(time.instant().plusSeconds(12), ZoneOffset.UTC));
    server.enqueue(new MockResponse.Builder().code(429).addHeader("Retry-After", at).body(THROTTLED).build());
    server.enqueue(ok());
    try (HttpPipeline pipeline = new HttpPipeline(config().build())) {
      send(pipeline, "GET");
    }
    assertThat(time.sleeps()).containsExactly(Duration.ofSeconds(12));
  }

  @Test
  void retryAfterMsWinsAndAWaitBeyondTheCapFailsAtOnceWithThrottledException() {
    server.enqueue(new MockResponse.Builder().code(503).addHeader("retry-after-ms", "1500").addHeader("Retry-After", "9").build());
    server.enqueue(new MockResponse.Builder().code(503).addHeader("Retry-After", "3600").build());
    server.enqueue(ok());
    try (HttpPipeline pipeline = new HttpPipeline(config().callTimeout(Duration.ZERO).build())) {
      // an hour asked, 60 s allowed: not shortened (retrying early would only be refused again)
      assertThatThrownBy(() -> send(pipeline, "GET")).isInstanceOfSatisfying(ThrottledException.class, e -> {
        assertThat(e.retryAfter()).contains(Duration.ofHours(1));
        assertThat(e.httpStatus()).isEqualTo(503);
        assertThat(e.attempts()).isEqualTo(2);
        assertThat(e.getMessage()).contains("PT1H").contains("maxRetryAfter");
      });
    }
    assertThat(time.sleeps()).containsExactly(Duration.ofMillis(1500));
    assertThat(server.getRequestCount()).isEqualTo(2);
  }

  @Test
  void throttlingWithARetryAfterBeyondTheCapIsNotRetriedEvenForGet() {
    server.enqueue(new MockResponse.Builder().code(429).addHeader("Retry-After", "61").body(THROTTLED).build());
    server.enqueue(ok());
    try (HttpPipeline pipeline = new HttpPipeline(config().build())) {
      assertThatThrownBy(() -> send(pipeline, "GET")).isInstanceOfSatisfying(ThrottledException.class, e -> {
        assertThat(e.retryAfter()).contains(Duration.ofSeconds(61));
        assertThat(e.errorCode()).contains("APIG.0308");
        assertThat(e.attempts()).isEqualTo(1);
      });
    }
    assertThat(time.sleeps()).isEmpty();
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void throttledExceptionCarriesRetryAfter() {
    for (int i = 0; i < 4; i++) {
      server.enqueue(new MockResponse.Builder().code(429).addHeader("Retry-After", "2").body(THROTTLED).build());
    }
    try (HttpPipeline pipeline = new HttpPipeline(config().build())) {
      assertThatThrownBy(() -> send(pipeline, "GET")).isInstanceOfSatisfying(ThrottledException.class, e -> {
        assertThat(e.retryAfter()).contains(Duration.ofSeconds(2));
        assertThat(e.attempts()).isEqualTo(4);
      });
    }
  }

  @Test
  void noRetryWhenTheCallTimeoutLeavesNoTimeForTheBackoff() {
    server.enqueue(new MockResponse.Builder().code(503).addHeader("Retry-After", "50").build());
    try (HttpPipeline pipeline = new HttpPipeline(config().callTimeout(Duration.ofSeconds(30)).build())) {
      assertThatThrownBy(() -> send(pipeline, "GET")).isInstanceOf(ServerException.class);
    }
    assertThat(server.getRequestCount()).isEqualTo(1);
    assertThat(time.sleeps()).isEmpty();
  }

  @Test
  void retryBudgetIsSharedByTheClientsCalls() {
    ClientConfig config = config().retryPolicy(RetryPolicy.builder().jitter(() -> 0).budgetCapacity(10).build()).build();
    for (int i = 0; i < 10; i++) {
      server.enqueue(status(503));
    }
    try (HttpPipeline pipeline = new HttpPipeline(config)) {
      // the budget pays two retries (5 tokens each): the first call gets both...
      assertThatThrownBy(() -> send(pipeline, "GET")).isInstanceOfSatisfying(ServerException.class,
          e -> assertThat(e.attempts()).isEqualTo(3));
      // ...and the next call, with an empty bucket, is not retried at all
      assertThatThrownBy(() -> send(pipeline, "GET")).isInstanceOfSatisfying(ServerException.class,
          e -> assertThat(e.attempts()).isEqualTo(1));
    }
    assertThat(server.getRequestCount()).isEqualTo(4);
  }

  @Test
  void noRetriesWithRetryPolicyNone() {
    server.enqueue(status(503));
    try (HttpPipeline pipeline = new HttpPipeline(config().retryPolicy(RetryPolicy.none()).build())) {
      assertThatThrownBy(() -> send(pipeline, "GET")).isInstanceOf(ServerException.class);
    }
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void postIsRetriedWhenTheConnectionWasRefused() throws IOException {
    String url = server.url("/").toString();
    server.close();
    ClientConfig config = config().endpoint(ClientConfig.FABRIC, url).build();
    try (HttpPipeline pipeline = new HttpPipeline(config)) {
      assertThatThrownBy(() -> send(pipeline, "POST")).isInstanceOfSatisfying(TransportException.class, e -> {
        assertThat(e.mayHaveReachedServer()).isFalse();
        assertThat(e.attempts()).isEqualTo(4);
        assertThat(e.getMessage()).contains("was not sent");
      });
    }
    assertThat(time.sleeps()).hasSize(3);
  }

  @Test
  void postIsNotRetriedAfterAReadTimeout() {
    server.enqueue(new MockResponse.Builder().code(200).body("{}").headersDelay(2, TimeUnit.SECONDS).build());
    server.enqueue(ok());
    ClientConfig config = config().readTimeout(Duration.ofMillis(200)).build();
    try (HttpPipeline pipeline = new HttpPipeline(config)) {
      assertThatThrownBy(() -> send(pipeline, "POST")).isInstanceOfSatisfying(TransportException.class, e -> {
        assertThat(e.mayHaveReachedServer()).isTrue();
        assertThat(e.attempts()).isEqualTo(1);
        assertThat(e.getMessage()).contains("timeout");
      });
    }
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void getIsRetriedAfterAReadTimeout() {
    server.enqueue(new MockResponse.Builder().code(200).body("{}").headersDelay(2, TimeUnit.SECONDS).build());
    server.enqueue(ok());
    ClientConfig config = config().readTimeout(Duration.ofMillis(200)).build();
    try (HttpPipeline pipeline = new HttpPipeline(config)) {
      assertThat(send(pipeline, "GET").attempts()).isEqualTo(2);
    }
  }

  @Test
  void getIsRetriedAfterAConnectionReset() {
    server.enqueue(new MockResponse.Builder().onResponseStart(new SocketEffect.CloseSocket()).build());
    server.enqueue(ok());
    try (HttpPipeline pipeline = new HttpPipeline(config().build())) {
      assertThat(send(pipeline, "GET").attempts()).isEqualTo(2);
    }
  }

  @Test
  void wholeCallTimeoutBoundsAnAttemptThatHangs() {
    server.enqueue(new MockResponse.Builder().code(200).body("{}").headersDelay(10, TimeUnit.SECONDS).build());
    ClientConfig config = ClientConfig.builder().endpoint(ClientConfig.FABRIC, server.url("/").toString())
        .callTimeout(Duration.ofMillis(300)).readTimeout(Duration.ofSeconds(30)).build();
    try (HttpPipeline pipeline = new HttpPipeline(config)) {
      assertThatThrownBy(() -> send(pipeline, "GET")).isInstanceOfSatisfying(TransportException.class,
          e -> assertThat(e.getMessage()).contains("call timeout"));
    }
  }
}
