package io.hcsdk.examples;

import io.hcsdk.core.poll.StatusChange;
import io.hcsdk.core.poll.WaitListener;
import java.io.PrintStream;
import java.time.Duration;

/** Prints each status change of a wait with the time since it began: {@code +0:50  endpoint 00d6 is RUNNING}. */
final class Progress {
  private Progress() {}

  /** A listener for {@code handle.waitUntilRunning(listener)} that prints to {@code out}. */
  static WaitListener printer(PrintStream out, String what) {
    return change -> out.println("  " + elapsed(change.elapsed()) + "  " + what + " is " + label(change));
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
