package io.hcsdk.core.error;

/** 409 Conflict: the resource is in a state that forbids the operation. */
public class ConflictException extends ApiException {
  public ConflictException(ErrorDetails details) {
    super(details);
  }
}
