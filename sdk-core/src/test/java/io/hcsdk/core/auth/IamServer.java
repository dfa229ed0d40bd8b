package io.hcsdk.core.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;

/**
 * IAM as a MockWebServer dispatcher: answers queued responses in arrival order, and can hold
 * requests until the test {@linkplain #release releases} them, so a test knows a fetch is in
 * flight ({@link #awaitArrival}) and decides when it ends.
 */
final class IamServer extends Dispatcher {
  private final Queue<MockResponse> responses = new ConcurrentLinkedQueue<>();
  private final AtomicInteger arrived = new AtomicInteger();
  private final Map<Integer, CountDownLatch> arrivals = new ConcurrentHashMap<>();
  private int holdFrom;
  private int holdTo;
  private CountDownLatch gate = new CountDownLatch(0);

  /** Holds the next {@code count} requests to arrive until {@link #release}. */
  synchronized IamServer holdNext(int count) {
    holdFrom = arrived.get() + 1;
    holdTo = arrived.get() + count;
    gate = new CountDownLatch(1);
    return this;
  }

  synchronized void release() {
    gate.countDown();
  }

  IamServer enqueue(MockResponse response) {
    responses.add(response);
    return this;
  }

  IamServer enqueueToken(String token, Instant expiresAt) {
    return enqueue(token(token, expiresAt));
  }

  /** Waits (up to 10 s) until request number {@code number} (counting from 1) has arrived. */
  void awaitArrival(int number) throws InterruptedException {
    assertThat(arrival(number).await(10, TimeUnit.SECONDS))
        .as("IAM request %s arrived", number).isTrue();
  }

  int arrived() {
    return arrived.get();
  }

  @Override
  public MockResponse dispatch(RecordedRequest request) throws InterruptedException {
    MockResponse response = responses.poll();
    int number = arrived.incrementAndGet();
    CountDownLatch hold;
    synchronized (this) {
      hold = number >= holdFrom && number <= holdTo ? gate : null;
    }
    arrival(number).countDown();
    if (hold != null) {
      hold.await(30, TimeUnit.SECONDS);
    }
    return response != null ? response
        : new MockResponse.Builder().code(500).body("{\"error_msg\":\"no response queued\"}").build();
  }

  @Override
  public void close() {
    release();
  }

  private CountDownLatch arrival(int number) {
    return arrivals.computeIfAbsent(number, n -> new CountDownLatch(1));
  }

  static MockResponse token(String token, Instant expiresAt) {
    // IAM writes microseconds: 2024-03-02T08:00:00.000000Z
    String expires = expiresAt.toString().replace("Z", ".000000Z");
    return new MockResponse.Builder().code(201).addHeader("X-Subject-Token", token)
        .body("{\"token\":{\"expires_at\":\"" + expires + "\",\"methods\":[\"password\"]}}").build();
  }
}
