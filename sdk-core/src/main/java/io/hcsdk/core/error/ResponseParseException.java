package io.hcsdk.core.error;

import io.hcsdk.core.HcException;
import java.util.Optional;

/** A 2xx answer whose body is not what the schema says. */
public class ResponseParseException extends HcException {
  private final int httpStatus;
  private final String requestId;
  private final String bodyExcerpt;

  public ResponseParseException(String message, int httpStatus, String requestId, String bodyExcerpt,
      Throwable cause) {
    super(message + " (HTTP " + httpStatus + (requestId == null ? "" : ", request id " + requestId)
        + "): " + bodyExcerpt, cause);
    this.httpStatus = httpStatus;
    this.requestId = requestId;
    this.bodyExcerpt = bodyExcerpt;
  }

  public int httpStatus() {
    return httpStatus;
  }

  public Optional<String> requestId() {
    return Optional.ofNullable(requestId);
  }

  public String bodyExcerpt() {
    return bodyExcerpt;
  }
}
