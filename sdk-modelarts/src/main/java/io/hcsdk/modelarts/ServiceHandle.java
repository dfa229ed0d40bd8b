package io.hcsdk.modelarts;

import io.hcsdk.core.resource.WaitableHandle;
import io.hcsdk.modelarts.model.service.Service;
import java.util.Optional;

/**
 * A service just created (or named with {@link ServiceClient#withId}). {@code waitUntilRunning()}
 * polls ShowService through {@code deploying}, {@code pending} and {@code waiting} until
 * {@code running}; {@code concerning} (running with an alarm) also ends the wait, with a warning
 * logged and reported to wait listeners. {@code failed}, {@code stopped}, {@code finished},
 * {@code stopping} and {@code deleting} end it with a {@link io.hcsdk.core.poll.WaiterFailedException}
 * carrying the service's {@code error_msg}. CreateService answers only the id, so
 * {@link #accepted()} is empty.
 */
public final class ServiceHandle extends WaitableHandle<Service> {
  ServiceHandle(ServiceClient services, String id, Optional<String> requestId) {
    super(services, id, Optional.empty(), requestId);
  }
}
