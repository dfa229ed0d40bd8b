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

/** A deployed (or updated, or named) service instance, with the means to wait until it runs. */
public final class ServiceInstanceHandle {
  private final ServiceInstanceClient instances;
  private final Waiter<ServiceInstance> untilRunning;
  private final String id;
  private final Optional<String> requestId;

  ServiceInstanceHandle(ServiceInstanceClient instances, HttpPipeline pipeline, WaitPolicy policy, String id,
      Optional<String> requestId) {
    this.instances = instances;
    this.untilRunning = FabricWaiters.instanceRunning(pipeline, policy).describedAs("service instance " + id);
    this.id = id;
    this.requestId = requestId;
  }

  public String id() {
    return id;
  }

  public Optional<String> requestId() {
    return requestId;
  }

  public ServiceInstance refresh() {
    return instances.get(id);
  }

  /**
   * Polls until the instance is RUNNING. FAILED, STOPPED, SUCCEEDED and DELETED end the wait with
   * a {@code WaiterFailedException} carrying the instance's {@code error_code}/{@code error_msg}.
   */
  public ServiceInstance waitUntilRunning() {
    return running(untilRunning.waitFor(this::refresh));
  }

  public ServiceInstance waitUntilRunning(Duration timeout) {
    return running(untilRunning.waitFor(this::refresh, timeout));
  }

  public CompletableFuture<ServiceInstance> waitUntilRunningAsync() {
    return untilRunning.waitForAsync(() -> instances.getAsync(id)).thenApply(ServiceInstanceHandle::running);
  }

  public CompletableFuture<ServiceInstance> waitUntilRunningAsync(Duration timeout) {
    return untilRunning.waitForAsync(() -> instances.getAsync(id), timeout).thenApply(ServiceInstanceHandle::running);
  }

  public ServiceInstanceDeletion delete() {
    return instances.delete(id);
  }

  private static ServiceInstance running(WaitResult<ServiceInstance> result) {
    return result.resource().orElseThrow();
  }

  @Override
  public String toString() {
    return "ServiceInstanceHandle{id=" + id + ", workspace=" + instances.workspaceId() + "}";
  }
}
