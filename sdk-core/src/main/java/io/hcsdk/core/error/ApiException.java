package io.hcsdk.core.error;

import io.hcsdk.core.HcException;
import java.time.Duration;
import java.util.Optional;

/**
 * The service answered with an error status. Carries everything a support ticket needs: status,
 * the service's error code and messages, the request id, how many attempts were made and a
 * bounded excerpt of the raw body. Subclasses name the common statuses so callers can catch
 * exactly what they handle.
 */
public class ApiException extends HcException {
  private final ErrorDetails details;

  public ApiException(ErrorDetails details) {
    super(details.describe());
    this.details = details;
  }

  /** For subtypes that say more than the details do (what the SDK decided, and why). */
  protected ApiException(ErrorDetails details, String message) {
    super(message);
    this.details = details;
  }

  public ErrorDetails details() {
    return details;
  }

  public int httpStatus() {
    return details.httpStatus();
  }

  /** The service's error code, such as {@code common.01000001} or {@code APIG.0308}. */
  public Optional<String> errorCode() {
    return details.errorCode();
  }

  public Optional<String> errorMessage() {
    return details.errorMessage();
  }

  public Optional<String> solutionMessage() {
    return details.solutionMessage();
  }

  public Optional<String> requestId() {
    return details.requestId();
  }

  /** Attempts made, the first included. */
  public int attempts() {
    return details.attempts();
  }

  /** At most {@link ErrorDetails#MAX_EXCERPT} characters of the raw body, secrets masked. */
  public String bodyExcerpt() {
    return details.bodyExcerpt();
  }

  /** The server's {@code Retry-After} / {@code retry-after-ms}, when it sent one. */
  public Optional<Duration> retryAfter() {
    return details.retryAfter();
  }

  /** Creates the subtype that matches the status (and throttling code). */
  public static ApiException of(ErrorDetails details) {
    int status = details.httpStatus();
    if (status == 429 || details.errorCode().filter("APIG.0308"::equals).isPresent()) {
      return new ThrottledException(details);
    }
    switch (status) {
      case 400: return new BadRequestException(details);
      case 401: return new UnauthorizedException(details);
      case 403: return new ForbiddenException(details);
      case 404: return new NotFoundException(details);
      case 408: return new RequestTimeoutException(details);
      case 409: return new ConflictException(details);
      default:
        return status >= 500 ? new ServerException(details) : new ApiException(details);
    }
  }
}
