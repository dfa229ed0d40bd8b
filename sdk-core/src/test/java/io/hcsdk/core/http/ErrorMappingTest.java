package io.hcsdk.core.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hcsdk.core.ClientConfig;
import io.hcsdk.core.error.ApiException;
import io.hcsdk.core.error.BadRequestException;
import io.hcsdk.core.error.ConflictException;
import io.hcsdk.core.error.ForbiddenException;
import io.hcsdk.core.error.NotFoundException;
import io.hcsdk.core.error.RequestTimeoutException;
import io.hcsdk.core.error.ServerException;
import io.hcsdk.core.error.ThrottledException;
import io.hcsdk.core.error.UnauthorizedException;
import io.hcsdk.core.retry.RetryPolicy;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every error body INDEX.md lists, verbatim from the documents where they give one, maps to a typed exception. */
class ErrorMappingTest {
  private MockWebServer server;
  private HttpPipeline pipeline;

  @BeforeEach
  void start() throws IOException {
    server = new MockWebServer();
    server.start();
    pipeline = new HttpPipeline(ClientConfig.builder()
        .endpoint(ClientConfig.FABRIC, server.url("/").toString())
        .retryPolicy(RetryPolicy.none())
        .build());
  }

  @AfterEach
  void stop() {
    pipeline.close();
    server.close();
  }

