package io.hcsdk.core;

import java.time.Duration;

/**
 * Blocks the calling thread for a while. Retries and waiters sleep through this interface so
 * tests inject a fake that advances a fake clock instead of waiting for real.
 */
@FunctionalInterface
public interface Sleeper {
  /** The real thing: {@link Thread#sleep}, which reacts to interrupts at once. */
  Sleeper SYSTEM = duration -> {
    if (!duration.isNegative() && !duration.isZero()) {
      Thread.sleep(duration.toMillis(), duration.toNanosPart() % 1_000_000);
    }
  };

  void sleep(Duration duration) throws InterruptedException;
}
