package io.hcsdk.core.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/** Small helpers the pipeline tests share. */
final class PipelineTesting {
  static final long TIMEOUT_S = 10;

  private PipelineTesting() {}

  /** Waits, bounded, until OkHttp's dispatcher has no call running or queued. */
  static void awaitIdle(HttpPipeline pipeline) throws InterruptedException {
    CountDownLatch idle = new CountDownLatch(1);
    pipeline.httpClient().dispatcher().setIdleCallback(idle::countDown);
    if (pipeline.httpClient().dispatcher().runningCallsCount() == 0
        && pipeline.httpClient().dispatcher().queuedCallsCount() == 0) {
      idle.countDown();
    }
    assertThat(idle.await(4, TimeUnit.SECONDS)).as("dispatcher idle").isTrue();
  }

  /** Waits, bounded, until {@code scheduler} holds exactly {@code count} delayed tasks. */
  static void awaitScheduled(ScheduledThreadPoolExecutor scheduler, int count) {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
    while (scheduler.getQueue().size() != count) {
      assertThat(System.nanoTime()).as("%d task(s) scheduled in time", count).isLessThan(deadline);
      Thread.yield();
    }
  }

  /** Waits, bounded, until {@code scheduler} holds a task due within {@code horizon} (a retry, not a deadline timer). */
  static void awaitTaskDueWithin(ScheduledThreadPoolExecutor scheduler, java.time.Duration horizon) {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
    while (scheduler.getQueue().stream().noneMatch(task ->
        ((java.util.concurrent.Delayed) task).getDelay(TimeUnit.NANOSECONDS) <= horizon.toNanos())) {
      assertThat(System.nanoTime()).as("a task due within %s scheduled in time", horizon).isLessThan(deadline);
      Thread.yield();
    }
  }

  /** An HTTP {@code Date} header value. */
  static String httpDate(Instant instant) {
    return DateTimeFormatter.RFC_1123_DATE_TIME.format(ZonedDateTime.ofInstant(instant, ZoneOffset.UTC));
  }

  /** Keeps every event it hears. */
  static final class RecordingListener implements CallListener {
    final List<CallEvent> events = new CopyOnWriteArrayList<>();

    @Override
    public void onAttempt(CallEvent event) {
      events.add(event);
    }
  }
}
