package io.hcsdk.core;

/**
 * Root of every exception the SDK throws. Unchecked, so callers catch what they can handle and
 * let the rest travel. Messages never contain a secret.
 */
public class HcException extends RuntimeException {
  public HcException(String message) {
    super(message);
  }

  public HcException(String message, Throwable cause) {
    super(message, cause);
  }
}
