package io.hcsdk.core.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.hcsdk.core.ClientConfig;
import io.hcsdk.testing.FakeTime;
import io.hcsdk.core.auth.AkSkCredentials;
import io.hcsdk.core.auth.Credentials;
import io.hcsdk.core.auth.TokenCredentials;
import io.hcsdk.core.error.ApiException;
import io.hcsdk.core.error.BadRequestException;
import io.hcsdk.core.internal.Redactor;
import io.hcsdk.core.json.Json;
import io.hcsdk.core.retry.RetryPolicy;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * No secret reaches a log line or an exception: the pipeline logs at TRACE (see
 * simplelogger.properties), and every test here captures what it logged and searches it.
 */
class RedactionTest {
  private static final List<String> SECRETS = List.of("SECRET-TOKEN-123", "P@ss-secret-456", "appsecret789",
      "SKVALUE000", "-----BEGIN KEY-----xyz", "xyz", "acc-tok-1", "url-token-999", "subj-tok-111",
      "SK-SECRET-VALUE", "SEC-TOKEN-222");

  private static final String REQUEST_BODY = "{\"name\":\"ep-1\",\"password\":\"P@ss-secret-456\","
      + "\"app_secret\":\"appsecret789\",\"sk\":\"SKVALUE000\","
      + "\"credential\":{\"ssh_private_key\":\"-----BEGIN KEY-----xyz\",\"access_token\":\"acc-tok-1\"}}";

  private MockWebServer server;
  private final FakeTime time = new FakeTime(Instant.parse("2026-11-22T00:00:00Z"));
  /** Every exception the tests saw, checked for secrets too. */
  private final List<Throwable> thrown = new ArrayList<>();

