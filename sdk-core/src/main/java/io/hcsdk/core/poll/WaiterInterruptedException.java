package io.hcsdk.core.poll;

/** The waiting thread was interrupted; its interrupt flag is set again before this is thrown. */
public class WaiterInterruptedException extends WaiterException {
  WaiterInterruptedException(String message, Throwable cause, WaitRun.Snapshot at) {
    super(message, cause, at);
  }
}
