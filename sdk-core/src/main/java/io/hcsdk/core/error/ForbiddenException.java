package io.hcsdk.core.error;

/** 403 Forbidden: the credentials lack permission. */
public class ForbiddenException extends ApiException {
  public ForbiddenException(ErrorDetails details) {
    super(details);
  }
}
