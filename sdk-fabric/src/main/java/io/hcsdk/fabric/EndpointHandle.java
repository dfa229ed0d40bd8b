package io.hcsdk.fabric;

import io.hcsdk.core.resource.ResourceHandle;
import io.hcsdk.fabric.model.Endpoint;
import java.util.Optional;

/**
 * An endpoint just created or updated (or named with {@link EndpointClient#withId}).
 * {@code waitUntilRunning()} polls ShowEndpoint until RUNNING; CREATE_FAILED, UPDATE_FAILED,
 * FROZEN, INACTIVE, TRIAL_ENDED, DELETED and DELETE_FAILED end the wait with a
 * {@link io.hcsdk.core.poll.WaiterFailedException} carrying the endpoint's {@code error_code} and
 * {@code error_msg}.
 */
public final class EndpointHandle extends ResourceHandle<Endpoint> {
  EndpointHandle(EndpointClient endpoints, String id, Optional<Endpoint> accepted, Optional<String> requestId) {
    super(endpoints, id, accepted, requestId);
  }
}
