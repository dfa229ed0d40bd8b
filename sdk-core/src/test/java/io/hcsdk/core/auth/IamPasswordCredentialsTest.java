package io.hcsdk.core.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hcsdk.core.FakeTime;
import io.hcsdk.core.error.ApiException;
import io.hcsdk.core.error.ForbiddenException;
import io.hcsdk.core.error.ServerException;
import io.hcsdk.core.error.TransportException;
import io.hcsdk.core.error.UnauthorizedException;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class IamPasswordCredentialsTest {
  private static final String PASSWORD = "S3cret\"Pass!";
  private static final Instant T0 = Instant.parse("2024-03-01T08:00:00Z");

  private final FakeTime clock = new FakeTime(T0);
  private final OkHttpClient client = new OkHttpClient();
  private final AuthContext context = AuthContext.of(client, clock);
  private final Request serviceRequest = new Request.Builder().url("https://fabric.example.com/v1/x").build();
  private MockWebServer iam;

  @BeforeEach
  void start() throws IOException {
    iam = new MockWebServer();
    iam.start();
  }

  @AfterEach
  void stop() {
    iam.close();
  }

  @Test
  void sendsTheExactPasswordBodyScopedByProjectId() throws Exception {
    enqueueToken("token-1", T0.plus(Duration.ofHours(24)));

    Request authenticated = credentials().authenticate(serviceRequest, context);

    RecordedRequest recorded = iam.takeRequest();
    assertThat(recorded.getMethod()).isEqualTo("POST");
    assertThat(recorded.getUrl().encodedPath()).isEqualTo("/v3/auth/tokens");
    assertThat(recorded.getHeaders().get("Content-Type")).startsWith("application/json");
    assertThat(recorded.getBody().utf8()).isEqualTo("{\"auth\":{\"identity\":{\"methods\":[\"password\"],"
        + "\"password\":{\"user\":{\"name\":\"alice\",\"password\":\"S3cret\\\"Pass!\","
        + "\"domain\":{\"name\":\"acme\"}}}},\"scope\":{\"project\":{\"id\":\"p-123\"}}}}");
    assertThat(authenticated.header("X-Auth-Token")).isEqualTo("token-1");
  }

  @Test
  void sendsAProjectNameScopeWhenGivenAName() throws Exception {
    enqueueToken("token-1", T0.plus(Duration.ofHours(24)));
    IamPasswordCredentials credentials = IamPasswordCredentials.builder().userName("alice")
        .password(PASSWORD).domainName("acme").projectName("cn-north-4")
        .iamEndpoint(iam.url("/").toString()).build();

    credentials.authenticate(serviceRequest, context);

    assertThat(iam.takeRequest().getBody().utf8())
        .endsWith("\"scope\":{\"project\":{\"name\":\"cn-north-4\"}}}}");
  }

  @Test
  void cachesTheTokenUntilFiveMinutesBeforeExpiry() throws Exception {
    IamPasswordCredentials credentials = credentials();
    enqueueToken("token-1", T0.plus(Duration.ofHours(1)));
    enqueueToken("token-2", T0.plus(Duration.ofHours(25)));

    String first = credentials.authenticate(serviceRequest, context).header("X-Auth-Token");
    clock.set(T0.plus(Duration.ofMinutes(54)).plusSeconds(59));
    String cached = credentials.authenticate(serviceRequest, context).header("X-Auth-Token");
    assertThat(iam.getRequestCount()).isEqualTo(1);

    clock.set(T0.plus(Duration.ofMinutes(55)));
    String renewed = credentials.authenticate(serviceRequest, context).header("X-Auth-Token");

    assertThat(first).isEqualTo("token-1");
    assertThat(cached).isEqualTo("token-1");
    assertThat(renewed).isEqualTo("token-2");
    assertThat(iam.getRequestCount()).isEqualTo(2);
  }

  @Test
  void refreshAfterUnauthorizedFetchesANewToken() throws Exception {
    IamPasswordCredentials credentials = credentials();
    enqueueToken("token-1", T0.plus(Duration.ofHours(24)));
    enqueueToken("token-2", T0.plus(Duration.ofHours(24)));
    Request rejected = credentials.authenticate(serviceRequest, context);

    boolean renewed = credentials.refreshAfterUnauthorized(rejected, context);

    assertThat(renewed).isTrue();
    assertThat(iam.getRequestCount()).isEqualTo(2);
    assertThat(credentials.authenticate(serviceRequest, context).header("X-Auth-Token")).isEqualTo("token-2");
    assertThat(iam.getRequestCount()).isEqualTo(2);
  }

  @Test
  void refreshAfterUnauthorizedReturnsFalseWhenIamRefuses() {
    iam.enqueue(new MockResponse.Builder().code(401).body("{\"error_code\":\"IAM.0002\"}").build());

    assertThat(credentials().refreshAfterUnauthorized(new okhttp3.Request.Builder().url("https://example.com/").build(), context)).isFalse();
  }

  @Test
  void concurrentCallersShareOneIamRequest() throws Exception {
    IamPasswordCredentials credentials = credentials();
    iam.enqueue(new MockResponse.Builder().code(201).headersDelay(500, TimeUnit.MILLISECONDS)
        .addHeader("X-Subject-Token", "token-1").body(expiresBody(T0.plus(Duration.ofHours(24)))).build());
    int threads = 8;
    for (int i = 2; i <= threads; i++) {
      enqueueToken("token-" + i, T0.plus(Duration.ofHours(24))); // what a second IAM call would get
    }
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    CountDownLatch go = new CountDownLatch(1);
    try {
      List<Future<String>> tokens = new ArrayList<>();
      for (int i = 0; i < threads; i++) {
        tokens.add(pool.submit(() -> {
          go.await();
          return credentials.authenticate(serviceRequest, context).header("X-Auth-Token");
        }));
      }
      go.countDown();
      for (Future<String> token : tokens) {
        assertThat(token.get(10, TimeUnit.SECONDS)).isEqualTo("token-1");
      }
    } finally {
      pool.shutdownNow();
    }
    assertThat(iam.getRequestCount()).isEqualTo(1);
  }

  @Test
  void keepsAValidTokenWhenEarlyRenewalFailsAndRetriesLater() throws Exception {
    IamPasswordCredentials credentials = credentials();
    enqueueToken("token-1", T0.plus(Duration.ofHours(1)));
    iam.enqueue(new MockResponse.Builder().code(500).body("{\"error_msg\":\"busy\"}").build());
    enqueueToken("token-2", T0.plus(Duration.ofHours(25)));
    credentials.authenticate(serviceRequest, context);

    clock.set(T0.plus(Duration.ofMinutes(56)));
    String duringOutage = credentials.authenticate(serviceRequest, context).header("X-Auth-Token");
    clock.advance(Duration.ofSeconds(10));
    String withinRetryInterval = credentials.authenticate(serviceRequest, context).header("X-Auth-Token");
    assertThat(iam.getRequestCount()).isEqualTo(2);
    clock.advance(IamPasswordCredentials.REFRESH_RETRY_INTERVAL);
    String afterRetry = credentials.authenticate(serviceRequest, context).header("X-Auth-Token");

    assertThat(duringOutage).isEqualTo("token-1");
    assertThat(withinRetryInterval).isEqualTo("token-1");
    assertThat(afterRetry).isEqualTo("token-2");
    assertThat(iam.getRequestCount()).isEqualTo(3);
  }

  @Test
  void failsOnceTheTokenHasExpiredAndIamIsDown() {
    IamPasswordCredentials credentials = credentials();
    iam.enqueue(new MockResponse.Builder().code(503).body("<html><title>Service Unavailable</title></html>").build());

    assertThatThrownBy(() -> credentials.authenticate(serviceRequest, context))
        .isInstanceOf(ServerException.class)
        .satisfies(e -> assertThat(((ApiException) e).httpStatus()).isEqualTo(503));
  }

  @Test
  void iamUnauthorizedBecomesUnauthorizedExceptionWithCodeAndNoPassword() {
    iam.enqueue(new MockResponse.Builder().code(401).addHeader("X-Request-Id", "req-42")
        .body("{\"error\":{\"code\":\"IAM.0002\",\"message\":\"wrong password S3cret\\\"Pass! for alice\","
            + "\"title\":\"Unauthorized\"}}").build());

    assertThatThrownBy(() -> credentials().authenticate(serviceRequest, context))
        .isInstanceOf(UnauthorizedException.class)
        .satisfies(e -> {
          UnauthorizedException unauthorized = (UnauthorizedException) e;
          assertThat(unauthorized.errorCode()).contains("IAM.0002");
          assertThat(unauthorized.requestId()).contains("req-42");
          assertThat(unauthorized.getMessage()).doesNotContain("S3cret").contains("alice");
          assertThat(unauthorized.bodyExcerpt()).doesNotContain("S3cret");
        });
  }

  @Test
  void echoedRequestBodyIsMasked() {
    iam.enqueue(new MockResponse.Builder().code(403)
        .body("{\"error_msg\":\"denied\",\"request\":{\"user\":{\"name\":\"alice\",\"password\":\"S3cret\\\"Pass!\"}}}")
        .build());

    assertThatThrownBy(() -> credentials().authenticate(serviceRequest, context))
        .isInstanceOf(ForbiddenException.class)
        .satisfies(e -> assertThat(((ApiException) e).bodyExcerpt()).doesNotContain("S3cret").contains("****"));
  }

  @Test
  void ioFailureBecomesTransportException() throws Exception {
    IamPasswordCredentials credentials = credentials();
    iam.close();

    assertThatThrownBy(() -> credentials.authenticate(serviceRequest, context))
        .isInstanceOf(TransportException.class)
        .hasMessageContaining("/v3/auth/tokens")
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain("S3cret"))
        .satisfies(e -> assertThat(((TransportException) e).mayHaveReachedServer()).isFalse());
  }

  @Test
  void missingExpiryAssumesTheDocumentedLifetime() throws Exception {
    IamPasswordCredentials credentials = credentials();
    iam.enqueue(new MockResponse.Builder().code(201).addHeader("X-Subject-Token", "token-1").body("{}").build());
    enqueueToken("token-2", T0.plus(Duration.ofHours(48)));

    credentials.authenticate(serviceRequest, context);
    clock.set(T0.plus(Duration.ofHours(23)).plus(Duration.ofMinutes(54)));
    String stillCached = credentials.authenticate(serviceRequest, context).header("X-Auth-Token");
    clock.set(T0.plus(Duration.ofHours(23)).plus(Duration.ofMinutes(56)));
    String renewed = credentials.authenticate(serviceRequest, context).header("X-Auth-Token");

    assertThat(stillCached).isEqualTo("token-1");
    assertThat(renewed).isEqualTo("token-2");
  }

  @Test
  void aClientThatAuthenticatesItsOwnCallsFailsFast() {
    IamPasswordCredentials credentials = credentials();
    OkHttpClient looping = client.newBuilder()
        .addInterceptor(chain -> chain.proceed(credentials.authenticate(chain.request(), context)))
        .build();
    enqueueToken("token-1", T0.plus(Duration.ofHours(24)));

    assertThatThrownBy(() -> credentials.authenticate(serviceRequest, AuthContext.of(looping, clock)))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("must not");
  }

  @Test
  void toStringAndBuilderErrorsNeverShowThePassword() {
    IamPasswordCredentials credentials = credentials();

    assertThat(credentials.toString()).doesNotContain("S3cret").contains("alice", "acme", "p-123", "****");
    assertThatThrownBy(() -> IamPasswordCredentials.builder().userName("alice").password(PASSWORD).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("domainName is required")
        .hasMessageContaining("projectId or projectName is required")
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain("S3cret"));
    assertThat(IamPasswordCredentials.builder().userName("u").password("p").domainName("d")
        .projectId("p").build().iamEndpoint()).isEmpty();
  }

  private IamPasswordCredentials credentials() {
    return IamPasswordCredentials.builder().userName("alice").password(PASSWORD).domainName("acme")
        .projectId("p-123").iamEndpoint(iam.url("/").toString()).build();
  }

  private void enqueueToken(String token, Instant expiresAt) {
    iam.enqueue(new MockResponse.Builder().code(201).addHeader("X-Subject-Token", token)
        .body(expiresBody(expiresAt)).build());
  }

  private static String expiresBody(Instant expiresAt) {
    // IAM writes microseconds: 2024-03-02T08:00:00.000000Z
    String text = expiresAt.toString().replace("Z", ".000000Z");
    return "{\"token\":{\"expires_at\":\"" + text + "\",\"methods\":[\"password\"],\"catalog\":[]}}";
  }
}
