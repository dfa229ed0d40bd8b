package io.hcsdk.core.spi;

import io.hcsdk.core.poll.Waiter;

/**
 * Which states end a wait, as data: a service declares one constant per wait
 * ({@code ENDPOINT_RUNNING}), and the waiter is built from it only when someone waits.
 */
@FunctionalInterface
public interface WaitCondition<T> {
  /** Adds the status function, success and failure statuses, error fields and 404 behaviour. */
  Waiter.Builder<T> declare(Waiter.Builder<T> builder);
}
