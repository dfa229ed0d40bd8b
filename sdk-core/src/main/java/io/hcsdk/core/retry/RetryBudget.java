package io.hcsdk.core.retry;

/**
 * A token bucket shared by all calls of one client: every retry spends tokens and every success
 * earns one back, so a failure storm drains the bucket and further failures stop being retried
 * instead of multiplying the load on a struggling service.
 */
public final class RetryBudget {
  /** Enough for 100 plain retries (or 50 after timeouts) before successes must refill it. */
  public static final int DEFAULT_CAPACITY = 500;
  public static final int RETRY_COST = 5;
  public static final int TIMEOUT_RETRY_COST = 10;

  private final int capacity;
  /** Written only under this object's lock; volatile so that a success can read it without the lock. */
  private volatile int available;

  public RetryBudget(int capacity) {
    if (capacity < 0) {
      throw new IllegalArgumentException("capacity must be >= 0");
    }
    this.capacity = capacity;
    this.available = capacity;
  }

  /** Takes {@code cost} tokens; false (and nothing taken) when the bucket cannot pay. */
  public synchronized boolean tryAcquire(int cost) {
    if (available < cost) {
      return false;
    }
    available -= cost;
    return true;
  }

  /**
   * A success earns one token back. Every successful call of every thread lands here, and the
   * bucket is nearly always full: that case reads the count without taking the lock, which many
   * threads would otherwise contend for once per call. Seeing it full is the locked method's
   * answer at that instant, so the outcome is one the locked version could give.
   */
  public void onSuccess() {
    if (available >= capacity) {
      return;
    }
    synchronized (this) {
      if (available < capacity) {
        available++;
      }
    }
  }

  public int available() {
    return available;
  }

  public int capacity() {
    return capacity;
  }
}
