package io.hcsdk.core.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.hcsdk.core.ClientConfig;
import io.hcsdk.testing.FakeTime;
import io.hcsdk.core.auth.AuthContext;
import io.hcsdk.core.auth.Credentials;
import io.hcsdk.core.error.CallCancelledException;
import io.hcsdk.core.error.ResponseParseException;
import io.hcsdk.core.json.JsonException;
import io.hcsdk.core.error.ServerException;
import io.hcsdk.core.error.UnauthorizedException;
import io.hcsdk.core.retry.RetryPolicy;
import io.hcsdk.core.validate.Validatable;
import io.hcsdk.core.validate.ValidationException;
import io.hcsdk.core.validate.Validator;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class HttpPipelineTest {
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
        .credentials((request, context) -> request.newBuilder().header("X-Auth-Token", "tok").build())
        .clock(time)
        .sleeper(time)
        // a fixed jitter: a random one is 0 ms one time in 200, and a 0 ms backoff is not slept
        .retryPolicy(RetryPolicy.builder().jitter(() -> 1.0).build());
  }

  @Test
  void buildsPathQueryHeadersAndBody() throws Exception {
    server.enqueue(new MockResponse.Builder().code(200).body("{\"id\":\"e1\"}").addHeader("X-Request-Id", "r1").build());
    try (HttpPipeline pipeline = new HttpPipeline(config().userAgentSuffix("my-app/2").build())) {
      ApiRequest request = ApiRequest.post(ClientConfig.FABRIC, "/v1/workspaces/{workspace_id}/endpoints/{id}")
          .operation("Test")
          .pathParam("workspace_id", "ws/../1")
          .pathParam("id", "a b?c#d")
          .query("limit", 10)
          .query("absent", Optional.empty())
          .query("present", Optional.of("yes"))
          .query("nothing", null)
          .query("tag", List.of("a", "b c"))
          .body(Map.of("name", "n"))
          .build();
      ApiResponse<JsonNode> response = pipeline.send(request, JsonNode.class);

      assertThat(response.body().get("id").asText()).isEqualTo("e1");
      assertThat(response.requestId()).contains("r1");
      assertThat(response.status()).isEqualTo(200);
      RecordedRequest recorded = server.takeRequest();
      assertThat(recorded.getMethod()).isEqualTo("POST");
      assertThat(recorded.getUrl().encodedPath())
          .isEqualTo("/v1/workspaces/ws%2F..%2F1/endpoints/a%20b%3Fc%23d");
      assertThat(recorded.getUrl().pathSegments()).containsExactly("v1", "workspaces", "ws/../1", "endpoints", "a b?c#d");
      assertThat(recorded.getUrl().encodedQuery()).isEqualTo("limit=10&present=yes&tag=a&tag=b%20c");
      assertThat(recorded.getHeaders().get("X-Auth-Token")).isEqualTo("tok");
      assertThat(recorded.getHeaders().get("Content-Type")).startsWith("application/json");
      assertThat(recorded.getHeaders().get("User-Agent")).startsWith("hcsdk-java/").endsWith(" my-app/2");
      assertThat(recorded.getBody().utf8()).isEqualTo("{\"name\":\"n\"}");
    }
  }

  @Test
  void unsafeOrMissingPathParametersFailBeforeSending() {
    assertThatThrownBy(() -> ApiRequest.get(ClientConfig.FABRIC, "/v1/{a}/{b}/{c}").pathParam("a", "..")
        .pathParam("b", " ").build())
        .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
            .extracting(v -> v.path() + " " + v.message())
            .containsExactly("a must not be '.' or '..'", "b is required", "c is required"));
    assertThat(server.getRequestCount()).isZero();
  }

  record Named(String name) implements Validatable {
    @Override
    public void validate(Validator validator) {
      validator.text("name", name, 1, 3, Validator.NAME_CHARS, "letters");
    }
  }

  @Test
  void invalidBodyFailsBeforeSending() {
    try (HttpPipeline pipeline = new HttpPipeline(config().build())) {
      ApiRequest request = ApiRequest.post(ClientConfig.FABRIC, "/v1/x").body(new Named("toolong!")).build();
      assertThatThrownBy(() -> pipeline.send(request, Void.class))
          .isInstanceOf(ValidationException.class)
          .hasMessageContaining("name: must be 1 to 3 characters")
          .hasMessageContaining("name: may contain only letters");
      assertThat(pipeline.sendAsync(request, Void.class)).isCompletedExceptionally();
    }
    assertThat(server.getRequestCount()).isZero();
  }

  @Test
  void bodyThatDoesNotMatchTheSchemaIsAParseException() {
    server.enqueue(new MockResponse.Builder().code(200).body("[1,2]").addHeader("X-Request-Id", "r9").build());
    try (HttpPipeline pipeline = new HttpPipeline(config().build())) {
      assertThatThrownBy(() -> pipeline.send(ApiRequest.get(ClientConfig.FABRIC, "/x").build(), Named.class))
          .isInstanceOfSatisfying(ResponseParseException.class, e -> {
            assertThat(e.requestId()).contains("r9");
            assertThat(e.bodyExcerpt()).isEqualTo("[1,2]");
            assertThat(e.httpStatus()).isEqualTo(200);
          });
    }
  }

  @Test
  void aParseExceptionNamesTheFieldAndQuotesNoValueOfTheBody() {
    String secret = "sk-never-quoted-0123456789";
    server.enqueue(new MockResponse.Builder().code(200).body("{\"name\":{\"api_key\":\"" + secret + "\"}}").build());
    try (HttpPipeline pipeline = new HttpPipeline(config().build())) {
      assertThatThrownBy(() -> pipeline.send(ApiRequest.get(ClientConfig.FABRIC, "/x").build(), Named.class))
          .isInstanceOfSatisfying(ResponseParseException.class, e -> {
            assertThat(e.getMessage()).contains("does not match Named").contains(" at $.name ")
                .doesNotContain(secret);
            assertThat(e.getCause()).isInstanceOf(JsonException.class).hasNoCause();
            assertThat(e.getCause().getMessage()).doesNotContain(secret);
          });
    }
  }

  /** Credentials that count refreshes and hand out a new token each time. */
  static final class RefreshingCredentials implements Credentials {
    final AtomicInteger refreshes = new AtomicInteger();
    final boolean canRefresh;

    RefreshingCredentials(boolean canRefresh) {
      this.canRefresh = canRefresh;
    }

    @Override
    public Request authenticate(Request request, AuthContext context) {
      return request.newBuilder().header("X-Auth-Token", "token-" + refreshes.get()).build();
    }

    @Override
    public boolean refreshAfterUnauthorized(okhttp3.Request rejected, AuthContext context) {
      refreshes.incrementAndGet();
      return canRefresh;
    }
  }

  @Test
  void unauthorizedRefreshesOnceAndReplaysOnce() throws Exception {
    RefreshingCredentials credentials = new RefreshingCredentials(true);
    server.enqueue(new MockResponse.Builder().code(401).body("{\"error_code\":\"APIG.1002\",\"error_msg\":\"expired\"}").build());
    server.enqueue(new MockResponse.Builder().code(200).body("{}").build());
    try (HttpPipeline pipeline = new HttpPipeline(config().credentials(credentials).build())) {
      ApiResponse<JsonNode> response = pipeline.send(ApiRequest.post(ClientConfig.FABRIC, "/x").build(), JsonNode.class);
      assertThat(response.attempts()).isEqualTo(2);
    }
    assertThat(credentials.refreshes).hasValue(1);
    assertThat(server.takeRequest().getHeaders().get("X-Auth-Token")).isEqualTo("token-0");
    assertThat(server.takeRequest().getHeaders().get("X-Auth-Token")).isEqualTo("token-1");
    assertThat(time.sleeps()).isEmpty();
  }

  @Test
  void secondUnauthorizedIsFinal() {
    RefreshingCredentials credentials = new RefreshingCredentials(true);
    for (int i = 0; i < 3; i++) {
      server.enqueue(new MockResponse.Builder().code(401).body("{\"error_code\":\"APIG.1002\",\"error_msg\":\"bad\"}").build());
    }
    try (HttpPipeline pipeline = new HttpPipeline(config().credentials(credentials).build())) {
      assertThatThrownBy(() -> pipeline.send(ApiRequest.get(ClientConfig.FABRIC, "/x").build(), Void.class))
          .isInstanceOfSatisfying(UnauthorizedException.class, e -> assertThat(e.attempts()).isEqualTo(2));
    }
    assertThat(server.getRequestCount()).isEqualTo(2);
    assertThat(credentials.refreshes).hasValue(1);
  }

  @Test
  void staticCredentialsAreNotReplayed() {
    RefreshingCredentials credentials = new RefreshingCredentials(false);
    server.enqueue(new MockResponse.Builder().code(401).body("{}").build());
    try (HttpPipeline pipeline = new HttpPipeline(config().credentials(credentials).build())) {
      assertThatThrownBy(() -> pipeline.send(ApiRequest.get(ClientConfig.FABRIC, "/x").build(), Void.class))
          .isInstanceOf(UnauthorizedException.class);
    }
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void interruptDuringBackoffStopsAtOnceAndRestoresTheFlag() {
    server.enqueue(new MockResponse.Builder().code(503).build());
    ClientConfig config = config().sleeper(duration -> {
      throw new InterruptedException("stop");
    }).build();
    try (HttpPipeline pipeline = new HttpPipeline(config)) {
      assertThatThrownBy(() -> pipeline.send(ApiRequest.get(ClientConfig.FABRIC, "/x").build(), Void.class))
          .isInstanceOf(CallCancelledException.class);
      assertThat(Thread.interrupted()).isTrue();
    }
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void alreadyInterruptedThreadSendsNothing() {
    try (HttpPipeline pipeline = new HttpPipeline(config().build())) {
      Thread.currentThread().interrupt();
      assertThatThrownBy(() -> pipeline.send(ApiRequest.get(ClientConfig.FABRIC, "/x").build(), Void.class))
          .isInstanceOf(CallCancelledException.class);
      assertThat(Thread.interrupted()).isTrue();
    }
    assertThat(server.getRequestCount()).isZero();
  }

  @Test
  void closeLeavesACallerSuppliedClientUsable() throws Exception {
    OkHttpClient shared = new OkHttpClient();
    server.enqueue(new MockResponse.Builder().code(200).body("{}").build());
    server.enqueue(new MockResponse.Builder().code(200).body("{}").build());
    HttpPipeline pipeline = new HttpPipeline(config().httpClient(shared).build());
    pipeline.send(ApiRequest.get(ClientConfig.FABRIC, "/x").build(), JsonNode.class);
    pipeline.close();
    assertThat(shared.dispatcher().executorService().isShutdown()).isFalse();
    try (var response = shared.newCall(new Request.Builder().url(server.url("/y")).build()).execute()) {
      assertThat(response.code()).isEqualTo(200);
    }
  }

  @Test
  void closeShutsDownAnOwnedClient() {
    HttpPipeline pipeline = new HttpPipeline(config().build());
    pipeline.close();
    assertThat(pipeline.httpClient().dispatcher().executorService().isShutdown()).isTrue();
    assertThat(pipeline.sendAsync(ApiRequest.get(ClientConfig.FABRIC, "/x").build(), Void.class))
        .isCompletedExceptionally();
  }

  @Test
  void serverErrorsAfterAllRetriesCarryTheAttemptCount() {
    for (int i = 0; i < 4; i++) {
      server.enqueue(new MockResponse.Builder().code(500).body("{\"error_code\":\"common.00000500\",\"error_msg\":\"internal error\"}").build());
    }
    try (HttpPipeline pipeline = new HttpPipeline(config().build())) {
      assertThatThrownBy(() -> pipeline.send(ApiRequest.get(ClientConfig.FABRIC, "/x").build(), Void.class))
          .isInstanceOfSatisfying(ServerException.class, e -> {
            assertThat(e.attempts()).isEqualTo(4);
            assertThat(e.getMessage()).contains("after 4 attempts");
          });
    }
    assertThat(server.getRequestCount()).isEqualTo(4);
    assertThat(time.sleeps()).hasSize(3);
  }
}
