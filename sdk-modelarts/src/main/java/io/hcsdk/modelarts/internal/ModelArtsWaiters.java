package io.hcsdk.modelarts.internal;

import static io.hcsdk.modelarts.model.devenv.DevEnvStatus.CREATE_FAILED;
import static io.hcsdk.modelarts.model.devenv.DevEnvStatus.CREATE_QUEUING;
import static io.hcsdk.modelarts.model.devenv.DevEnvStatus.CREATING;
import static io.hcsdk.modelarts.model.devenv.DevEnvStatus.DELETED;
import static io.hcsdk.modelarts.model.devenv.DevEnvStatus.READY_TO_START;
import static io.hcsdk.modelarts.model.devenv.DevEnvStatus.RESIZE_FAILED;
import static io.hcsdk.modelarts.model.devenv.DevEnvStatus.RESIZING;
import static io.hcsdk.modelarts.model.devenv.DevEnvStatus.RESTARTING;
import static io.hcsdk.modelarts.model.devenv.DevEnvStatus.RUNNING;
import static io.hcsdk.modelarts.model.devenv.DevEnvStatus.STARTING;
import static io.hcsdk.modelarts.model.devenv.DevEnvStatus.START_FAILED;
import static io.hcsdk.modelarts.model.devenv.DevEnvStatus.START_QUEUING;
import static io.hcsdk.modelarts.model.devenv.DevEnvStatus.STOPPED;
import static io.hcsdk.modelarts.model.devenv.DevEnvStatus.STOPPING;
import static io.hcsdk.modelarts.model.devenv.DevEnvStatus.UNAVAILABLE;

import io.hcsdk.core.poll.NotFoundBehaviour;
import io.hcsdk.core.poll.WaiterSpec;
import io.hcsdk.modelarts.model.devenv.DevEnvFailedReasons;
import io.hcsdk.modelarts.model.devenv.DevEnvInstance;
import io.hcsdk.modelarts.model.devenv.DevEnvSpec;
import io.hcsdk.modelarts.model.service.Service;
import io.hcsdk.modelarts.model.service.ServiceStatus;
import java.time.Duration;
import java.util.Optional;

/**
 * Which ModelArts statuses end a wait, as data; the polling itself is core's. A 404 right after a
 * create is eventual consistency, so it is tolerated for a while.
 */
public final class ModelArtsWaiters {
  /** How long a just-created resource may still answer 404. */
  public static final Duration CREATE_GRACE = Duration.ofSeconds(30);

  private ModelArtsWaiters() {}

  /** Queueing, creating, starting, resizing and stopping: on the way to RUNNING or STOPPED. */
  private static final Object[] DEV_ENV_MOVING = {CREATE_QUEUING, CREATING, START_QUEUING, READY_TO_START,
      STARTING, RESTARTING, RESIZING, STOPPING};

  /** From these a dev-env instance neither runs nor stops (DELETED included) without a new request. */
  private static final Object[] DEV_ENV_FAILED = {CREATE_FAILED, START_FAILED, RESIZE_FAILED, UNAVAILABLE,
      DELETED};

  /**
   * A dev-env instance runs (after a create, start or restart). STOPPED is on the way too: a
   * restart passes through it, and the first poll after a start may still show it. A failure
   * carries the instance's {@code error_code} (else {@code failed_reasons.code}) and its
   * {@code failed_reasons} message and details.
   */
  public static final WaiterSpec<DevEnvInstance> DEV_ENV_RUNNING = devEnv()
      .successOn(RUNNING).failureOn(DEV_ENV_FAILED).transitional(DEV_ENV_MOVING)
      .transitional(STOPPED).notFound(NotFoundBehaviour.keepWaitingFor(CREATE_GRACE)).build();

  /** A dev-env instance stopped; RUNNING is on the way (the first poll after a stop may still show it). */
  public static final WaiterSpec<DevEnvInstance> DEV_ENV_STOPPED = devEnv()
      .successOn(STOPPED).failureOn(DEV_ENV_FAILED).transitional(DEV_ENV_MOVING)
      .transitional(RUNNING).build();

  /** The service shows a deleted instance as DELETED or answers 404, whichever it does: both are done. */
  public static final WaiterSpec<DevEnvInstance> DEV_ENV_DELETED = devEnv()
      .successOn(DELETED).notFound(NotFoundBehaviour.SUCCESS).build();

  /**
   * An inference service runs; {@code concerning} (running with an alarm) is a success with a
   * warning. {@code failed}, {@code stopped} and {@code finished} end the wait with the service's
   * {@code error_msg}, and so do {@code stopping} and {@code deleting}: a service on its way to
   * stopped or gone will not run.
   */
  public static final WaiterSpec<Service> SERVICE_RUNNING = WaiterSpec.<Service>builder()
      .statusOf(service -> service.status().orElse(null))
      .successOn(ServiceStatus.RUNNING)
      .successWithWarningOn(ServiceStatus.CONCERNING)
      .failureOn(ServiceStatus.FAILED, ServiceStatus.STOPPED, ServiceStatus.FINISHED, ServiceStatus.STOPPING,
          ServiceStatus.DELETING)
      .transitional(ServiceStatus.DEPLOYING, ServiceStatus.PENDING, ServiceStatus.WAITING)
      .errorMessageOf(Service::errorMsg)
      .notFound(NotFoundBehaviour.keepWaitingFor(CREATE_GRACE))
      .build();

  /** Where a dev-env instance keeps its status and its own error. */
  private static WaiterSpec.Builder<DevEnvInstance> devEnv() {
    return WaiterSpec.<DevEnvInstance>builder().statusOf(instance -> instance.status().orElse(null))
        .errorCodeOf(ModelArtsWaiters::devEnvErrorCode).errorMessageOf(ModelArtsWaiters::devEnvErrorMessage);
  }

  static Optional<String> devEnvErrorCode(DevEnvInstance instance) {
    return instance.errorCode().or(() -> failedReasons(instance).flatMap(DevEnvFailedReasons::code));
  }

  /** {@code failed_reasons.message}, with its {@code detail} map when there is one. */
  static Optional<String> devEnvErrorMessage(DevEnvInstance instance) {
    return failedReasons(instance).flatMap(reasons -> reasons.message()
        .map(message -> reasons.detail().isEmpty() ? message : message + " " + reasons.detail()));
  }

  private static Optional<DevEnvFailedReasons> failedReasons(DevEnvInstance instance) {
    return instance.spec().flatMap(DevEnvSpec::failedReasons);
  }
}
