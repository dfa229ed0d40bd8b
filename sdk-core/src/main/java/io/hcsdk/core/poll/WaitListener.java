package io.hcsdk.core.poll;

/**
 * Told of every status change while a wait runs, so a long creation visibly moves. Called on the
 * waiting thread (sync) or a scheduler/HTTP thread (async); keep it quick. An exception it throws
 * is logged and does not end the wait.
 */
@FunctionalInterface
public interface WaitListener {
  void onStatusChange(StatusChange change);
}
