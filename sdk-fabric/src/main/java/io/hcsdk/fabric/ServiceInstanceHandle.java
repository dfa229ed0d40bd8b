package io.hcsdk.fabric;

import io.hcsdk.core.resource.ResourceHandle;
import io.hcsdk.fabric.model.ServiceInstance;
import java.util.Optional;

/**
 * A deployed (or updated, or named) service instance. {@code waitUntilRunning()} polls
 * ShowServiceInstance until RUNNING; FAILED, STOPPED, SUCCEEDED and DELETED end the wait with a
 * {@link io.hcsdk.core.poll.WaiterFailedException} carrying the instance's
 * {@code error_code}/{@code error_msg}. Deploy and update answer only the id, so
 * {@link #accepted()} is empty.
 */
public final class ServiceInstanceHandle extends ResourceHandle<ServiceInstance> {
  ServiceInstanceHandle(ServiceInstanceClient instances, String id, Optional<String> requestId) {
    super(instances, id, Optional.empty(), requestId);
  }
}
