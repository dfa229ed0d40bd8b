package io.hcsdk.core.auth;

import java.io.IOException;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import okhttp3.Request;

/**
 * Authenticates requests. The pipeline calls {@link #authenticate} (sync calls) or
 * {@link #authenticateAsync} (async calls) on every attempt, after the request is complete and
 * just before it is sent, so signatures always carry a fresh {@code X-Sdk-Date} and a refreshed
 * token is picked up by the next retry. Implementations are thread-safe and their
 * {@code toString} never shows a secret.
 */
public interface Credentials {
  /**
   * Returns {@code request} with the authentication headers added. May block (an IAM token
   * fetch), but never past {@link AuthContext#deadline()}.
   */
  Request authenticate(Request request, AuthContext context) throws IOException;

  /**
   * {@link #authenticate} without blocking a thread: async callers compose on the result. The
   * default suits credentials that never block (a fixed token, a signature).
   */
  default CompletableFuture<Request> authenticateAsync(Request request, AuthContext context) {
    try {
      return CompletableFuture.completedFuture(authenticate(request, context));
    } catch (IOException | RuntimeException e) {
      return CompletableFuture.failedFuture(e);
    }
  }

  /**
   * Called once when a service answered 401 to {@code rejected}, a request these credentials
   * authenticated. Returns true when a replay may succeed (IAM password credentials drop the
   * rejected token, if it is still the cached one, and have a new one ready); false when a
   * replay would fail the same way.
   */
  default boolean refreshAfterUnauthorized(Request rejected, AuthContext context) {
    return false;
  }

  /** {@link #refreshAfterUnauthorized} without blocking a thread. */
  default CompletableFuture<Boolean> refreshAfterUnauthorizedAsync(Request rejected, AuthContext context) {
    try {
      return CompletableFuture.completedFuture(refreshAfterUnauthorized(rejected, context));
    } catch (RuntimeException e) {
      return CompletableFuture.failedFuture(e);
    }
  }

  /**
   * Called once when the gateway rejected {@code rejected}'s signature as expired or not yet
   * valid (clock skew), with the time the gateway's {@code Date} header gave. Returns true when
   * the credentials corrected their clock and re-signing once may succeed (AK/SK).
   */
  default boolean correctClockSkew(Request rejected, Instant serverTime, AuthContext context) {
    return false;
  }
}
