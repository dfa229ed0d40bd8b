package io.hcsdk.fabric.internal;

import io.hcsdk.core.poll.NotFoundBehaviour;
import io.hcsdk.core.poll.WaiterSpec;
import io.hcsdk.fabric.model.Endpoint;
import io.hcsdk.fabric.model.EndpointStatus;
import io.hcsdk.fabric.model.ServiceInstance;
import io.hcsdk.fabric.model.ServiceInstanceStatus;
import java.time.Duration;

/**
 * Which Fabric statuses end a wait, as data; the polling itself is core's. A 404 right after a
 * create or update is eventual consistency, so it is tolerated for a while.
 */
public final class FabricWaiters {
  /** How long a just-created resource may still answer 404. */
  public static final Duration CREATE_GRACE = Duration.ofSeconds(30);

  private FabricWaiters() {}

  /** Every settled status but RUNNING means the endpoint will not run without a new request. */
  public static final WaiterSpec<Endpoint> ENDPOINT_RUNNING = endpoint()
      .successOn(EndpointStatus.RUNNING)
      .failureOn(EndpointStatus.CREATE_FAILED, EndpointStatus.UPDATE_FAILED, EndpointStatus.FROZEN,
          EndpointStatus.INACTIVE, EndpointStatus.TRIAL_ENDED, EndpointStatus.DELETED, EndpointStatus.DELETE_FAILED)
      .transitional(EndpointStatus.CREATING, EndpointStatus.UPDATING, EndpointStatus.DELETING)
      .notFound(NotFoundBehaviour.keepWaitingFor(CREATE_GRACE)).build();

  public static final WaiterSpec<Endpoint> ENDPOINT_DELETED = endpoint()
      .successOn(EndpointStatus.DELETED).failureOn(EndpointStatus.DELETE_FAILED).notFound(NotFoundBehaviour.SUCCESS)
      .build();

  public static final WaiterSpec<ServiceInstance> INSTANCE_RUNNING = instance()
      .successOn(ServiceInstanceStatus.RUNNING)
      .failureOn(ServiceInstanceStatus.FAILED, ServiceInstanceStatus.STOPPED, ServiceInstanceStatus.DELETED,
          ServiceInstanceStatus.SUCCEEDED)
      .transitional(ServiceInstanceStatus.PENDING, ServiceInstanceStatus.CREATING, ServiceInstanceStatus.UPDATING,
          ServiceInstanceStatus.STOPPING, ServiceInstanceStatus.DELETING)
      .notFound(NotFoundBehaviour.keepWaitingFor(CREATE_GRACE)).build();

  /**
   * Service instances document no delete-failure status, so nothing but the wait's timeout fails a
   * delete wait: an instance that was FAILED before the delete is still being deleted.
   */
  public static final WaiterSpec<ServiceInstance> INSTANCE_DELETED = instance()
      .successOn(ServiceInstanceStatus.DELETED).notFound(NotFoundBehaviour.SUCCESS).build();

  /** Where an endpoint keeps its status and its own error. */
  private static WaiterSpec.Builder<Endpoint> endpoint() {
    return WaiterSpec.<Endpoint>builder().statusOf(endpoint -> endpoint.status().orElse(null))
        .errorCodeOf(Endpoint::errorCode).errorMessageOf(Endpoint::errorMsg);
  }

  /** Where a service instance keeps its status and its own error. */
  private static WaiterSpec.Builder<ServiceInstance> instance() {
    return WaiterSpec.<ServiceInstance>builder().statusOf(instance -> instance.status().orElse(null))
        .errorCodeOf(ServiceInstance::errorCode).errorMessageOf(ServiceInstance::errorMsg);
  }
}
