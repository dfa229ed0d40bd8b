package io.hcsdk.testing;

import static io.hcsdk.testing.Fixtures.ENDPOINTS;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The SDK polls from many threads: reads must be counted exactly once each, creates never collide. */
class ConcurrencyTest {
  private static final int THREADS = 16;

  private CloudSimulator sim;
  private Http fabric;
  private ExecutorService pool;

  @BeforeEach
  void start() {
    sim = CloudSimulator.start(); // 2 reads per transition
    fabric = Http.authed(sim, sim.fabricUrl());
    pool = Executors.newFixedThreadPool(THREADS);
  }

  @AfterEach
  void stop() throws InterruptedException {
    pool.shutdownNow();
    assertThat(pool.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
    sim.close();
  }

  @Test
  void concurrentShowsOfOneEndpointSeeExactlyStepsTransitionalReads() throws Exception {
    String id = fabric.post(ENDPOINTS, Fixtures.endpoint("shared", "job")).status("id");

    List<String> statuses = runAll(32, () -> fabric.get(ENDPOINTS + "/" + id).status("status"));

    assertThat(statuses).filteredOn("CREATING"::equals).hasSize(2);
    assertThat(statuses).filteredOn("RUNNING"::equals).hasSize(30);
  }

  @Test
  void concurrentCreatesAndPollsEachSettleIndependently() throws Exception {
    List<Integer> readsUntilRunning = runAll(THREADS, new Callable<>() {
      private final AtomicInteger next = new AtomicInteger();

      @Override
      public Integer call() {
        String id = fabric.post(ENDPOINTS, Fixtures.endpoint("e" + next.getAndIncrement(), "job")).status("id");
        int reads = 1;
        while (!fabric.get(ENDPOINTS + "/" + id).status("status").equals("RUNNING")) {
          reads++;
        }
        return reads;
      }
    });

    assertThat(readsUntilRunning).hasSize(THREADS).containsOnly(3);
    assertThat(fabric.get(ENDPOINTS + "?limit=100").json().path("total").asInt()).isEqualTo(THREADS);
  }

  @Test
  void concurrentCreatesOfOneNameLetExactlyOneThrough() throws Exception {
    List<Integer> codes = runAll(THREADS, () -> fabric.post(ENDPOINTS, Fixtures.endpoint("same", "job")).status());

    assertThat(codes).filteredOn(c -> c == 202).hasSize(1);
    assertThat(codes).filteredOn(c -> c == 400).hasSize(THREADS - 1);
  }

  /** Runs {@code count} tasks released together by a latch, so they really overlap. */
  private <T> List<T> runAll(int count, Callable<T> task) throws Exception {
    CountDownLatch go = new CountDownLatch(1);
    List<Future<T>> futures = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      futures.add(pool.submit(() -> {
        go.await();
        return task.call();
      }));
    }
    go.countDown();
    List<T> results = new ArrayList<>();
    for (Future<T> f : futures) {
      results.add(f.get(30, TimeUnit.SECONDS));
    }
    return results;
  }
}
