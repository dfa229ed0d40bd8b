package io.hcsdk.core.error;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/** What one error answer said, already parsed and with secrets masked. */
public final class ErrorDetails {
  /** Bound on the raw body kept in an exception. */
  public static final int MAX_EXCERPT = 1024;

  private final int httpStatus;
  private final String errorCode;
  private final String errorMessage;
  private final String solutionMessage;
  private final String requestId;
  private final int attempts;
  private final String bodyExcerpt;
  private final Duration retryAfter;

  public ErrorDetails(int httpStatus, String errorCode, String errorMessage, String solutionMessage,
      String requestId, int attempts, String bodyExcerpt, Duration retryAfter) {
    this.httpStatus = httpStatus;
    this.errorCode = errorCode;
    this.errorMessage = errorMessage;
    this.solutionMessage = solutionMessage;
    this.requestId = requestId;
    this.attempts = attempts;
    this.bodyExcerpt = Objects.requireNonNullElse(bodyExcerpt, "");
    this.retryAfter = retryAfter;
  }

  public int httpStatus() {
    return httpStatus;
  }

  public Optional<String> errorCode() {
    return Optional.ofNullable(errorCode);
  }

  public Optional<String> errorMessage() {
    return Optional.ofNullable(errorMessage);
  }

  public Optional<String> solutionMessage() {
    return Optional.ofNullable(solutionMessage);
  }

  public Optional<String> requestId() {
    return Optional.ofNullable(requestId);
  }

  public int attempts() {
    return attempts;
  }

  public String bodyExcerpt() {
    return bodyExcerpt;
  }

  public Optional<Duration> retryAfter() {
    return Optional.ofNullable(retryAfter);
  }

  /** A copy with another attempt count (the retry loop knows it only at the end). */
  public ErrorDetails withAttempts(int attempts) {
    return new ErrorDetails(httpStatus, errorCode, errorMessage, solutionMessage, requestId, attempts,
        bodyExcerpt, retryAfter);
  }

  String describe() {
    StringBuilder text = new StringBuilder("HTTP ").append(httpStatus);
    if (errorCode != null) {
      text.append(" ").append(errorCode);
    }
    if (errorMessage != null) {
      text.append(": ").append(errorMessage);
    }
    if (solutionMessage != null && !solutionMessage.isEmpty()) {
      text.append(" (solution: ").append(solutionMessage).append(")");
    }
    if (requestId != null) {
      text.append(" [request id ").append(requestId).append("]");
    }
    if (errorCode == null && errorMessage == null && !bodyExcerpt.isEmpty()) {
      text.append(": ").append(bodyExcerpt, 0, Math.min(200, bodyExcerpt.length()));
    }
    if (attempts > 1) {
      text.append(" after ").append(attempts).append(" attempts");
    }
    return text.toString();
  }
}
