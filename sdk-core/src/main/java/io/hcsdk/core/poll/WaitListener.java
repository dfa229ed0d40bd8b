package io.hcsdk.core.poll;

/**
 * Told of every status change while a wait runs, so a long creation visibly moves; the change's
 * {@link StatusChange#kind() kind} tells a success with a warning (such as ModelArts
 * {@code concerning}) or a status the SDK does not know from ordinary progress
 * ({@link StatusChange#isWarning()}). Called on the waiting thread (sync) or a scheduler/HTTP
 * thread (async); keep it quick. An exception it throws is logged and does not end the wait.
 */
@FunctionalInterface
public interface WaitListener {
  void onStatusChange(StatusChange change);
}
