package io.hcsdk.core.auth;

import java.time.Clock;
import okhttp3.OkHttpClient;

/**
 * What the pipeline lends to credentials: its HTTP client (for the IAM token call, sharing the
 * connection pool and timeouts) and its clock (for token expiry and {@code X-Sdk-Date}).
 */
public interface AuthContext {
  OkHttpClient httpClient();

  Clock clock();

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
