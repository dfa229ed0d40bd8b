package io.hcsdk.core.auth;

import static org.assertj.core.api.Assertions.assertThat;

import io.hcsdk.core.FakeTime;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okio.BufferedSink;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class AkSkCredentialsTest {
  private static final String AK = "QTWAOYTTINDUT2QVKYUC";
  private static final String SK = "MFyfvK41ba2giqM7Uio6PznpdUKGpownRZlmVmHc";
  private static final Pattern AUTHORIZATION = Pattern.compile(
      "SDK-HMAC-SHA256 Access=([^,]+), SignedHeaders=([^,]+), Signature=([0-9a-f]{64})");

  private final FakeTime clock = new FakeTime(Instant.parse("2019-11-15T03:36:55Z"));
  private final OkHttpClient client = new OkHttpClient();
  private final AuthContext context = AuthContext.of(client, clock);
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

  @Test
  void signsBodyContentTypeProjectAndSecurityToken() throws Exception {
    AkSkCredentials credentials = AkSkCredentials.builder().ak(AK).sk(SK)
        .securityToken("temporary-security-token").projectId("77b6a44cba5143ab91d13ab9a8ff44fd").build();
    HttpUrl url = server.url("/v1/project/endpoints?limit=2&marker=a b");
    Request request = new Request.Builder().url(url)
        .post(RequestBody.create("{\"name\":\"e1\"}", MediaType.get("application/json"))).build();

    RecordedRequest recorded = send(credentials.authenticate(request, context));

    Matcher authorization = authorization(recorded);
    assertThat(authorization.group(1)).isEqualTo(AK);
    assertThat(authorization.group(2))
        .isEqualTo("content-type;host;x-project-id;x-sdk-date;x-security-token");
    assertThat(recorded.getHeaders().get("X-Sdk-Date")).isEqualTo("20191115T033655Z");
    assertThat(recorded.getHeaders().get("X-Security-Token")).isEqualTo("temporary-security-token");
    assertThat(recorded.getHeaders().get("X-Project-Id")).isEqualTo("77b6a44cba5143ab91d13ab9a8ff44fd");
    assertThat(recorded.getHeaders().get("Host")).isEqualTo(AkSkCredentials.hostHeader(url));
    assertThat(authorization.group(3)).isEqualTo(verify(recorded, url));
  }

  @Test
  void everyAttemptGetsAFreshDateAndSignatureAndOneAuthorization() throws Exception {
    AkSkCredentials credentials = AkSkCredentials.of(AK, SK);
    HttpUrl url = server.url("/resources");
    Request first = credentials.authenticate(new Request.Builder().url(url).build(), context);
    clock.advance(Duration.ofSeconds(90));

    Request second = credentials.authenticate(first, context);
    RecordedRequest recorded = send(second);

    assertThat(first.header("X-Sdk-Date")).isEqualTo("20191115T033655Z");
    assertThat(second.header("X-Sdk-Date")).isEqualTo("20191115T033825Z");
    assertThat(second.headers("Authorization")).hasSize(1);
    assertThat(second.headers("X-Sdk-Date")).hasSize(1);
    assertThat(second.header("Authorization")).isNotEqualTo(first.header("Authorization"));
    Matcher authorization = authorization(recorded);
    assertThat(authorization.group(2)).isEqualTo("host;x-sdk-date");
    assertThat(authorization.group(3)).isEqualTo(verify(recorded, url));
  }

  @Test
  void requestProjectIdWinsAndIsSigned() throws Exception {
    AkSkCredentials credentials = AkSkCredentials.builder().ak(AK).sk(SK).projectId("configured").build();
    HttpUrl url = server.url("/v1/x");
    Request request = new Request.Builder().url(url).header("X-Project-Id", "from-request").build();

    RecordedRequest recorded = send(credentials.authenticate(request, context));

    assertThat(recorded.getHeaders().values("X-Project-Id")).containsExactly("from-request");
    assertThat(authorization(recorded).group(2)).isEqualTo("host;x-project-id;x-sdk-date");
    assertThat(authorization(recorded).group(3)).isEqualTo(verify(recorded, url));
  }

  @Test
  void oneShotBodyIsBufferedAndStillSent() throws Exception {
    HttpUrl url = server.url("/upload");
    RequestBody oneShot = new RequestBody() {
      private boolean written;

      @Override
      public MediaType contentType() {
        return MediaType.get("text/plain");
      }

      @Override
      public boolean isOneShot() {
        return true;
      }

      @Override
      public void writeTo(BufferedSink sink) throws IOException {
        if (written) {
          throw new IOException("one-shot body written twice");
        }
        written = true;
        sink.writeUtf8("payload");
      }
    };
    Request request = new Request.Builder().url(url).put(oneShot).build();

    RecordedRequest recorded = send(AkSkCredentials.of(AK, SK).authenticate(request, context));

    assertThat(recorded.getBody().utf8()).isEqualTo("payload");
    assertThat(authorization(recorded).group(3)).isEqualTo(verify(recorded, url));
  }

  @Test
  void unsignedPayloadHeaderSkipsTheBody() throws Exception {
    HttpUrl url = server.url("/big");
    Request request = new Request.Builder().url(url)
        .header(AkSkCredentials.HEADER_CONTENT_SHA256, AkSkSigner.UNSIGNED_PAYLOAD)
        .post(RequestBody.create("large", MediaType.get("application/octet-stream"))).build();

    RecordedRequest recorded = send(AkSkCredentials.of(AK, SK).authenticate(request, context));

    Matcher authorization = authorization(recorded);
    assertThat(authorization.group(2)).isEqualTo("content-type;host;x-sdk-content-sha256;x-sdk-date");
    AkSkSigner.Signature expected = AkSkSigner.of(AK, SK).sign("POST", url,
        signedHeaders(recorded, authorization.group(2)), AkSkSigner.UNSIGNED_PAYLOAD);
    assertThat(authorization.group(3)).isEqualTo(expected.signature());
  }

  @Test
  void hostHeaderOmitsDefaultPortsAndBracketsIpv6() {
    assertThat(AkSkCredentials.hostHeader(HttpUrl.get("https://a.example.com/x"))).isEqualTo("a.example.com");
    assertThat(AkSkCredentials.hostHeader(HttpUrl.get("http://a.example.com/x"))).isEqualTo("a.example.com");
    assertThat(AkSkCredentials.hostHeader(HttpUrl.get("https://a.example.com:8443/x")))
        .isEqualTo("a.example.com:8443");
    assertThat(AkSkCredentials.hostHeader(HttpUrl.get("http://[::1]:8080/x"))).isEqualTo("[::1]:8080");
  }

  @Test
  void toStringMasksSecrets() {
    AkSkCredentials credentials = AkSkCredentials.builder().ak(AK).sk(SK)
        .securityToken("temporary-security-token").projectId("p1").build();

    assertThat(credentials.toString()).doesNotContain(AK, SK, "temporary-security-token")
        .contains("QTWA****", "projectId=p1");
    assertThat(credentials.isTemporary()).isTrue();
    assertThat(credentials.projectId()).contains("p1");
  }

  @Test
  void clockSkewCorrectionSignsEveryLaterRequestWithTheGatewaysTime() throws Exception {
    AkSkCredentials credentials = AkSkCredentials.of(AK, SK);
    HttpUrl url = server.url("/resources");
    Request rejected = credentials.authenticate(new Request.Builder().url(url).build(), context);
    Instant gatewayTime = clock.instant().plus(Duration.ofMinutes(20));

    boolean resign = credentials.correctClockSkew(rejected, gatewayTime, context);
    clock.advance(Duration.ofSeconds(5));
    Request resigned = credentials.authenticate(rejected, context);

    assertThat(resign).isTrue();
    assertThat(credentials.clockOffset()).isEqualTo(Duration.ofMinutes(20));
    assertThat(rejected.header("X-Sdk-Date")).isEqualTo("20191115T033655Z");
    assertThat(resigned.header("X-Sdk-Date")).isEqualTo("20191115T035700Z");
    RecordedRequest recorded = send(resigned);
    assertThat(authorization(recorded).group(3)).isEqualTo(verify(recorded, url));
    // Rejected again after re-signing: the date already matches the gateway, so do not re-sign.
    assertThat(credentials.correctClockSkew(resigned, clock.instant().plus(Duration.ofMinutes(20)), context))
        .isFalse();
    assertThat(credentials.clockOffset()).isEqualTo(Duration.ofMinutes(20));
  }

  @Test
  void aGatewayBehindUsIsFollowedToo() throws Exception {
    AkSkCredentials credentials = AkSkCredentials.of(AK, SK);
    Request rejected = credentials.authenticate(new Request.Builder().url(server.url("/x")).build(), context);

    assertThat(credentials.correctClockSkew(rejected, clock.instant().minus(Duration.ofMinutes(30)), context))
        .isTrue();
    assertThat(credentials.authenticate(rejected, context).header("X-Sdk-Date")).isEqualTo("20191115T030655Z");
  }

  @Test
  void aDifferenceWithinAMinuteChangesNothing() throws Exception {
    AkSkCredentials credentials = AkSkCredentials.of(AK, SK);
    Request rejected = credentials.authenticate(new Request.Builder().url(server.url("/x")).build(), context);

    assertThat(credentials.correctClockSkew(rejected, clock.instant().plusSeconds(59), context)).isFalse();
    assertThat(credentials.clockOffset()).isZero();
    assertThat(credentials.authenticate(rejected, context).header("X-Sdk-Date")).isEqualTo("20191115T033655Z");
  }

  @Test
  void concurrentCorrectionsAgreeAndEveryRequestSignedBeforeThemMayBeResigned() throws Exception {
    AkSkCredentials credentials = AkSkCredentials.of(AK, SK);
    int threads = 8;
    List<Request> rejected = new ArrayList<>();
    for (int i = 0; i < threads; i++) {
      rejected.add(credentials.authenticate(new Request.Builder().url(server.url("/x" + i)).build(), context));
    }
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    CountDownLatch go = new CountDownLatch(1);
    try {
      List<Future<Boolean>> answers = new ArrayList<>();
      for (int i = 0; i < threads; i++) {
        Request request = rejected.get(i);
        Instant gatewayTime = clock.instant().plus(Duration.ofMinutes(20)).plusSeconds(i);
        answers.add(pool.submit(() -> {
          go.await();
          return credentials.correctClockSkew(request, gatewayTime, context);
        }));
      }
      go.countDown();
      for (Future<Boolean> answer : answers) {
        assertThat(answer.get(10, TimeUnit.SECONDS)).isTrue();
      }
    } finally {
      pool.shutdownNow();
    }
    assertThat(credentials.clockOffset()).isBetween(Duration.ofMinutes(20), Duration.ofMinutes(20).plusSeconds(threads));
    Request signedAfter = credentials.authenticate(rejected.get(0), context);
    assertThat(credentials.correctClockSkew(signedAfter, clock.instant().plus(Duration.ofMinutes(20)), context))
        .isFalse();
  }

  private RecordedRequest send(Request request) throws Exception {
    server.enqueue(new MockResponse.Builder().code(200).body("{}").build());
    try (Response response = client.newCall(request).execute()) {
      assertThat(response.code()).isEqualTo(200);
    }
    return server.takeRequest();
  }

  private static Matcher authorization(RecordedRequest recorded) {
    String header = recorded.getHeaders().get("Authorization");
    assertThat(header).isNotNull();
    Matcher matcher = AUTHORIZATION.matcher(header);
    assertThat(matcher.matches()).as(header).isTrue();
    return matcher;
  }

  /** Recomputes the signature as the gateway would, from what actually arrived. */
  private static String verify(RecordedRequest recorded, HttpUrl url) {
    Matcher authorization = authorization(recorded);
    byte[] body = recorded.getBody() == null ? new byte[0] : recorded.getBody().toByteArray();
    return AkSkSigner.of(AK, SK).sign(recorded.getMethod(), url,
        signedHeaders(recorded, authorization.group(2)), body).signature();
  }

  private static Map<String, String> signedHeaders(RecordedRequest recorded, String names) {
    Map<String, String> headers = new LinkedHashMap<>();
    for (String name : names.split(";")) {
      String value = recorded.getHeaders().get(name);
      assertThat(value).as(name).isNotNull();
      headers.put(name, value);
    }
    return headers;
  }
}
