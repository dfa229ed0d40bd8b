package io.hcsdk.core.http;

import java.util.Optional;
import okhttp3.Headers;

/** A successful answer: status, headers, request id, attempts made, and the typed body. */
public final class ApiResponse<T> {
  private final int status;
  private final Headers headers;
  private final int attempts;
  private final T body;

  public ApiResponse(int status, Headers headers, int attempts, T body) {
    this.status = status;
    this.headers = headers;
    this.attempts = attempts;
    this.body = body;
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

  /** The typed body; null only for operations whose answer has none ({@code Void}). */
  public T body() {
    return body;
  }
}
