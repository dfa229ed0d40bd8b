package io.hcsdk.core.auth;

import io.hcsdk.core.FakeTime;
import io.hcsdk.core.Sleeper;
import io.hcsdk.core.retry.RetryPolicy;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ScheduledExecutorService;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;

/** A per-call {@link AuthContext} as the pipeline lends one, every part settable. */
record TestContext(OkHttpClient httpClient, Clock clock, Optional<Instant> deadline,
    RetryPolicy retryPolicy, Sleeper sleeper, Optional<ScheduledExecutorService> scheduler,
    Optional<HttpUrl> iamEndpoint) implements AuthContext {

  /** No deadline, no retries, the fake time as clock and sleeper, the shared scheduler. */
  static TestContext of(OkHttpClient client, FakeTime time) {
    return new TestContext(client, time, Optional.empty(), RetryPolicy.none(), time,
        Optional.empty(), Optional.empty());
  }

  /** A deadline {@code left} after the clock's now. */
  TestContext withTimeLeft(Duration left) {
    return new TestContext(httpClient, clock, Optional.of(clock.instant().plus(left)), retryPolicy,
        sleeper, scheduler, iamEndpoint);
  }

  TestContext withRetryPolicy(RetryPolicy policy) {
    return new TestContext(httpClient, clock, deadline, policy, sleeper, scheduler, iamEndpoint);
  }

  TestContext withScheduler(ScheduledExecutorService executor) {
    return new TestContext(httpClient, clock, deadline, retryPolicy, sleeper, Optional.of(executor),
        iamEndpoint);
  }

  TestContext withIamEndpoint(HttpUrl endpoint) {
    return new TestContext(httpClient, clock, deadline, retryPolicy, sleeper, scheduler,
        Optional.of(endpoint));
  }
}
