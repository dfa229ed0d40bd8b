package io.hcsdk.core.auth;

import java.time.Duration;
import java.time.Instant;

/** One IAM token and when to stop trusting it. {@code toString} never shows the token. */
record IamToken(String value, Instant obtainedAt, Instant expiresAt) {
  /**
   * When to fetch the next token: {@code refreshBefore} ahead of expiry, or half-way through a
   * lifetime too short for that (so a short-lived token is not refetched on every call).
   */
  Instant refreshAt(Duration refreshBefore) {
    Duration lifetime = Duration.between(obtainedAt, expiresAt);
    if (lifetime.compareTo(refreshBefore.multipliedBy(2)) < 0) {
      return obtainedAt.plus(lifetime.dividedBy(2));
    }
    return expiresAt.minus(refreshBefore);
  }

  @Override
  public String toString() {
    return "IamToken{value=" + Masking.MASK + ", expiresAt=" + expiresAt + "}";
  }
}
