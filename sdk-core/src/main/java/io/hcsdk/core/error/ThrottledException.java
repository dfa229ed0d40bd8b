package io.hcsdk.core.error;

import java.time.Duration;

/**
 * 429, or the gateway's {@code APIG.0308} ("policy user over ratelimit"): too many requests. Also
 * any retryable answer whose {@code Retry-After} asks for a longer wait than the retry policy
 * makes ({@link io.hcsdk.core.retry.RetryPolicy#maxRetryAfter()}): the SDK does not retry early,
 * it fails at once. {@link #retryAfter()} says how long the server asked us to wait, when it said.
 */
public class ThrottledException extends ApiException {
  public ThrottledException(ErrorDetails details) {
    super(details);
  }

  private ThrottledException(ErrorDetails details, String message) {
    super(details, message);
  }

  /**
   * The server asked to wait {@code details.retryAfter()}, longer than {@code limit}: the call was
   * not retried, so the caller knows when to come back instead of being retried too early.
   */
  public static ThrottledException retryAfterBeyondLimit(ErrorDetails details, Duration limit) {
    String asked = details.retryAfter().map(Duration::toString).orElse("longer");
    return new ThrottledException(details, details.describe() + "; the server asked to retry after " + asked
        + ", beyond this client's limit of " + limit + " (RetryPolicy.maxRetryAfter), so the call was not retried");
  }
}
