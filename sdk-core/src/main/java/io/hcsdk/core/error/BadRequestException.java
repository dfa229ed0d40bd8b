package io.hcsdk.core.error;

/** 400 Bad Request: the request was malformed or broke a server-side rule. */
public class BadRequestException extends ApiException {
  public BadRequestException(ErrorDetails details) {
    super(details);
  }
}
