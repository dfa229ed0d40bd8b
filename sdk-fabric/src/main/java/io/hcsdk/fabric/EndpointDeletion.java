package io.hcsdk.fabric;

import io.hcsdk.core.http.HttpPipeline;
import io.hcsdk.core.poll.WaitPolicy;
import io.hcsdk.core.poll.WaitResult;
import io.hcsdk.core.poll.Waiter;
import io.hcsdk.fabric.internal.FabricWaiters;
import io.hcsdk.fabric.model.Endpoint;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * An accepted DeleteEndpoint. The endpoint shows DELETING for a while, then ShowEndpoint answers
 * 404: {@link #waitUntilDeleted()} waits for that.
 */
public final class EndpointDeletion {
  private final EndpointClient endpoints;
  private final Waiter<Endpoint> untilDeleted;
  private final String id;
  private final Optional<String> requestId;

  EndpointDeletion(EndpointClient endpoints, HttpPipeline pipeline, WaitPolicy policy, String id,
      Optional<String> requestId) {
    this.endpoints = endpoints;
    this.untilDeleted = FabricWaiters.endpointDeleted(pipeline, policy).describedAs("endpoint " + id);
    this.id = id;
    this.requestId = requestId;
  }

  public String id() {
    return id;
  }

  public Optional<String> requestId() {
    return requestId;
  }

  /** Polls until ShowEndpoint answers 404 (or DELETED); fails on DELETE_FAILED with the endpoint's error. */
  public void waitUntilDeleted() {
    untilDeleted.waitFor(() -> endpoints.get(id));
  }

  public void waitUntilDeleted(Duration timeout) {
    untilDeleted.waitFor(() -> endpoints.get(id), timeout);
  }

  public CompletableFuture<Void> waitUntilDeletedAsync() {
    return untilDeleted.waitForAsync(() -> endpoints.getAsync(id)).thenApply(EndpointDeletion::done);
  }

  public CompletableFuture<Void> waitUntilDeletedAsync(Duration timeout) {
    return untilDeleted.waitForAsync(() -> endpoints.getAsync(id), timeout).thenApply(EndpointDeletion::done);
  }

  private static Void done(WaitResult<Endpoint> result) {
    return null;
  }

  @Override
  public String toString() {
    return "EndpointDeletion{id=" + id + "}";
  }
}
