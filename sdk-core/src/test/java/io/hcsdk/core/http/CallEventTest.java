package io.hcsdk.core.http;

import static io.hcsdk.core.http.PipelineTesting.TIMEOUT_S;
import static org.assertj.core.api.Assertions.assertThat;

import io.hcsdk.core.ClientConfig;
import io.hcsdk.core.FakeTime;
import io.hcsdk.core.auth.AuthContext;
import io.hcsdk.core.auth.Credentials;
import io.hcsdk.core.retry.RetryPolicy;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.SocketEffect;
import okhttp3.Request;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Every attempt of every call reaches the config's call listener, and no event carries a secret. */
class CallEventTest {
  private final FakeTime time = new FakeTime();
  private final PipelineTesting.RecordingListener listener = new PipelineTesting.RecordingListener();
  private MockWebServer server;

  /** Puts secrets where a careless event would pick them up: headers of the request. */
  static final class SecretCredentials implements Credentials {
    @Override
    public Request authenticate(Request request, AuthContext context) {
      return request.newBuilder().header("X-Auth-Token", "SECRET-TOKEN")
          .header("X-Security-Token", "SECRET-SECURITY-TOKEN")
          .header("Authorization", "SDK-HMAC-SHA256 Access=AK, SignedHeaders=host, Signature=SECRET-SIGNATURE")
          .build();
    }
  }

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
        .credentials(new SecretCredentials())
        .retryPolicy(RetryPolicy.builder().jitter(() -> 0).build())
        .clock(time)
        .sleeper(time)
        .callListener(listener);
  }

  private static ApiRequest show() {
    // the query may carry user data (and here a secret): events name the path only
    return ApiRequest.get(ClientConfig.FABRIC, "/v1/things/{id}").operation("ShowThing").pathParam("id", "t1")
        .query("token", "SECRET-QUERY").build();
  }

  private static MockResponse answer(int code, String requestId) {
    return new MockResponse.Builder().code(code).addHeader("X-Request-Id", requestId)
        .body(code == 200 ? "{}" : "{\"error_code\":\"E\",\"error_msg\":\"SECRET-IN-BODY\"}").build();
  }

  @Test
  void aSuccessfulCallShowsItsAttemptsAndRequestIds() {
    server.enqueue(answer(503, "r-1"));
    server.enqueue(answer(200, "r-2"));
    try (HttpPipeline pipeline = new HttpPipeline(config().build())) {
      pipeline.send(show(), Void.class);
    }

    List<CallEvent> events = listener.events;
    assertThat(events).hasSize(2);
    assertThat(events).allSatisfy(event -> {
      assertThat(event.operation()).isEqualTo("ShowThing");
      assertThat(event.method()).isEqualTo("GET");
      assertThat(event.path()).isEqualTo("/v1/things/t1");
      assertThat(event.failure()).isEmpty();
      assertThat(event.latency()).isGreaterThanOrEqualTo(Duration.ZERO);
    });
    assertThat(events.get(0).attempt()).isEqualTo(1);
    assertThat(events.get(0).status()).isEqualTo(OptionalInt.of(503));
    assertThat(events.get(0).requestId()).contains("r-1");
    assertThat(events.get(0).willRetry()).isTrue();
    assertThat(events.get(0).succeeded()).isFalse();
    assertThat(events.get(1).attempt()).isEqualTo(2);
    assertThat(events.get(1).status()).isEqualTo(OptionalInt.of(200));
    assertThat(events.get(1).requestId()).contains("r-2");
    assertThat(events.get(1).willRetry()).isFalse();
    assertThat(events.get(1).succeeded()).isTrue();
    assertThat(events).extracting(CallEvent::toString).noneMatch(text -> text.contains("SECRET"));
  }

  @Test
  void anAttemptWithoutAnAnswerReportsItsFailureKind() throws Exception {
    server.enqueue(new MockResponse.Builder().onResponseStart(new SocketEffect.CloseSocket()).build());
    server.enqueue(answer(200, "r-2"));
    try (HttpPipeline pipeline = new HttpPipeline(config().build())) {
      pipeline.sendAsync(show(), Void.class).get(TIMEOUT_S, TimeUnit.SECONDS);
    }

    assertThat(listener.events).hasSize(2);
    CallEvent failed = listener.events.get(0);
    assertThat(failed.status()).isEmpty();
    assertThat(failed.failure()).hasValueSatisfying(kind -> assertThat(kind).isNotBlank());
    assertThat(failed.requestId()).isEmpty();
    assertThat(failed.willRetry()).isTrue();
    assertThat(listener.events.get(1).succeeded()).isTrue();
    assertThat(listener.events).extracting(CallEvent::toString).noneMatch(text -> text.contains("SECRET"));
  }

  @Test
  void aFinalErrorIsReportedAsNotRetried() {
    server.enqueue(answer(404, "r-404"));
    try (HttpPipeline pipeline = new HttpPipeline(config().build())) {
      org.assertj.core.api.Assertions.assertThatThrownBy(() -> pipeline.send(show(), Void.class))
          .isInstanceOf(io.hcsdk.core.error.NotFoundException.class);
    }
    assertThat(listener.events).singleElement().satisfies(event -> {
      assertThat(event.status()).isEqualTo(OptionalInt.of(404));
      assertThat(event.requestId()).isEqualTo(Optional.of("r-404"));
      assertThat(event.willRetry()).isFalse();
    });
  }

  @Test
  void aListenerThatThrowsDoesNotDisturbTheCall() {
    server.enqueue(answer(503, "r-1"));
    server.enqueue(answer(200, "r-2"));
    AtomicInteger heard = new AtomicInteger();
    ClientConfig config = config().callListener(event -> {
      heard.incrementAndGet();
      throw new IllegalStateException("listener bug");
    }).build();
    try (HttpPipeline pipeline = new HttpPipeline(config)) {
      assertThat(pipeline.send(show(), Void.class).attempts()).isEqualTo(2);
    }
    assertThat(heard).hasValue(2);
  }
}
