package io.hcsdk.core.error;

/** 408 Request Time-out: the server gave up waiting. */
public class RequestTimeoutException extends ApiException {
  public RequestTimeoutException(ErrorDetails details) {
    super(details);
  }
}
