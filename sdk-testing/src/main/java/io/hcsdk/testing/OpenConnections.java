package io.hcsdk.testing;

import java.time.Duration;

/**
 * The simulator's server-side connections that are open: counted up when a socket is accepted and
 * down when it closes, so a test can wait (bounded) until a client released every connection.
 */
final class OpenConnections {
  private int open;

  synchronized void opened() {
    open++;
  }

  synchronized void closed() {
    open--;
    if (open == 0) {
      notifyAll();
    }
  }

  synchronized int count() {
    return open;
  }

  /** Waits until no connection is open; false when {@code timeout} passed first. */
  synchronized boolean awaitNone(Duration timeout) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (open > 0) {
      long left = deadline - System.nanoTime();
      if (left <= 0) {
        return false;
      }
      wait(Math.max(1, left / 1_000_000));
    }
    return true;
  }
}
