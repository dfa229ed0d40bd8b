package io.hcsdk.core.auth;

import java.io.IOException;
import okhttp3.Request;

/**
 * Authenticates requests. The pipeline calls {@link #authenticate} on every attempt, after the
 * request is complete and just before it is sent, so signatures always carry a fresh
 * {@code X-Sdk-Date} and a refreshed token is picked up by the next retry. Implementations are
 * thread-safe and their {@code toString} never shows a secret.
 */
public interface Credentials {
  /** Returns {@code request} with the authentication headers added. */
  Request authenticate(Request request, AuthContext context) throws IOException;

  /**
   * Called once when a service answered 401 to a request these credentials authenticated. Returns
   * true when the credentials have renewed themselves and one replay may succeed (IAM password
   * credentials fetch a new token); false when a replay would fail the same way.
   */
  default boolean refreshAfterUnauthorized(AuthContext context) {
    return false;
  }
}