  static Stream<Arguments> documentedBodies() {
    String badInput = "failed to read http request, please check your input, code: 400, reason: Type mismatch., cause: TypeMismatchException";
    return Stream.of(
        Arguments.of("fabric-create-endpoint.response-400.json", 400, BadRequestException.class, "common.01000001", badInput),
        Arguments.of("fabric-create-endpoint.response-401.json", 401, UnauthorizedException.class, "APIG.1002", "Incorrect token or token resolution failed"),
        Arguments.of("fabric-create-endpoint.response-403.json", 403, ForbiddenException.class, "403", "X-Auth-Token is invalid in the request"),
        Arguments.of("fabric-create-endpoint.response-408.json", 408, RequestTimeoutException.class, "common.00000408", "timeout exception occurred"),
        Arguments.of("fabric-create-endpoint.response-500.json", 500, ServerException.class, "common.00000500", "internal error"),
        Arguments.of("fabric-update-endpoint.response-400.json", 400, BadRequestException.class, "common.01000001", badInput),
        Arguments.of("fabric-update-endpoint.response-401.json", 401, UnauthorizedException.class, "APIG.1002", "Incorrect token or token resolution failed"),
        Arguments.of("fabric-update-endpoint.response-403.json", 403, ForbiddenException.class, "403", "X-Auth-Token is invalid in the request"),
        Arguments.of("fabric-update-endpoint.response-408.json", 408, RequestTimeoutException.class, "common.00000408", "timeout exception occurred"),
        Arguments.of("fabric-update-endpoint.response-500.json", 500, ServerException.class, "common.00000500", "internal error"),
        Arguments.of("fabric-deploy-service-instance.response-400.json", 400, BadRequestException.class, "common.01000001", badInput),
        Arguments.of("fabric-deploy-service-instance.response-401.json", 401, UnauthorizedException.class, "APIG.1002", "Incorrect token or token resolution failed"),
        Arguments.of("fabric-deploy-service-instance.response-403.json", 403, ForbiddenException.class, "403", "X-Auth-Token is invalid in the request"),
        Arguments.of("fabric-deploy-service-instance.response-404.json", 404, NotFoundException.class, "common.01000001", "response status exception, code: 404"),
        Arguments.of("fabric-deploy-service-instance.response-408.json", 408, RequestTimeoutException.class, "common.00000408", "timeout exception occurred"),
        Arguments.of("fabric-deploy-service-instance.response-500.json", 500, ServerException.class, "common.00000500", "internal error"),
        Arguments.of("modelarts-create-devenv.response-error.json", 400, BadRequestException.class, "ModelArts.6318", "The param path needs to end with /."),
        Arguments.of("modelarts-show-pool.response-404.json", 404, NotFoundException.class, "ModelArts.50015001", "pool not found"),
        Arguments.of("modelarts-list-pool-nodes.response-404.json", 404, NotFoundException.class, "ModelArts.50015001", "pool not found"),
        Arguments.of("apig-0101.json", 404, NotFoundException.class, "APIG.0101", "The API does not exist or has not been published in the environment"),
        Arguments.of("apigw-0101.json", 404, NotFoundException.class, "APIGW.0101", "The API does not exist or has not been published in the environment"),
        Arguments.of("apig-0301.json", 401, UnauthorizedException.class, "APIG.0301", "Incorrect IAM authentication information: verify aksk signature fail"),
        Arguments.of("apigw-0307.json", 401, UnauthorizedException.class, "APIGW.0307", "The token must be updated."),
        Arguments.of("apig-0308.json", 429, ThrottledException.class, "APIG.0308", "The throttling threshold has been reached: policy user over ratelimit,limit:20,time:1 minute"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("documentedBodies")
  void mapsDocumentedErrorBody(String resource, int status, Class<? extends ApiException> type, String code,
      String message) {
    server.enqueue(new MockResponse.Builder().code(status).body(resource(resource))
        .addHeader("x-request-id", "req-123").build());

    assertThatThrownBy(this::call).isInstanceOfSatisfying(type, e -> {
      assertThat(e.httpStatus()).isEqualTo(status);
      assertThat(e.errorCode()).contains(code);
      assertThat(e.errorMessage()).contains(message);
      assertThat(e.requestId()).contains("req-123");
      assertThat(e.attempts()).isEqualTo(1);
      assertThat(e.bodyExcerpt()).isEqualTo(resource(resource));
      assertThat(e.getMessage()).contains(String.valueOf(status), code, message, "req-123");
    });
  }

  @Test
  void solutionMessageIsKept() {
    server.enqueue(new MockResponse.Builder().code(400)
        .body("{\"error_code\":\"common.01000001\",\"error_msg\":\"bad\",\"solution_msg\":\"check the name\"}").build());
    assertThatThrownBy(this::call).isInstanceOfSatisfying(BadRequestException.class,
        e -> assertThat(e.solutionMessage()).contains("check the name"));
  }

  @Test
  void requestIdFallsBackToTheBody() {
    server.enqueue(new MockResponse.Builder().code(429).body(resource("apig-0308.json")).build());
    assertThatThrownBy(this::call).isInstanceOfSatisfying(ThrottledException.class,
        e -> assertThat(e.requestId()).contains("f6f16b902c4e8f0a3e5d4c7b6a5f4e33"));
  }

  @Test
  void throttlingCodeUnderAnotherStatusIsStillThrottling() {
    server.enqueue(new MockResponse.Builder().code(403).body(resource("apig-0308.json")).build());
    assertThatThrownBy(this::call).isInstanceOf(ThrottledException.class);
  }

  @Test
  void htmlFromAProxyKeepsItsTitleAndExcerpt() {
    server.enqueue(new MockResponse.Builder().code(502).body(resource("proxy-502.html")).build());
    assertThatThrownBy(this::call).isInstanceOfSatisfying(ServerException.class, e -> {
      assertThat(e.errorCode()).isEmpty();
      assertThat(e.errorMessage()).contains("502 Bad Gateway");
      assertThat(e.bodyExcerpt()).contains("<center>nginx</center>");
    });
  }

  @Test
  void emptyBody() {
    server.enqueue(new MockResponse.Builder().code(503).body(resource("empty.txt")).build());
    assertThatThrownBy(this::call).isInstanceOfSatisfying(ServerException.class, e -> {
      assertThat(e.httpStatus()).isEqualTo(503);
      assertThat(e.errorCode()).isEmpty();
      assertThat(e.errorMessage()).isEmpty();
      assertThat(e.bodyExcerpt()).isEmpty();
    });
  }

  @Test
  void truncatedBodyKeepsTheExcerpt() {
    server.enqueue(new MockResponse.Builder().code(500).body(resource("truncated.json")).build());
    assertThatThrownBy(this::call).isInstanceOfSatisfying(ServerException.class, e -> {
      assertThat(e.errorCode()).isEmpty();
      assertThat(e.bodyExcerpt()).isEqualTo(resource("truncated.json"));
    });
  }

  @Test
  void conflictAndUnknownStatuses() {
    server.enqueue(new MockResponse.Builder().code(409).body("{\"error_code\":\"X.1\",\"error_msg\":\"busy\"}").build());
    assertThatThrownBy(this::call).isInstanceOf(ConflictException.class);
    server.enqueue(new MockResponse.Builder().code(418).body("{}").build());
    assertThatThrownBy(this::call).isExactlyInstanceOf(ApiException.class);
  }

  @Test
  void longBodiesAreCutInTheExcerpt() {
    String longMessage = "x".repeat(5000);
    server.enqueue(new MockResponse.Builder().code(400)
        .body("{\"error_code\":\"A.1\",\"error_msg\":\"" + longMessage + "\"}").build());
    assertThatThrownBy(this::call).isInstanceOfSatisfying(BadRequestException.class,
        e -> assertThat(e.bodyExcerpt()).hasSizeLessThan(1100).contains("chars)"));
  }

  private void call() {
    pipeline.send(ApiRequest.get(ClientConfig.FABRIC, "/v1/things").build(), Void.class);
  }

  static String resource(String name) {
    try (InputStream in = ErrorMappingTest.class.getResourceAsStream("/errors/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
