package io.hcsdk.core.http;

import static io.hcsdk.core.http.PipelineTesting.TIMEOUT_S;
import static io.hcsdk.core.http.PipelineTesting.httpDate;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hcsdk.core.ClientConfig;
import io.hcsdk.core.FakeTime;
import io.hcsdk.core.auth.AuthContext;
import io.hcsdk.core.auth.Credentials;
import io.hcsdk.core.error.UnauthorizedException;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import okhttp3.Request;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A 401 that the gateway gave an AK/SK signature dated too far from its own clock is corrected from
 * the answer's {@code Date} and re-signed, once per call (issue 7, defect 15).
 */
class ClockSkewTest {
  private static final Instant LOCAL_NOW = Instant.parse("2026-11-22T10:00:00Z");
  /** The gateway's clock is 20 minutes ahead of ours: more than the 15 it tolerates. */
  private static final Instant GATEWAY_NOW = LOCAL_NOW.plus(Duration.ofMinutes(20));
  /** What the gateway answers to a skewed X-Sdk-Date: the same code and words as for a wrong key. */
  private static final String SIGNATURE_REJECTED = "{\"error_code\":\"APIG.0301\",\"error_msg\":"
      + "\"Incorrect IAM authentication information: verify aksk signature fail\",\"request_id\":\"r-401\"}";
  private static final DateTimeFormatter SDK_DATE =
      DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

  private final FakeTime time = new FakeTime(LOCAL_NOW);
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

  /** Signs with X-Sdk-Date from the call's clock plus an offset it learns from the gateway. */
  static final class SkewAwareSigner implements Credentials {
    record Correction(String rejectedDate, Instant serverTime) {}

    final List<Correction> corrections = new CopyOnWriteArrayList<>();
    volatile Duration offset = Duration.ZERO;
    private final boolean accepts;

    SkewAwareSigner(boolean accepts) {
      this.accepts = accepts;
    }

    @Override
    public Request authenticate(Request request, AuthContext context) {
      String date = SDK_DATE.format(context.clock().instant().plus(offset));
      return request.newBuilder().header("X-Sdk-Date", date)
          .header("Authorization", "SDK-HMAC-SHA256 Access=AK, SignedHeaders=host;x-sdk-date, Signature=s-" + date)
          .build();
    }

    @Override
    public boolean correctClockSkew(Request rejected, Instant serverTime, AuthContext context) {
      corrections.add(new Correction(rejected.header("X-Sdk-Date"), serverTime));
      offset = Duration.between(context.clock().instant(), serverTime);
      return accepts;
    }
  }

  private HttpPipeline pipeline(Credentials credentials) {
    return new HttpPipeline(ClientConfig.builder()
        .endpoint(ClientConfig.FABRIC, server.url("/").toString())
        .credentials(credentials)
        .clock(time)
        .sleeper(time)
        .build());
  }

  private static MockResponse rejected(Instant gatewayTime) {
    return new MockResponse.Builder().code(401).addHeader("Date", httpDate(gatewayTime)).body(SIGNATURE_REJECTED).build();
  }

  private static ApiRequest get() {
    return ApiRequest.get(ClientConfig.FABRIC, "/v1/things").operation("ListThings").build();
  }

  @Test
  void aSkewedSignatureIsCorrectedFromTheDateHeaderAndSentOnceMore() throws Exception {
    server.enqueue(rejected(GATEWAY_NOW));
    server.enqueue(new MockResponse.Builder().code(200).body("{}").build());
    SkewAwareSigner signer = new SkewAwareSigner(true);
    try (HttpPipeline pipeline = pipeline(signer)) {
      assertThat(pipeline.send(get(), Void.class).attempts()).isEqualTo(2);
    }
    assertThat(signer.corrections).containsExactly(new SkewAwareSigner.Correction("20261122T100000Z", GATEWAY_NOW));
    assertThat(server.takeRequest().getHeaders().get("X-Sdk-Date")).isEqualTo("20261122T100000Z");
    assertThat(server.takeRequest().getHeaders().get("X-Sdk-Date")).isEqualTo("20261122T102000Z");
  }

