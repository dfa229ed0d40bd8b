package io.hcsdk.core.poll;

import io.hcsdk.core.internal.Futures;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * An accepted delete of an asynchronously deleted resource: it lingers in a deleting status, then
 * its show operation answers 404. {@link #waitUntilDeleted()} waits for that.
 */
public final class Deletion {
  private final String id;
  private final Optional<String> requestId;
  private final WaitTarget<?> untilDeleted;

  public Deletion(String id, Optional<String> requestId, WaitTarget<?> untilDeleted) {
    this.id = Objects.requireNonNull(id, "id");
    this.requestId = Objects.requireNonNull(requestId, "requestId");
    this.untilDeleted = Objects.requireNonNull(untilDeleted, "untilDeleted");
  }

  /** The id of the resource being deleted. */
  public String id() {
    return id;
  }

  /** The request id of the delete call, for support tickets. */
  public Optional<String> requestId() {
    return requestId;
  }

  /**
   * Polls until the resource is gone (404 or its deleted status), within the wait policy's timeout.
   *
   * @throws WaiterFailedException the resource reached a failure status (such as DELETE_FAILED)
   * @throws WaiterTimeoutException the timeout ran out first
   */
  public void waitUntilDeleted() {
    untilDeleted.await();
  }

  public void waitUntilDeleted(Duration timeout) {
    untilDeleted.await(timeout);
  }

  /** Waits without blocking a thread; cancelling the future stops polling. */
  public CompletableFuture<Void> waitUntilDeletedAsync() {
    return Futures.map(untilDeleted.awaitAsync(), result -> null);
  }

  public CompletableFuture<Void> waitUntilDeletedAsync(Duration timeout) {
    return Futures.map(untilDeleted.awaitAsync(timeout), result -> null);
  }

  @Override
  public String toString() {
    return "Deletion{id=" + id + "}";
  }
}
