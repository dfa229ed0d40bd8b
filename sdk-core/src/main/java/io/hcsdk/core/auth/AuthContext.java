package io.hcsdk.core.auth;

import io.hcsdk.core.Sleeper;
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

/**
 * What the pipeline lends to credentials for one call: its HTTP client (for the IAM token call,
 * sharing the connection pool and timeouts), its clock (token expiry, {@code X-Sdk-Date}), the
 * call's deadline (a token fetch never outlives the call that needs it), the retry policy, sleeper
 * and scheduler (the token fetch retries like any call) and the configured IAM endpoint.
 */
public interface AuthContext {
  OkHttpClient httpClient();

  Clock clock();

  /** When the call that asks for authentication must be finished; empty when unbounded. */
  default Optional<Instant> deadline() {
    return Optional.empty();
  }

  /** How the token fetch retries (the client's policy). */
  default RetryPolicy retryPolicy() {
    return RetryPolicy.none();
  }

  default Sleeper sleeper() {
    return Sleeper.SYSTEM;
  }

  /** Where async token fetches schedule their backoffs; empty means the SDK's shared scheduler. */
  default Optional<ScheduledExecutorService> scheduler() {
    return Optional.empty();
  }

  /** The IAM endpoint the client was configured with, for credentials that were given none. */
  default Optional<HttpUrl> iamEndpoint() {
    return Optional.empty();
  }

  /**
   * Runs one of the credentials' own HTTP calls (the IAM token request) on the calling thread. The
   * pipeline's context lets an interrupt of that thread cancel the call, as it does the call that
   * needs the token; the interrupt then surfaces as an {@link java.io.InterruptedIOException} (or
   * another {@link IOException}) with the thread's interrupt flag set.
   */
  default Response execute(Call call) throws IOException {
    return call.execute();
  }

  static AuthContext of(OkHttpClient httpClient, Clock clock) {
    return new AuthContext() {
      @Override
      public OkHttpClient httpClient() {
        return httpClient;
      }

      @Override
      public Clock clock() {
        return clock;
      }
    };
  }
}
