package io.hcsdk.core.error;

/** 5xx: the server failed; the retry policy has already retried what was safe to retry. */
public class ServerException extends ApiException {
  public ServerException(ErrorDetails details) {
    super(details);
  }
}
