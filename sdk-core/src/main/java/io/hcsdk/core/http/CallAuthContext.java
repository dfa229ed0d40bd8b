package io.hcsdk.core.http;

import io.hcsdk.core.Sleeper;
import io.hcsdk.core.auth.AuthContext;
import io.hcsdk.core.retry.RetryPolicy;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ScheduledExecutorService;
import okhttp3.Call;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Response;

/** What one call lends its credentials: above all its deadline, so a token fetch never outlives the call. */
record CallAuthContext(
    OkHttpClient httpClient,
    Clock clock,
    Optional<Instant> deadline,
    RetryPolicy retryPolicy,
    Sleeper sleeper,
    Optional<ScheduledExecutorService> scheduler,
    Optional<HttpUrl> iamEndpoint) implements AuthContext {

  /** Watched like the call itself, so an interrupt cancels a token request blocked on a slow IAM. */
  @Override
  public Response execute(Call call) throws IOException {
    InterruptWatch.watch(call);
    try {
      return HttpPipeline.executeInterruptibly(call);
    } finally {
      InterruptWatch.unwatch(call);
    }
  }
}
