package io.hcsdk.fabric;

import io.hcsdk.core.http.HttpPipeline;
import io.hcsdk.core.internal.Futures;
import io.hcsdk.core.poll.Deletion;
import io.hcsdk.core.poll.WaitPolicy;
import io.hcsdk.core.poll.WaitTarget;
import io.hcsdk.fabric.internal.FabricWaiters;
import io.hcsdk.fabric.model.ServiceInstance;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/** A deployed (or updated, or named) service instance, with the means to wait until it runs. */
public final class ServiceInstanceHandle {
  private final ServiceInstanceClient instances;
  private final WaitTarget<ServiceInstance> untilRunning;
  private final String id;
  private final Optional<String> requestId;

  ServiceInstanceHandle(ServiceInstanceClient instances, HttpPipeline pipeline, WaitPolicy policy, String id,
      Optional<String> requestId) {
    this.instances = instances;
    this.untilRunning = new WaitTarget<>(
        FabricWaiters.instanceRunning(pipeline, policy).describedAs("service instance " + id),
        () -> instances.get(id), () -> instances.getAsync(id));
    this.id = id;
    this.requestId = requestId;
  }

  public String id() {
    return id;
  }

  /** The request id of the deploy/update call, for support tickets. */
  public Optional<String> requestId() {
    return requestId;
  }

  /** The instance as it is now (ShowServiceInstance). */
  public ServiceInstance refresh() {
    return instances.get(id);
  }

  /**
   * Polls until the instance is RUNNING. FAILED, STOPPED, SUCCEEDED and DELETED end the wait with
   * a {@code WaiterFailedException} carrying the instance's {@code error_code}/{@code error_msg}.
   */
  public ServiceInstance waitUntilRunning() {
    return untilRunning.await().resource().orElseThrow();
  }

  public ServiceInstance waitUntilRunning(Duration timeout) {
    return untilRunning.await(timeout).resource().orElseThrow();
  }

  public CompletableFuture<ServiceInstance> waitUntilRunningAsync() {
    return Futures.map(untilRunning.awaitAsync(), result -> result.resource().orElseThrow());
  }

  public CompletableFuture<ServiceInstance> waitUntilRunningAsync(Duration timeout) {
    return Futures.map(untilRunning.awaitAsync(timeout), result -> result.resource().orElseThrow());
  }

  public Deletion delete() {
    return instances.delete(id);
  }

  @Override
  public String toString() {
    return "ServiceInstanceHandle{id=" + id + ", workspace=" + instances.workspaceId() + "}";
  }
}
