package io.hcsdk.core.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hcsdk.core.FakeTime;
import io.hcsdk.core.error.ServerException;
import io.hcsdk.core.error.ThrottledException;
import io.hcsdk.core.error.UnauthorizedException;
import io.hcsdk.core.retry.RetryPolicy;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.SocketEffect;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The IAM token fetch retries like any call, per the context's policy (issue 7 #14). */
class IamRetryTest {
  private static final Instant T0 = Instant.parse("2024-03-01T08:00:00Z");
  private static final Instant DAY_LATER = T0.plus(Duration.ofHours(24));
  /** Jitter 0.5: each backoff is half its ceiling (200 ms base, doubling; 1 s base when throttled). */
  private static final RetryPolicy RETRIES = RetryPolicy.builder().maxRetries(4).jitter(() -> 0.5).build();

  private final FakeTime time = new FakeTime(T0);
  /** OkHttp must not hide a dropped connection by retrying it itself. */
  private final OkHttpClient client = new OkHttpClient.Builder().retryOnConnectionFailure(false).build();
  private final TestContext context = TestContext.of(client, time).withRetryPolicy(RETRIES);
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
  void retries503And502And504And429WithTheSleepersBackoff() throws Exception {
    iam.enqueue(status(503));
    iam.enqueue(status(502));
    iam.enqueue(status(504));
    iam.enqueue(status(429));
    iam.enqueue(IamServer.token("token-1", DAY_LATER));

    Request authenticated = credentials().authenticate(serviceRequest, context);

    assertThat(authenticated.header("X-Auth-Token")).isEqualTo("token-1");
    assertThat(iam.getRequestCount()).isEqualTo(5);
    assertThat(time.sleeps()).containsExactly(Duration.ofMillis(100), Duration.ofMillis(200),
        Duration.ofMillis(400), Duration.ofMillis(4000));
  }

  @Test
  void retriesADroppedConnection() throws Exception {
    iam.enqueue(new MockResponse.Builder().onResponseStart(new SocketEffect.CloseSocket()).build());
    iam.enqueue(IamServer.token("token-1", DAY_LATER));

    Request authenticated = credentials().authenticate(serviceRequest, context);

    assertThat(authenticated.header("X-Auth-Token")).isEqualTo("token-1");
    assertThat(iam.getRequestCount()).isEqualTo(2);
    assertThat(time.sleeps()).hasSize(1);
  }

  @Test
  void aWrongPasswordIsNotRetried() {
    iam.enqueue(new MockResponse.Builder().code(401).body("{\"error_code\":\"IAM.0002\"}").build());
    iam.enqueue(IamServer.token("token-1", DAY_LATER));

    assertThatThrownBy(() -> credentials().authenticate(serviceRequest, context))
        .isInstanceOf(UnauthorizedException.class);
    assertThat(iam.getRequestCount()).isEqualTo(1);
    assertThat(time.sleeps()).isEmpty();
  }

  @Test
  void givesUpAfterThePolicysRetriesWithTheLastError() {
    for (int i = 0; i < 5; i++) {
      iam.enqueue(status(503));
    }
    iam.enqueue(IamServer.token("token-1", DAY_LATER));

    assertThatThrownBy(() -> credentials().authenticate(serviceRequest, context))
        .isInstanceOf(ServerException.class)
        .satisfies(e -> assertThat(((ServerException) e).attempts()).isEqualTo(5));
    assertThat(iam.getRequestCount()).isEqualTo(5);
  }

  @Test
  void noBackoffPastTheDeadline() {
    iam.enqueue(new MockResponse.Builder(status(503)).addHeader("Retry-After", "10").build());
    iam.enqueue(IamServer.token("token-1", DAY_LATER));

    assertThatThrownBy(() -> credentials().authenticate(serviceRequest,
        context.withTimeLeft(Duration.ofSeconds(5))))
        .isInstanceOf(ServerException.class);
    assertThat(iam.getRequestCount()).isEqualTo(1);
    assertThat(time.sleeps()).isEmpty();
  }

  @Test
  void aRetryAfterBeyondThePolicysCapFailsAtOnce() {
    iam.enqueue(new MockResponse.Builder(status(429)).addHeader("Retry-After", "600").build());
    iam.enqueue(IamServer.token("token-1", DAY_LATER));

    assertThatThrownBy(() -> credentials().authenticate(serviceRequest, context))
        .isInstanceOf(ThrottledException.class)
        .satisfies(e -> assertThat(((ThrottledException) e).retryAfter()).contains(Duration.ofMinutes(10)));
    assertThat(iam.getRequestCount()).isEqualTo(1);
  }

  @Test
  void asyncBackoffRunsOnTheContextsScheduler() throws Exception {
    iam.enqueue(status(503));
    iam.enqueue(IamServer.token("token-1", DAY_LATER));
    StepScheduler scheduler = new StepScheduler();

    CompletableFuture<Request> authenticated =
        credentials().authenticateAsync(serviceRequest, context.withScheduler(scheduler));
    StepScheduler.Task retry = scheduler.next();
    assertThat(retry.delay()).isEqualTo(Duration.ofMillis(100));
    assertThat(authenticated).isNotDone();
    retry.run();

    assertThat(authenticated.get(10, TimeUnit.SECONDS).header("X-Auth-Token")).isEqualTo("token-1");
    assertThat(iam.getRequestCount()).isEqualTo(2);
    assertThat(time.sleeps()).isEmpty();
  }

  @Test
  void asyncBackoffWithoutASchedulerUsesTheSharedOne() throws Exception {
    iam.enqueue(status(503));
    iam.enqueue(IamServer.token("token-1", DAY_LATER));
    TestContext noWait = context.withRetryPolicy(RETRIES.toBuilder().jitter(() -> 0).build());

    CompletableFuture<Request> authenticated = credentials().authenticateAsync(serviceRequest, noWait);

    assertThat(authenticated.get(10, TimeUnit.SECONDS).header("X-Auth-Token")).isEqualTo("token-1");
    assertThat(iam.getRequestCount()).isEqualTo(2);
  }

  @Test
  void anAsyncRetryTheSchedulerRefusesFailsWithIamsError() {
    iam.enqueue(status(503));
    StepScheduler refusing = new StepScheduler() {
      @Override
      public java.util.concurrent.ScheduledFuture<?> schedule(Runnable command, long delay, TimeUnit unit) {
        throw new java.util.concurrent.RejectedExecutionException("shut down");
      }
    };

    CompletableFuture<Request> authenticated =
        credentials().authenticateAsync(serviceRequest, context.withScheduler(refusing));

    assertThatThrownBy(() -> authenticated.get(10, TimeUnit.SECONDS))
        .cause().isInstanceOf(ServerException.class);
  }

  private IamPasswordCredentials credentials() {
    return IamPasswordCredentials.builder().userName("alice").password("pw-123456").domainName("acme")
        .projectId("p-123").iamEndpoint(iam.url("/")).build();
  }

  private static MockResponse status(int code) {
    return new MockResponse.Builder().code(code).body("{\"error_msg\":\"busy\"}").build();
  }
}
