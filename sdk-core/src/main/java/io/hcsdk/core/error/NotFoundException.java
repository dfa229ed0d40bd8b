package io.hcsdk.core.error;

/** 404 Not Found: the resource (or the API) does not exist. */
public class NotFoundException extends ApiException {
  public NotFoundException(ErrorDetails details) {
    super(details);
  }
}
