package io.hcsdk.modelarts;

import io.hcsdk.core.resource.ResourceHandle;
import io.hcsdk.modelarts.internal.ModelArtsWaiters;
import io.hcsdk.modelarts.model.devenv.DevEnvInstance;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * A dev-env instance just created, updated or acted on (or named with {@link DevEnvClient#withId}).
 * {@code waitUntilRunning()} polls ShowDevEnvInstance until RUNNING, through the queueing and
 * starting states; {@code waitUntilStopped()} until STOPPED. CREATE_FAILED, START_FAILED,
 * RESIZE_FAILED, UNAVAILABLE and DELETED end either wait with a
 * {@link io.hcsdk.core.poll.WaiterFailedException} carrying the instance's {@code error_code} and
 * its {@code failed_reasons} (the instance itself is its {@code lastResource}).
 */
public final class DevEnvHandle extends ResourceHandle<DevEnvInstance> {
  DevEnvHandle(DevEnvClient devEnvs, String id, Optional<DevEnvInstance> accepted, Optional<String> requestId) {
    super(devEnvs, id, accepted, requestId);
  }

  /** Polls until the instance is STOPPED, within the client's wait policy. */
  public DevEnvInstance waitUntilStopped() {
    return waitUntil(ModelArtsWaiters.DEV_ENV_STOPPED);
  }

  public DevEnvInstance waitUntilStopped(Duration timeout) {
    return waitUntil(ModelArtsWaiters.DEV_ENV_STOPPED, timeout);
  }

  public CompletableFuture<DevEnvInstance> waitUntilStoppedAsync() {
    return waitUntilAsync(ModelArtsWaiters.DEV_ENV_STOPPED);
  }

  public CompletableFuture<DevEnvInstance> waitUntilStoppedAsync(Duration timeout) {
    return waitUntilAsync(ModelArtsWaiters.DEV_ENV_STOPPED, timeout);
  }
}
