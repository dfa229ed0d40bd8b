package io.hcsdk.core.error;

import io.hcsdk.core.HcException;

/**
 * The caller stopped the call: its thread was interrupted (the interrupt flag is restored) or its
 * future was cancelled. Any retry loop stops at once.
 */
public class CallCancelledException extends HcException {
  public CallCancelledException(String message, Throwable cause) {
    super(message, cause);
  }
}
