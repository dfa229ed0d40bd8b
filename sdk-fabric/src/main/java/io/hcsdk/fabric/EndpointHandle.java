package io.hcsdk.fabric;

import io.hcsdk.core.http.HttpPipeline;
import io.hcsdk.core.internal.Futures;
import io.hcsdk.core.poll.Deletion;
import io.hcsdk.core.poll.WaitPolicy;
import io.hcsdk.core.poll.WaitTarget;
import io.hcsdk.core.poll.WaiterFailedException;
import io.hcsdk.core.poll.WaiterTimeoutException;
import io.hcsdk.fabric.internal.FabricWaiters;
import io.hcsdk.fabric.model.Endpoint;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * An endpoint just created or updated (or named with {@link EndpointClient#withId}), with the
 * means to wait until it runs. Cheap and immutable; waiting polls ShowEndpoint.
 */
public final class EndpointHandle {
  private final EndpointClient endpoints;
  private final WaitTarget<Endpoint> untilRunning;
  private final String id;
  private final Optional<Endpoint> accepted;
  private final Optional<String> requestId;

  EndpointHandle(EndpointClient endpoints, HttpPipeline pipeline, WaitPolicy policy, String id,
      Optional<Endpoint> accepted, Optional<String> requestId) {
    this.endpoints = endpoints;
    this.untilRunning = new WaitTarget<>(
        FabricWaiters.endpointRunning(pipeline, policy).describedAs("endpoint " + id),
        () -> endpoints.get(id), () -> endpoints.getAsync(id));
    this.id = id;
    this.accepted = accepted;
    this.requestId = requestId;
  }

  public String id() {
    return id;
  }

  /** The endpoint as the create/update answer (202) described it; empty for {@code withId} handles. */
  public Optional<Endpoint> accepted() {
    return accepted;
  }

  /** The request id of the create/update call, for support tickets. */
  public Optional<String> requestId() {
    return requestId;
  }

  /** The endpoint as it is now (ShowEndpoint). */
  public Endpoint refresh() {
    return endpoints.get(id);
  }

  /**
   * Polls until the endpoint is RUNNING, within the client's wait policy (default 30 minutes).
   *
   * @throws WaiterFailedException when it settles in a failure status (CREATE_FAILED, UPDATE_FAILED,
   *     FROZEN, INACTIVE, TRIAL_ENDED, DELETED, DELETE_FAILED), carrying the endpoint's own
   *     {@code error_code} and {@code error_msg}
   * @throws WaiterTimeoutException carrying the last endpoint seen
   */
  public Endpoint waitUntilRunning() {
    return untilRunning.await().resource().orElseThrow();
  }

  public Endpoint waitUntilRunning(Duration timeout) {
    return untilRunning.await(timeout).resource().orElseThrow();
  }

  /** Waits without blocking a thread; cancelling the future stops polling. */
  public CompletableFuture<Endpoint> waitUntilRunningAsync() {
    return Futures.map(untilRunning.awaitAsync(), result -> result.resource().orElseThrow());
  }

  public CompletableFuture<Endpoint> waitUntilRunningAsync(Duration timeout) {
    return Futures.map(untilRunning.awaitAsync(timeout), result -> result.resource().orElseThrow());
  }

  /** Deletes this endpoint (keeping its application instances). */
  public Deletion delete() {
    return endpoints.delete(id);
  }

  @Override
  public String toString() {
    return "EndpointHandle{id=" + id + ", workspace=" + endpoints.workspaceId() + "}";
  }
}
