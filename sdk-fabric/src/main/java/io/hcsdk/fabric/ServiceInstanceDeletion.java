package io.hcsdk.fabric;

import io.hcsdk.core.http.HttpPipeline;
import io.hcsdk.core.poll.WaitPolicy;
import io.hcsdk.core.poll.WaitResult;
import io.hcsdk.core.poll.Waiter;
import io.hcsdk.fabric.internal.FabricWaiters;
import io.hcsdk.fabric.model.ServiceInstance;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/** An accepted DeleteServiceInstance; {@link #waitUntilDeleted()} waits for the 404. */
public final class ServiceInstanceDeletion {
  private final ServiceInstanceClient instances;
  private final Waiter<ServiceInstance> untilDeleted;
  private final String id;
  private final Optional<String> requestId;

  ServiceInstanceDeletion(ServiceInstanceClient instances, HttpPipeline pipeline, WaitPolicy policy, String id,
      Optional<String> requestId) {
    this.instances = instances;
    this.untilDeleted = FabricWaiters.instanceDeleted(pipeline, policy).describedAs("service instance " + id);
    this.id = id;
    this.requestId = requestId;
  }

  public String id() {
    return id;
  }

  public Optional<String> requestId() {
    return requestId;
  }

  public void waitUntilDeleted() {
    untilDeleted.waitFor(() -> instances.get(id));
  }

  public void waitUntilDeleted(Duration timeout) {
    untilDeleted.waitFor(() -> instances.get(id), timeout);
  }

  public CompletableFuture<Void> waitUntilDeletedAsync() {
    return untilDeleted.waitForAsync(() -> instances.getAsync(id)).thenApply(ServiceInstanceDeletion::done);
  }

  public CompletableFuture<Void> waitUntilDeletedAsync(Duration timeout) {
    return untilDeleted.waitForAsync(() -> instances.getAsync(id), timeout).thenApply(ServiceInstanceDeletion::done);
  }

  private static Void done(WaitResult<ServiceInstance> result) {
    return null;
  }

  @Override
  public String toString() {
    return "ServiceInstanceDeletion{id=" + id + "}";
  }
}
