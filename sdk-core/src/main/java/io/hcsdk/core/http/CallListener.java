package io.hcsdk.core.http;

/**
 * Hears every attempt of every call a client makes, successful or not, so logging, metrics or
 * tracing can hang off one place. Called on the thread that finished the attempt; it must be
 * quick and must not throw (what it throws is logged and ignored). Events never carry a secret.
 */
@FunctionalInterface
public interface CallListener {
  CallListener NONE = event -> {};

  void onAttempt(CallEvent event);
}