  @BeforeEach
  void start() throws IOException {
    server = new MockWebServer();
    server.start();
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private ClientConfig config(Credentials credentials) {
    return ClientConfig.builder()
        .endpoint(ClientConfig.FABRIC, server.url("/").toString())
        .credentials(credentials)
        .retryPolicy(RetryPolicy.builder().jitter(() -> 0).build())
        .clock(time)
        .sleeper(time)
        .build();
  }

  /** Runs {@code action} with System.err captured (slf4j-simple looks System.err up on each write). */
  private static <T> String captureLog(Callable<T> action) throws Exception {
    PrintStream original = System.err;
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (PrintStream capture = new PrintStream(bytes, true, StandardCharsets.UTF_8)) {
      System.setErr(capture);
      action.call();
    } finally {
      System.setErr(original);
    }
    String log = bytes.toString(StandardCharsets.UTF_8);
    original.print(log);
    return log;
  }

  private void assertNoSecret(String log) {
    for (String secret : SECRETS) {
      assertThat(log).as("log must not contain %s", secret).doesNotContain(secret);
    }
    for (Throwable error : thrown) {
      for (Throwable t = error; t != null; t = t.getCause()) {
        for (String secret : SECRETS) {
          assertThat(t.toString()).as("%s must not contain %s", t.getClass().getSimpleName(), secret)
              .doesNotContain(secret);
          assertThat(String.valueOf(t.getMessage())).doesNotContain(secret);
          if (t instanceof ApiException) {
            ApiException api = (ApiException) t;
            assertThat(api.bodyExcerpt()).doesNotContain(secret);
            assertThat(api.errorMessage().orElse("")).doesNotContain(secret);
            assertThat(api.details().solutionMessage().orElse("")).doesNotContain(secret);
          }
        }
      }
    }
  }

  private static ApiRequest createRequest() throws IOException {
    return ApiRequest.post(ClientConfig.FABRIC, "/v1/workspaces/{ws}/endpoints").operation("CreateEndpoint")
        .pathParam("ws", "ws-1")
        .body(Json.mapper().readTree(REQUEST_BODY))
        .build();
  }

  @Test
  void tokenRequestBodyAndResponseAreMasked() throws Exception {
    server.enqueue(new MockResponse.Builder().code(202)
        .addHeader("X-Request-Id", "req-abc")
        .addHeader("X-Subject-Token", "subj-tok-111")
        .body("{\"id\":\"e-1\",\"urls\":[{\"type\":\"PUBLIC\",\"url\":\"https://e.example\",\"token\":\"url-token-999\"}],"
            + "\"tokens_quota\":{\"total\":100,\"used\":7}}")
        .build());
    java.util.concurrent.atomic.AtomicReference<ApiResponse<JsonNode>> response = new java.util.concurrent.atomic.AtomicReference<>();

    String log = captureLog(() -> {
      try (HttpPipeline pipeline = new HttpPipeline(config(TokenCredentials.of("SECRET-TOKEN-123")))) {
        response.set(pipeline.send(createRequest(), JsonNode.class));
      }
      return null;
    });

    // the caller still gets every value: redaction is for logs only
    assertThat(response.get().body().at("/urls/0/token").asText()).isEqualTo("url-token-999");
    assertThat(response.get().headers().get("X-Subject-Token")).isEqualTo("subj-tok-111");
    assertThat(server.takeRequest().getHeaders().get("X-Auth-Token")).isEqualTo("SECRET-TOKEN-123");

    assertThat(log).containsPattern(
        "DEBUG io\\.hcsdk\\.http - POST /v1/workspaces/ws-1/endpoints -> 202 in \\d+ ms \\(attempt 1, request id req-abc\\)");
    assertThat(log).contains("TRACE io.hcsdk.http - request POST " + server.url("/v1/workspaces/ws-1/endpoints"));
    assertThat(log).contains("X-Auth-Token: ****\n");
    assertThat(log).contains("X-Subject-Token: ****\n");
    assertThat(log).contains("X-Request-Id: req-abc\n");
    assertThat(log).contains("\"password\":\"****\"", "\"app_secret\":\"****\"", "\"sk\":\"****\"",
        "\"ssh_private_key\":\"****\"", "\"access_token\":\"****\"", "\"token\":\"****\"");
    // non-secret fields and structure survive
    assertThat(log).contains("\"name\":\"ep-1\"", "\"url\":\"https://e.example\"",
        "\"tokens_quota\":{\"total\":100,\"used\":7}");
    assertNoSecret(log);
  }

  @Test
  void errorBodiesEchoingSecretsAreMaskedInLogsAndExceptions() throws Exception {
    // the secret echoed as a field, inside an escaped string, and in a body without error fields
    server.enqueue(new MockResponse.Builder().code(400).addHeader("X-Request-Id", "req-400")
        .body("{\"error_code\":\"FABRIC.0001\",\"error_msg\":\"bad request\",\"request\":{\"password\":\"P@ss-secret-456\"}}")
        .build());
    server.enqueue(new MockResponse.Builder().code(400)
        .body("{\"error_code\":\"FABRIC.0002\",\"error_msg\":\"invalid body {\\\"password\\\":\\\"P@ss-secret-456\\\"}\","
            + "\"solution_msg\":\"check {\\\"sk\\\":\\\"SKVALUE000\\\"}\"}")
        .build());
    server.enqueue(new MockResponse.Builder().code(400).body("{\"password\":\"P@ss-secret-456\",\"detail\":\"x\"}").build());

    String log = captureLog(() -> {
      try (HttpPipeline pipeline = new HttpPipeline(config(TokenCredentials.of("SECRET-TOKEN-123")))) {
        for (int i = 0; i < 3; i++) {
          ApiRequest request = createRequest();
          assertThatThrownBy(() -> pipeline.send(request, JsonNode.class))
              .isInstanceOf(BadRequestException.class)
              .satisfies(thrown::add);
        }
      }
      return null;
    });

    assertThat(thrown).hasSize(3);
    ApiException first = (ApiException) thrown.get(0);
    assertThat(first.errorCode()).contains("FABRIC.0001");
    assertThat(first.requestId()).contains("req-400");
    assertThat(first.bodyExcerpt()).contains("\"password\":\"****\"");
    ApiException second = (ApiException) thrown.get(1);
    assertThat(second.errorMessage()).hasValueSatisfying(m -> assertThat(m).startsWith("invalid body"));
    ApiException third = (ApiException) thrown.get(2);
    assertThat(third.getMessage()).contains("HTTP 400").contains("****");
    assertThat(log).containsPattern("POST /v1/workspaces/ws-1/endpoints -> 400 in \\d+ ms \\(attempt 1, request id req-400\\)");
    assertThat(log).containsPattern("-> 400 in \\d+ ms \\(attempt 1, request id -\\)");
    assertNoSecret(log);
  }

  @Test
  void akSkHeadersAreMasked() throws Exception {
    server.enqueue(new MockResponse.Builder().code(200).addHeader("x-request-id", "req-ak").body("{}").build());
    Credentials credentials = AkSkCredentials.builder().ak("AK0123456789ABCDEF").sk("SK-SECRET-VALUE")
        .securityToken("SEC-TOKEN-222").build();

    String log = captureLog(() -> {
      try (HttpPipeline pipeline = new HttpPipeline(config(credentials))) {
        return pipeline.send(createRequest(), JsonNode.class);
      }
    });

    var recorded = server.takeRequest(5, TimeUnit.SECONDS);
    assertThat(recorded.getHeaders().get("X-Security-Token")).isEqualTo("SEC-TOKEN-222");
    assertThat(recorded.getHeaders().get("Authorization")).startsWith("SDK-HMAC-SHA256 Access=AK0123456789ABCDEF");
    assertThat(log).contains("Authorization: ****\n", "X-Security-Token: ****\n");
    assertThat(log).containsPattern("X-Sdk-Date: \\d{8}T\\d{6}Z\n");
    assertThat(log).containsPattern("POST /v1/workspaces/ws-1/endpoints -> 200 in \\d+ ms \\(attempt 1, request id req-ak\\)");
    assertThat(log).doesNotContain("Signature=");
    assertThat(credentials.toString()).doesNotContain("SK-SECRET-VALUE").doesNotContain("SEC-TOKEN-222");
    assertNoSecret(log);
  }

  @Test
  void retriedAttemptsAreLoggedWithTheirNumber() throws Exception {
    server.enqueue(new MockResponse.Builder().code(503).body("{\"error_code\":\"E\",\"error_msg\":\"busy\"}").build());
    server.enqueue(new MockResponse.Builder().code(200).body("{\"access_token\":\"acc-tok-1\"}").build());

    String log = captureLog(() -> {
      try (HttpPipeline pipeline = new HttpPipeline(config(TokenCredentials.of("SECRET-TOKEN-123")))) {
        return pipeline.send(ApiRequest.get(ClientConfig.FABRIC, "/v1/x").build(), JsonNode.class);
      }
    });

    assertThat(log).containsPattern("GET /v1/x -> 503 in \\d+ ms \\(attempt 1, request id -\\)");
    assertThat(log).containsPattern("GET /v1/x -> 200 in \\d+ ms \\(attempt 2, request id -\\)");
    assertNoSecret(log);
  }

  @Test
  void redactorMasksEachFieldFamily() throws Exception {
    String json = "{\"password\":\"v1\",\"adminPass\":\"keep-me\",\"app_secret\":\"v2\",\"secret\":\"v3\","
        + "\"auth_token\":\"v4\",\"token\":\"v5\",\"sk\":\"v6\",\"ak\":\"v7\",\"SK\":\"v8\",\"user_sk\":\"v9\","
        + "\"private_key\":\"v10\",\"privateKey\":\"v11\",\"app_key\":\"v12\",\"appKey\":\"v13\","
        + "\"access_token\":\"v14\",\"accessToken\":\"v15\",\"ssh_private_key\":\"v16\",\"secret_key\":\"v17\","
        + "\"access_key\":\"v18\",\"signature\":\"v19\",\"number_secret\":12345,\"bool_token\":true,"
        + "\"tokens_quota\":{\"total\":10,\"used\":2},\"max_tokens\":4096,\"token_type\":\"Bearer\","
        + "\"task\":\"t\",\"disk\":\"d\",\"name\":\"n\",\"nothing_token\":null,"
        + "\"credential\":{\"ssh_private_key\":\"v20\",\"access_token\":\"v21\",\"user\":\"u\"},"
        + "\"urls\":[{\"token\":\"v22\",\"url\":\"https://x\"}]}";

    String masked = Redactor.json(json);

    for (int i = 1; i <= 22; i++) {
      assertThat(masked).as("v%d", i).doesNotContain("\"v" + i + "\"");
    }
    assertThat(masked).doesNotContain("12345").doesNotContain("true");
    assertThat(masked).contains("\"password\":\"****\"", "\"app_secret\":\"****\"", "\"sk\":\"****\"",
        "\"ak\":\"****\"", "\"private_key\":\"****\"", "\"app_key\":\"****\"", "\"access_token\":\"****\"",
        "\"ssh_private_key\":\"****\"", "\"token\":\"****\"", "\"number_secret\":\"****\"");
    assertThat(masked).contains("\"tokens_quota\":{\"total\":10,\"used\":2}", "\"max_tokens\":4096",
        "\"token_type\":\"Bearer\"", "\"task\":\"t\"", "\"disk\":\"d\"", "\"name\":\"n\"", "\"nothing_token\":null",
        "\"user\":\"u\"", "\"url\":\"https://x\"", "\"adminPass\":\"keep-me\"");
    // still JSON, with the same shape
    assertThat(Json.mapper().readTree(masked).at("/tokens_quota/used").asInt()).isEqualTo(2);
    assertThat(Json.mapper().readTree(masked).at("/credential/user").asText()).isEqualTo("u");
  }

  @Test
  void redactorHandlesSpacingEscapesAndTruncation() {
    assertThat(Redactor.json("{ \"password\" : \"a\\\"b\\\\c\" , \"x\" : 1 }"))
        .isEqualTo("{ \"password\" : \"****\" , \"x\" : 1 }");
    // a cut body still masks the value that was cut
    assertThat(Redactor.json("{\"name\":\"n\",\"password\":\"P@ss-sec")).isEqualTo("{\"name\":\"n\",\"password\":\"****\"");
    assertThat(Redactor.excerpt("{\"password\":\"P@ss-secret-456\"}", 20)).doesNotContain("P@ss")
        .endsWith("…(30 chars)");
    // JSON echoed inside a string value, as error messages do
    assertThat(Redactor.json("{\"error_msg\":\"invalid {\\\"password\\\":\\\"P@ss-secret-456\\\",\\\"name\\\":\\\"n\\\"}\"}"))
        .isEqualTo("{\"error_msg\":\"invalid {\\\"password\\\":\\\"****\\\",\\\"name\\\":\\\"n\\\"}\"}");
    assertThat(Redactor.json("{\"error_msg\":\"bad {\\\"sk\\\": 12345, \\\"app_key\\\":\\\"a\\\\\\\"b\\\"}\"}"))
        .isEqualTo("{\"error_msg\":\"bad {\\\"sk\\\": \\\"****\\\", \\\"app_key\\\":\\\"****\\\"}\"}");
    // echoed JSON cut inside the secret (by the service, or by the excerpt, even mid-escape)
    assertThat(Redactor.json("{\"error_msg\":\"bad {\\\"password\\\":\\\"P@ss-sec\"}"))
        .isEqualTo("{\"error_msg\":\"bad {\\\"password\\\":\\\"****\\\"\"}");
    assertThat(Redactor.json("{\"error_msg\":\"bad {\\\"password\\\":\\\"P@ss-sec")).doesNotContain("P@ss");
    assertThat(Redactor.json("{\"error_msg\":\"bad {\\\"password\\\":\\\"P@ss-sec\\")).doesNotContain("P@ss");
    assertThat(Redactor.json("{\"error_msg\":\"bad {\\\"password\\\":\\\"P@ss-sec\\\\")).doesNotContain("P@ss");
    // an escaped non-secret field is left alone
    assertThat(Redactor.json("{\"m\":\"{\\\"name\\\":\\\"n\\\"}\"}")).isEqualTo("{\"m\":\"{\\\"name\\\":\\\"n\\\"}\"}");
    assertThat(Redactor.json(null)).isEmpty();
    assertThat(Redactor.json("<html>502</html>")).isEqualTo("<html>502</html>");
    // a very long secret value does not overflow the regex engine
    String longValue = "x".repeat(200_000);
    assertThat(Redactor.json("{\"token\":\"" + longValue + "\"}")).isEqualTo("{\"token\":\"****\"}");
  }

  @Test
  void secretHeaders() {
    for (String name : List.of("X-Auth-Token", "authorization", "X-Security-Token", "x-subject-token",
        "Proxy-Authorization", "Cookie", "Set-Cookie")) {
      assertThat(Redactor.isSecretHeader(name)).as(name).isTrue();
    }
    assertThat(Redactor.isSecretHeader("X-Request-Id")).isFalse();
    assertThat(Redactor.headers(okhttp3.Headers.of("X-Auth-Token", "abc", "Accept", "application/json")))
        .isEqualTo("X-Auth-Token: ****\nAccept: application/json\n");
  }
}
