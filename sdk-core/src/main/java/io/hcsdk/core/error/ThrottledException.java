package io.hcsdk.core.error;

/**
 * 429, or the gateway's {@code APIG.0308} ("policy user over ratelimit"): too many requests.
 * {@link #retryAfter()} says how long the server asked us to wait, when it said.
 */
public class ThrottledException extends ApiException {
  public ThrottledException(ErrorDetails details) {
    super(details);
  }
}
