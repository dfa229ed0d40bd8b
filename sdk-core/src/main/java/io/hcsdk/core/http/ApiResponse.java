package io.hcsdk.core.http;

import java.util.Optional;
import okhttp3.Headers;

/** A successful answer: status, headers, request id, attempts made, and the typed body. */
public final class ApiResponse<T> {
  private final int status;
  private final Headers headers;
  private final int attempts;
  private final T body;
  private final boolean alreadyApplied;

  public ApiResponse(int status, Headers headers, int attempts, T body) {
    this(status, headers, attempts, body, false);
  }

  private ApiResponse(int status, Headers headers, int attempts, T body, boolean alreadyApplied) {
    this.status = status;
    this.headers = headers;
    this.attempts = attempts;
    this.body = body;
    this.alreadyApplied = alreadyApplied;
  }

  /**
   * A retried DELETE that met 404 after an earlier attempt may have reached the server: that
   * attempt most likely deleted the resource, so the call succeeded without a body.
   */
  static <T> ApiResponse<T> deletedByEarlierAttempt(int status, Headers headers, int attempts) {
    return new ApiResponse<>(status, headers, attempts, null, true);
  }

  public int status() {
    return status;
  }

  public Headers headers() {
    return headers;
  }

  /** The {@code X-Request-Id} header (any case), for support tickets. */
  public Optional<String> requestId() {
    return Optional.ofNullable(headers.get("X-Request-Id"));
  }

  public int attempts() {
    return attempts;
  }

  /**
   * The typed body; null for operations whose answer has none ({@code Void}) and when
   * {@link #alreadyApplied()}.
   */
  public T body() {
    return body;
  }

  /**
   * True when an earlier attempt of this call, whose answer was lost, had already done what was
   * asked: a retried DELETE met 404 ({@link #status()} is then 404 and there is no body).
   */
  public boolean alreadyApplied() {
    return alreadyApplied;
  }
}
