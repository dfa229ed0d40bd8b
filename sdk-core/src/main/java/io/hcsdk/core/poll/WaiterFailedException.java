package io.hcsdk.core.poll;

import java.util.Optional;

/**
 * The wait cannot succeed any more. {@link #reason()} says why: the resource reached a failure
 * status (its own {@code error_code}/{@code error_msg} are in {@link #errorCode()} and
 * {@link #errorMessage()}), polling failed too many times in a row (the cause is the last error),
 * or the resource was not found past the allowed grace or disappeared (the cause is the 404).
 */
public class WaiterFailedException extends WaiterException {
  public enum Reason { FAILURE_STATUS, TOO_MANY_ERRORS, NOT_FOUND }

  private final Reason reason;
  private final String errorCode;
  private final String errorMessage;

  WaiterFailedException(String message, Throwable cause, WaitRun.Snapshot at, Reason reason,
      Optional<String> errorCode, Optional<String> errorMessage) {
    super(message, cause, at);
    this.reason = reason;
    this.errorCode = errorCode.orElse(null);
    this.errorMessage = errorMessage.orElse(null);
  }

  public Reason reason() {
    return reason;
  }

  /** The resource's own error code, for {@link Reason#FAILURE_STATUS} when it carries one. */
  public Optional<String> errorCode() {
    return Optional.ofNullable(errorCode);
  }

  /** The resource's own error message, for {@link Reason#FAILURE_STATUS} when it carries one. */
  public Optional<String> errorMessage() {
    return Optional.ofNullable(errorMessage);
  }
}
