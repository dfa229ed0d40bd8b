package io.hcsdk.core.poll;

/**
 * The wait's timeout ran out before a success or failure status. The cause is the last poll's
 * error when that poll failed.
 */
public class WaiterTimeoutException extends WaiterException {
  WaiterTimeoutException(String message, Throwable cause, WaitRun.Snapshot at) {
    super(message, cause, at);
  }
}
