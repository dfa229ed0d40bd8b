package io.hcsdk.core.error;

/** 401 Unauthorized: the token is missing, expired or invalid, or the signature is wrong. */
public class UnauthorizedException extends ApiException {
  public UnauthorizedException(ErrorDetails details) {
    super(details);
  }
}