  @Test
  void anAsyncCallIsCorrectedTheSameWay() throws Exception {
    server.enqueue(rejected(GATEWAY_NOW));
    server.enqueue(new MockResponse.Builder().code(200).body("{}").build());
    SkewAwareSigner signer = new SkewAwareSigner(true);
    try (HttpPipeline pipeline = pipeline(signer)) {
      assertThat(pipeline.sendAsync(get(), Void.class).get(TIMEOUT_S, TimeUnit.SECONDS).attempts()).isEqualTo(2);
    }
    assertThat(signer.corrections).hasSize(1);
  }

  @Test
  void theCorrectionIsTriedAtMostOncePerCall() {
    server.enqueue(rejected(GATEWAY_NOW));
    server.enqueue(rejected(GATEWAY_NOW.plus(Duration.ofHours(1))));
    server.enqueue(new MockResponse.Builder().code(200).body("{}").build());
    SkewAwareSigner signer = new SkewAwareSigner(true);
    try (HttpPipeline pipeline = pipeline(signer)) {
      assertThatThrownBy(() -> pipeline.send(get(), Void.class)).isInstanceOfSatisfying(UnauthorizedException.class, e -> {
        assertThat(e.attempts()).isEqualTo(2);
        assertThat(e.errorCode()).contains("APIG.0301");
      });
    }
    assertThat(signer.corrections).hasSize(1);
    assertThat(server.getRequestCount()).isEqualTo(2);
  }

  @Test
  void credentialsThatCannotCorrectAreNotResent() {
    server.enqueue(rejected(GATEWAY_NOW));
    SkewAwareSigner signer = new SkewAwareSigner(false);
    try (HttpPipeline pipeline = pipeline(signer)) {
      assertThatThrownBy(() -> pipeline.send(get(), Void.class)).isInstanceOf(UnauthorizedException.class);
    }
    assertThat(signer.corrections).hasSize(1);
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void aWrongKeyWithClocksInStepIsNotMistakenForSkew() {
    // A minute apart is no skew the gateway rejects: the signature is wrong, and resending it would
    // only bring the AK closer to its lock-out after five failures.
    server.enqueue(rejected(LOCAL_NOW.plus(Duration.ofMinutes(1))));
    SkewAwareSigner signer = new SkewAwareSigner(true);
    try (HttpPipeline pipeline = pipeline(signer)) {
      assertThatThrownBy(() -> pipeline.send(get(), Void.class)).isInstanceOf(UnauthorizedException.class);
    }
    assertThat(signer.corrections).isEmpty();
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void a401ThatSaysNothingAboutSignaturesOrTimeIsNotSkew() {
    server.enqueue(new MockResponse.Builder().code(401).addHeader("Date", httpDate(GATEWAY_NOW))
        .body("{\"error_code\":\"ModelArts.0101\",\"error_msg\":\"user is not authorized for this project\"}").build());
    SkewAwareSigner signer = new SkewAwareSigner(true);
    try (HttpPipeline pipeline = pipeline(signer)) {
      assertThatThrownBy(() -> pipeline.send(get(), Void.class)).isInstanceOf(UnauthorizedException.class);
    }
    assertThat(signer.corrections).isEmpty();
  }

  @Test
  void aRequestNotSignedWithADateIsNotSkew() {
    server.enqueue(rejected(GATEWAY_NOW));
    SkewAwareSigner recorder = new SkewAwareSigner(true);
    Credentials token = new Credentials() {
      @Override
      public Request authenticate(Request request, AuthContext context) {
        return request.newBuilder().header("X-Auth-Token", "tok").build();
      }

      @Override
      public boolean correctClockSkew(Request rejected, Instant serverTime, AuthContext context) {
        return recorder.correctClockSkew(rejected, serverTime, context);
      }
    };
    try (HttpPipeline pipeline = pipeline(token)) {
      assertThatThrownBy(() -> pipeline.send(get(), Void.class)).isInstanceOf(UnauthorizedException.class);
    }
    assertThat(recorder.corrections).isEmpty();
  }
}
