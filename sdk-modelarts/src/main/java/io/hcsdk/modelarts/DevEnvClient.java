package io.hcsdk.modelarts;

import io.hcsdk.core.resource.ResourceClient;
import io.hcsdk.core.spi.ServiceContext;
import io.hcsdk.modelarts.internal.ModelArtsOperations;
import io.hcsdk.modelarts.internal.ModelArtsResources;
import io.hcsdk.modelarts.model.devenv.CreateDevEnvInstanceRequest;
import io.hcsdk.modelarts.model.devenv.DevEnvAction;
import io.hcsdk.modelarts.model.devenv.DevEnvInstance;
import io.hcsdk.modelarts.model.devenv.ListDevEnvInstancesRequest;
import io.hcsdk.modelarts.model.devenv.ManageDevEnvInstanceRequest;
import io.hcsdk.modelarts.model.devenv.UpdateDevEnvInstanceRequest;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * The development environment (notebook) instances of one project, v1 {@code demanager} API.
 * Create, show, list, update and delete are the common ones of {@link ResourceClient}; the actions
 * (start, stop, restart, queue, dequeue) return a {@link DevEnvHandle} to wait for their effect:
 *
 * <pre>{@code
 * DevEnvInstance running = modelarts.devEnvs().create(request).waitUntilRunning();
 * modelarts.devEnvs().stop(running.id()).waitUntilStopped();
 * modelarts.devEnvs().delete(running.id()).waitUntilDeleted();   // 404 or DELETED
 * }</pre>
 *
 * <p>{@code list(query)} without a limit asks for the service's default, every instance in one
 * answer (as does {@code limit(0)}); {@code paginator} and {@code stream} walk pages of 100 by item
 * offset. The query's {@code de_type} is required and has one value, {@code Notebook}. A create
 * whose answer was lost is resolved by looking its name up (names are unique), never by sending it
 * twice. Every operation has an {@code Async} twin.
 */
public final class DevEnvClient extends ResourceClient<DevEnvInstance, DevEnvHandle, CreateDevEnvInstanceRequest,
    ListDevEnvInstancesRequest, UpdateDevEnvInstanceRequest> {

  DevEnvClient(ServiceContext context) {
    super(context, ModelArtsResources.DEV_ENVS);
  }

  @Override
  protected DevEnvHandle newHandle(String id, Optional<DevEnvInstance> accepted, Optional<String> requestId) {
    return new DevEnvHandle(this, id, accepted, requestId);
  }

  /** ManageDevEnvInstance: starts {@code action}'s transition; the handle waits for its end. */
  public DevEnvHandle action(String instanceId, DevEnvAction action) {
    return act(ModelArtsOperations.MANAGE_DEV_ENV_INSTANCE, instanceId, body(action));
  }

  public CompletableFuture<DevEnvHandle> actionAsync(String instanceId, DevEnvAction action) {
    return actAsync(ModelArtsOperations.MANAGE_DEV_ENV_INSTANCE, instanceId, body(action));
  }

  private static ManageDevEnvInstanceRequest body(DevEnvAction action) {
    return ManageDevEnvInstanceRequest.builder().action(action).build();
  }

  /** Starts a stopped instance: {@code start(id).waitUntilRunning()}. */
  public DevEnvHandle start(String instanceId) {
    return action(instanceId, DevEnvAction.START);
  }

  public CompletableFuture<DevEnvHandle> startAsync(String instanceId) {
    return actionAsync(instanceId, DevEnvAction.START);
  }

  /** Stops a running instance: {@code stop(id).waitUntilStopped()}. */
  public DevEnvHandle stop(String instanceId) {
    return action(instanceId, DevEnvAction.STOP);
  }

  public CompletableFuture<DevEnvHandle> stopAsync(String instanceId) {
    return actionAsync(instanceId, DevEnvAction.STOP);
  }

  /** Restarts an instance: {@code restart(id).waitUntilRunning()}. */
  public DevEnvHandle restart(String instanceId) {
    return action(instanceId, DevEnvAction.RESTART);
  }

  public CompletableFuture<DevEnvHandle> restartAsync(String instanceId) {
    return actionAsync(instanceId, DevEnvAction.RESTART);
  }

  /** Queues an instance for a sold-out free flavor; it runs when its turn comes. */
  public DevEnvHandle queue(String instanceId) {
    return action(instanceId, DevEnvAction.QUEUE);
  }

  public CompletableFuture<DevEnvHandle> queueAsync(String instanceId) {
    return actionAsync(instanceId, DevEnvAction.QUEUE);
  }

  /** Leaves the queue. */
  public DevEnvHandle dequeue(String instanceId) {
    return action(instanceId, DevEnvAction.DEQUEUE);
  }

  public CompletableFuture<DevEnvHandle> dequeueAsync(String instanceId) {
    return actionAsync(instanceId, DevEnvAction.DEQUEUE);
  }
}
