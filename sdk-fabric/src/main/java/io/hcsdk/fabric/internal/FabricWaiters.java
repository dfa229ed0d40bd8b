package io.hcsdk.fabric.internal;

import io.hcsdk.core.http.HttpPipeline;
import io.hcsdk.core.poll.NotFoundBehaviour;
import io.hcsdk.core.poll.WaitPolicy;
import io.hcsdk.core.poll.Waiter;
import io.hcsdk.fabric.model.Endpoint;
import io.hcsdk.fabric.model.EndpointStatus;
import io.hcsdk.fabric.model.ServiceInstance;
import io.hcsdk.fabric.model.ServiceInstanceStatus;
import java.time.Duration;

/**
 * Which Fabric statuses end a wait, as data; the polling itself is the core {@link Waiter}. A
 * 404 right after a create or update is eventual consistency, so it is tolerated for a while.
 */
public final class FabricWaiters {
  /** How long a just-created resource may still answer 404. */
  public static final Duration CREATE_GRACE = Duration.ofSeconds(30);

  private FabricWaiters() {}

  public static Waiter<Endpoint> endpointRunning(HttpPipeline pipeline, WaitPolicy policy) {
    return base(Waiter.<Endpoint>builder(), pipeline, policy)
        .statusOf(endpoint -> endpoint.status().orElse(null))
        .successOn(EndpointStatus.RUNNING)
        // Every settled status but RUNNING means the endpoint will not run without a new request.
        .failureOn(EndpointStatus.CREATE_FAILED, EndpointStatus.UPDATE_FAILED, EndpointStatus.FROZEN,
            EndpointStatus.INACTIVE, EndpointStatus.TRIAL_ENDED, EndpointStatus.DELETED,
            EndpointStatus.DELETE_FAILED)
        .errorCodeOf(Endpoint::errorCode)
        .errorMessageOf(Endpoint::errorMsg)
        .notFound(NotFoundBehaviour.keepWaitingFor(CREATE_GRACE))
        .build();
  }

  public static Waiter<Endpoint> endpointDeleted(HttpPipeline pipeline, WaitPolicy policy) {
    return base(Waiter.<Endpoint>builder(), pipeline, policy)
        .statusOf(endpoint -> endpoint.status().orElse(null))
        .successOn(EndpointStatus.DELETED)
        .failureOn(EndpointStatus.DELETE_FAILED)
        .errorCodeOf(Endpoint::errorCode)
        .errorMessageOf(Endpoint::errorMsg)
        .notFound(NotFoundBehaviour.SUCCESS)
        .build();
  }

  public static Waiter<ServiceInstance> instanceRunning(HttpPipeline pipeline, WaitPolicy policy) {
    return base(Waiter.<ServiceInstance>builder(), pipeline, policy)
        .statusOf(instance -> instance.status().orElse(null))
        .successOn(ServiceInstanceStatus.RUNNING)
        .failureOn(ServiceInstanceStatus.FAILED, ServiceInstanceStatus.STOPPED, ServiceInstanceStatus.DELETED,
            ServiceInstanceStatus.SUCCEEDED)
        .errorCodeOf(ServiceInstance::errorCode)
        .errorMessageOf(ServiceInstance::errorMsg)
        .notFound(NotFoundBehaviour.keepWaitingFor(CREATE_GRACE))
        .build();
  }

  public static Waiter<ServiceInstance> instanceDeleted(HttpPipeline pipeline, WaitPolicy policy) {
    return base(Waiter.<ServiceInstance>builder(), pipeline, policy)
        .statusOf(instance -> instance.status().orElse(null))
        .successOn(ServiceInstanceStatus.DELETED)
        .failureOn(ServiceInstanceStatus.FAILED)
        .errorCodeOf(ServiceInstance::errorCode)
        .errorMessageOf(ServiceInstance::errorMsg)
        .notFound(NotFoundBehaviour.SUCCESS)
        .build();
  }

  private static <T> Waiter.Builder<T> base(Waiter.Builder<T> builder, HttpPipeline pipeline, WaitPolicy policy) {
    return builder.policy(policy)
        .clock(pipeline.config().clock())
        .sleeper(pipeline.config().sleeper())
        .scheduler(pipeline.scheduler());
  }
}
