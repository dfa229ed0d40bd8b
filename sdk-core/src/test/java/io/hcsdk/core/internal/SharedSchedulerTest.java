package io.hcsdk.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The shared scheduler's threads exit when it has no work, so closing every client leaves no SDK thread. */
class SharedSchedulerTest {
  private static final long TIMEOUT_S = 10;

  @Test
  void idleThreadsExitAfterTheKeepAlive() {
    ScheduledThreadPoolExecutor executor = (ScheduledThreadPoolExecutor) SharedScheduler.get();

    assertThat(executor.allowsCoreThreadTimeOut()).isTrue();
    assertThat(executor.getKeepAliveTime(TimeUnit.MILLISECONDS)).isEqualTo(SharedScheduler.KEEP_ALIVE.toMillis())
        .isLessThanOrEqualTo(TimeUnit.SECONDS.toMillis(5));
  }

  @Test
  void aThreadThatRanATaskExitsOnceIdleAndANewOneRunsTheNextTask() throws Exception {
    Thread first = runOnScheduler();
    assertThat(first.getName()).startsWith(SharedScheduler.THREAD_PREFIX);
    assertThat(first.isDaemon()).isTrue();

    first.join(TimeUnit.SECONDS.toMillis(TIMEOUT_S));

    assertThat(first.isAlive()).as("the idle thread exited").isFalse();
    Thread second = runOnScheduler();
    assertThat(second).isNotSameAs(first);
    assertThat(second.getName()).startsWith(SharedScheduler.THREAD_PREFIX);
  }

  @Test
  void aDelayedTaskStillRunsAfterALongerWaitThanTheKeepAlive() throws Exception {
    // The pool keeps a thread while its queue holds a task, however far ahead the task is due.
    long delay = SharedScheduler.KEEP_ALIVE.toMillis() * 2;
    long start = System.nanoTime();
    CompletableFuture<Long> ran = new CompletableFuture<>();
    SharedScheduler.get().schedule(() -> ran.complete(System.nanoTime()), delay, TimeUnit.MILLISECONDS);

    long ranAt = ran.get(TIMEOUT_S, TimeUnit.SECONDS);

    assertThat(TimeUnit.NANOSECONDS.toMillis(ranAt - start)).isGreaterThanOrEqualTo(delay);
  }

  private static Thread runOnScheduler() throws Exception {
    CompletableFuture<Thread> ran = new CompletableFuture<>();
    SharedScheduler.get().execute(() -> ran.complete(Thread.currentThread()));
    return ran.get(TIMEOUT_S, TimeUnit.SECONDS);
  }
}
