package io.hcsdk.core.http;

import static io.hcsdk.core.http.PipelineTesting.TIMEOUT_S;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hcsdk.core.ClientConfig;
import io.hcsdk.core.FakeTime;
import io.hcsdk.core.error.NotFoundException;
import io.hcsdk.core.error.ServerException;
import io.hcsdk.core.error.TransportException;
import io.hcsdk.core.retry.RetryPolicy;
import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.SocketEffect;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Idempotency is per-operation data, and a retried DELETE that meets 404 after an earlier attempt
 * may have reached the server counts as deleted (issue 7, defect 6).
 */
class IdempotencyTest {
  private static final String NOT_FOUND = "{\"error_code\":\"common.01000001\",\"error_msg\":\"endpoint not found\"}";

  private final FakeTime time = new FakeTime();
  private MockWebServer server;

  record Deleted(String id) {}

  @BeforeEach
  void start() throws IOException {
    server = new MockWebServer();
    server.start();
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private HttpPipeline pipeline() {
    return new HttpPipeline(ClientConfig.builder()
        .endpoint(ClientConfig.FABRIC, server.url("/").toString())
        .retryPolicy(RetryPolicy.builder().jitter(() -> 0).build())
        .clock(time)
        .sleeper(time)
        .build());
  }

  private static MockResponse status(int code) {
    return new MockResponse.Builder().code(code).body("{\"error_code\":\"E." + code + "\",\"error_msg\":\"m\"}").build();
  }

  /** The server read the request, then the connection dropped: the request may have been acted on. */
  private static MockResponse resetAfterReading() {
    return new MockResponse.Builder().onResponseStart(new SocketEffect.CloseSocket()).build();
  }

  private static MockResponse notFound() {
    return new MockResponse.Builder().code(404).addHeader("X-Request-Id", "r-404").body(NOT_FOUND).build();
  }

  private static ApiRequest deleteEndpoint() {
    return ApiRequest.delete(ClientConfig.FABRIC, "/v1/endpoints/{id}").operation("DeleteEndpoint")
        .pathParam("id", "e1").build();
  }

  @Test
  void idempotencyDefaultsFromTheMethodAndCanBeDeclared() {
    assertThat(ApiRequest.get(ClientConfig.FABRIC, "/x").build().idempotent()).isTrue();
    assertThat(ApiRequest.builder("HEAD", ClientConfig.FABRIC, "/x").build().idempotent()).isTrue();
    assertThat(ApiRequest.put(ClientConfig.FABRIC, "/x").build().idempotent()).isTrue();
    assertThat(ApiRequest.delete(ClientConfig.FABRIC, "/x").build().idempotent()).isTrue();
    assertThat(ApiRequest.post(ClientConfig.FABRIC, "/x").build().idempotent()).isFalse();
    // UpdateEndpoint starts an asynchronous transition: a PUT that follows the POST rules
    assertThat(ApiRequest.put(ClientConfig.FABRIC, "/x").idempotent(false).build().idempotent()).isFalse();
    assertThat(ApiRequest.post(ClientConfig.FABRIC, "/x").idempotent(true).build().idempotent()).isTrue();
  }

  @Test
  void toBuilderKeepsEverythingTheRequestHolds() {
    ApiRequest original = ApiRequest.put(ClientConfig.FABRIC, "/v1/{id}").operation("UpdateEndpoint")
        .pathParam("id", "e1").query("a", 1).header("X-H", "v").body(Map.of("k", "v"))
        .idempotent(false).callTimeout(Duration.ofSeconds(9)).build();

    ApiRequest copy = original.toBuilder().callTimeout(Duration.ofSeconds(3)).build();

    assertThat(copy.operation()).isEqualTo("UpdateEndpoint");
    assertThat(copy.method()).isEqualTo("PUT");
    assertThat(copy.pathParams()).isEqualTo(original.pathParams());
    assertThat(copy.query()).isEqualTo(original.query());
    assertThat(copy.headers()).isEqualTo(original.headers());
    assertThat(copy.body()).isEqualTo(original.body());
    assertThat(copy.idempotent()).isFalse();
    assertThat(copy.callTimeout()).contains(Duration.ofSeconds(3));
    assertThat(original.callTimeout()).contains(Duration.ofSeconds(9));
  }

  @Test
  void aPutDeclaredNonIdempotentIsNotRetriedWhereTheServerMayHaveActed() {
    server.enqueue(status(500));
    server.enqueue(resetAfterReading());
    server.enqueue(status(200));
    ApiRequest update = ApiRequest.put(ClientConfig.FABRIC, "/x").operation("UpdateEndpoint").idempotent(false).build();
    try (HttpPipeline pipeline = pipeline()) {
      assertThatThrownBy(() -> pipeline.send(update, Void.class)).isInstanceOf(ServerException.class);
      assertThatThrownBy(() -> pipeline.send(update, Void.class)).isInstanceOfSatisfying(TransportException.class,
          e -> assertThat(e.mayHaveReachedServer()).isTrue());
    }
    assertThat(server.getRequestCount()).isEqualTo(2);
  }

  @Test
  void aPutDeclaredNonIdempotentIsStillRetriedWhereTheServerCannotHaveActed() {
    server.enqueue(status(503));
    server.enqueue(new MockResponse.Builder().code(200).body("{}").build());
    ApiRequest update = ApiRequest.put(ClientConfig.FABRIC, "/x").idempotent(false).build();
    try (HttpPipeline pipeline = pipeline()) {
      assertThat(pipeline.send(update, Void.class).attempts()).isEqualTo(2);
    }
  }

  @Test
  void aPostDeclaredIdempotentIsRetriedLikeAGet() {
    server.enqueue(status(500));
    server.enqueue(new MockResponse.Builder().code(200).body("{}").build());
    ApiRequest tag = ApiRequest.post(ClientConfig.FABRIC, "/tags/create").idempotent(true).build();
    try (HttpPipeline pipeline = pipeline()) {
      assertThat(pipeline.send(tag, Void.class).attempts()).isEqualTo(2);
    }
  }

  @Test
  void aDeleteWhoseRetryMeets404AfterALostAnswerCountsAsDeleted() throws Exception {
    server.enqueue(resetAfterReading());
    server.enqueue(notFound());
    try (HttpPipeline pipeline = pipeline()) {
      ApiResponse<Deleted> response = pipeline.send(deleteEndpoint(), Deleted.class);

      assertThat(response.alreadyApplied()).isTrue();
      assertThat(response.status()).isEqualTo(404);
      assertThat(response.body()).isNull();
      assertThat(response.attempts()).isEqualTo(2);
      assertThat(response.requestId()).contains("r-404");
    }
    assertThat(server.getRequestCount()).isEqualTo(2);
  }

  @Test
  void anAsyncDeleteWhoseRetryMeets404AfterAGatewayTimeoutCountsAsDeleted() throws Exception {
    server.enqueue(status(504));
    server.enqueue(notFound());
    try (HttpPipeline pipeline = pipeline()) {
      ApiResponse<Deleted> response = pipeline.sendAsync(deleteEndpoint(), Deleted.class).get(TIMEOUT_S, TimeUnit.SECONDS);

      assertThat(response.alreadyApplied()).isTrue();
      assertThat(response.status()).isEqualTo(404);
      assertThat(response.body()).isNull();
    }
  }

  @Test
  void aDeleteWhoseEarlierAttemptWasRefusedUnheardIsNotFoundAfterAll() {
    // 503 and throttling are refusals before any work: the 404 is the resource's own
    server.enqueue(status(503));
    server.enqueue(notFound());
    try (HttpPipeline pipeline = pipeline()) {
      assertThatThrownBy(() -> pipeline.send(deleteEndpoint(), Deleted.class)).isInstanceOfSatisfying(
          NotFoundException.class, e -> assertThat(e.attempts()).isEqualTo(2));
    }
  }

  @Test
  void aFirstAttemptThatMeets404IsNotFound() {
    server.enqueue(notFound());
    try (HttpPipeline pipeline = pipeline()) {
      assertThatThrownBy(() -> pipeline.send(deleteEndpoint(), Deleted.class)).isInstanceOf(NotFoundException.class);
    }
  }

  @Test
  void onlyADeleteCountsA404AsDone() {
    server.enqueue(resetAfterReading());
    server.enqueue(notFound());
    try (HttpPipeline pipeline = pipeline()) {
      assertThatThrownBy(() -> pipeline.send(ApiRequest.get(ClientConfig.FABRIC, "/x").build(), Deleted.class))
          .isInstanceOf(NotFoundException.class);
    }
  }

  @Test
  void aRequestSentEarlierMakesALaterUnsentFailureAmbiguous() {
    // attempt 1 reached the server and its answer was lost; attempt 2 failed before sending: the
    // caller must still be told that the request may have been acted on
    server.enqueue(resetAfterReading());
    java.util.concurrent.atomic.AtomicInteger authentications = new java.util.concurrent.atomic.AtomicInteger();
    ClientConfig config = ClientConfig.builder().endpoint(ClientConfig.FABRIC, server.url("/").toString())
        .retryPolicy(RetryPolicy.builder().jitter(() -> 0).maxRetries(1).build())
        .credentials((request, context) -> {
          if (authentications.incrementAndGet() > 1) {
            throw new IOException("token endpoint unreachable");
          }
          return request;
        })
        .clock(time)
        .sleeper(time)
        .build();
    try (HttpPipeline pipeline = new HttpPipeline(config)) {
      assertThatThrownBy(() -> pipeline.send(ApiRequest.put(ClientConfig.FABRIC, "/x").build(), Void.class))
          .isInstanceOfSatisfying(TransportException.class, e -> {
            assertThat(e.attempts()).isEqualTo(2);
            assertThat(e.mayHaveReachedServer()).isTrue();
          });
    }
    assertThat(server.getRequestCount()).isEqualTo(1);
  }
}
