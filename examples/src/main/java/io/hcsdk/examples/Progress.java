package io.hcsdk.examples;

import io.hcsdk.core.ClientConfig;
import io.hcsdk.core.poll.StatusChange;
import io.hcsdk.core.poll.WaitResult;
import io.hcsdk.core.poll.Waiter;
import io.hcsdk.core.poll.WaiterSpec;
import java.io.PrintStream;
import java.time.Duration;
import java.util.function.Supplier;

/**
 * A wait that prints each status change with the time since it began: the SDK's {@link
 * io.hcsdk.core.poll.Waiter} (what {@code waitUntilRunning()} uses) with a listener, on the client's
 * clock, sleeper and wait policy.
 */
final class Progress {
  private Progress() {}

  static <T> T await(ClientConfig config, PrintStream out, WaiterSpec<T> spec, String what, Supplier<T> poll) {
    WaitResult<T> result = Waiter.builder(spec)
        .policy(config.waitPolicy()).clock(config.clock()).sleeper(config.sleeper())
        .description(what)
        .listener(change -> out.println("  " + elapsed(change.elapsed()) + "  " + what + " is " + label(change)))
        .build()
        .waitFor(poll);
    return result.resource().orElseThrow(() -> new IllegalStateException(what + " is gone"));
  }

  private static String label(StatusChange change) {
    return change.current().equals(StatusChange.NOT_FOUND) ? "not visible yet" : change.current();
  }

  /** {@code +1:05}. */
  static String elapsed(Duration d) {
    long seconds = d.toSeconds();
    return String.format("+%d:%02d", seconds / 60, seconds % 60);
  }
}
