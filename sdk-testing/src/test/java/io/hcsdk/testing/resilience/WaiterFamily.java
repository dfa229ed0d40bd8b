package io.hcsdk.testing.resilience;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * The four resource families a client waits on, two per service, with what the waiter scenarios need of
 * each: the simulator's family and operations, the status a running resource shows, the failure statuses
 * its {@code waitUntilRunning} spec declares (sdk-fabric {@code FabricWaiters}, sdk-modelarts
 * {@code ModelArtsWaiters}), and the service's 503 body.
 */
enum WaiterFamily {
  FABRIC_ENDPOINT("endpoints", "CreateEndpoint", "ShowEndpoint", "RUNNING",
      List.of("CREATE_FAILED", "UPDATE_FAILED", "FROZEN", "INACTIVE", "TRIAL_ENDED", "DELETED", "DELETE_FAILED"),
      "common.00000503", "error_msg", true) {
    @Override
    String create(WaiterRig rig, String name) {
      return rig.fabric().endpoints().create(Requests.endpoint(name)).id();
    }

    @Override
    String waitUntilRunning(WaiterRig rig, String id, Duration timeout) {
      return rig.fabric().endpoints().withId(id).waitUntilRunning(timeout).status().orElseThrow().toString();
    }

    @Override
    CompletableFuture<?> waitUntilRunningAsync(WaiterRig rig, String id, Duration timeout) {
      return rig.fabric().endpoints().withId(id).waitUntilRunningAsync(timeout);
    }
  },

  FABRIC_SERVICE_INSTANCE("service-instances", "DeployService", "ShowServiceInstance", "RUNNING",
      List.of("FAILED", "STOPPED", "DELETED", "SUCCEEDED"), "common.00000503", "error_msg", true) {
    @Override
    String create(WaiterRig rig, String name) {
      // An instance is deployed onto an endpoint, which must exist (its status does not matter).
      String endpoint = FABRIC_ENDPOINT.create(rig, name + "-ep");
      return rig.fabric().serviceInstances().deploy(Requests.serviceInstance(name, endpoint)).id();
    }

    @Override
    String waitUntilRunning(WaiterRig rig, String id, Duration timeout) {
      return rig.fabric().serviceInstances().withId(id).waitUntilRunning(timeout).status().orElseThrow().toString();
    }

    @Override
    CompletableFuture<?> waitUntilRunningAsync(WaiterRig rig, String id, Duration timeout) {
      return rig.fabric().serviceInstances().withId(id).waitUntilRunningAsync(timeout);
    }
  },

  MODELARTS_DEV_ENV("devenvs", "CreateDevEnvInstance", "ShowDevEnvInstance", "RUNNING",
      List.of("CREATE_FAILED", "START_FAILED", "RESIZE_FAILED", "UNAVAILABLE", "DELETED"), "ModelArts.6503",
      "error_message", true) {
    @Override
    String create(WaiterRig rig, String name) {
      return rig.modelArts().devEnvs().create(Requests.devEnv(name)).id();
    }

    @Override
    String waitUntilRunning(WaiterRig rig, String id, Duration timeout) {
      return rig.modelArts().devEnvs().withId(id).waitUntilRunning(timeout).status().orElseThrow().toString();
    }

    @Override
    CompletableFuture<?> waitUntilRunningAsync(WaiterRig rig, String id, Duration timeout) {
      return rig.modelArts().devEnvs().withId(id).waitUntilRunningAsync(timeout);
    }
  },

  /** Its spec reads only {@code error_msg}: a failed service carries no error code to the waiter. */
  MODELARTS_SERVICE("services", "CreateService", "ShowService", "running",
      List.of("failed", "stopped", "finished", "stopping", "deleting"), "ModelArts.0503", "error_msg", false) {
    @Override
    String create(WaiterRig rig, String name) {
      return rig.modelArts().services().create(Requests.service(name)).id();
    }

    @Override
    String waitUntilRunning(WaiterRig rig, String id, Duration timeout) {
      return rig.modelArts().services().withId(id).waitUntilRunning(timeout).status().orElseThrow().toString();
    }

    @Override
    CompletableFuture<?> waitUntilRunningAsync(WaiterRig rig, String id, Duration timeout) {
      return rig.modelArts().services().withId(id).waitUntilRunningAsync(timeout);
    }
  };

  /** Longer than any scenario on virtual time needs: the policy's own 30 minutes must not end a test first. */
  static final Duration LONG = Duration.ofDays(30);

  private final String family;
  private final String createOperation;
  private final String showOperation;
  private final String running;
  private final List<String> failureStatuses;
  private final String unavailableCode;
  private final String messageKey;
  private final boolean reportsErrorCode;

  WaiterFamily(String family, String createOperation, String showOperation, String running,
      List<String> failureStatuses, String unavailableCode, String messageKey, boolean reportsErrorCode) {
    this.family = family;
    this.createOperation = createOperation;
    this.showOperation = showOperation;
    this.running = running;
    this.failureStatuses = failureStatuses;
    this.unavailableCode = unavailableCode;
    this.messageKey = messageKey;
    this.reportsErrorCode = reportsErrorCode;
  }

  /** Creates a resource through the SDK and returns its id. */
  abstract String create(WaiterRig rig, String name);

  /** {@code withId(id).waitUntilRunning(timeout)}: the status the resource ran with. */
  abstract String waitUntilRunning(WaiterRig rig, String id, Duration timeout);

  /** {@code withId(id).waitUntilRunningAsync(timeout)}, the SDK's own future (so a cancel reaches the wait). */
  abstract CompletableFuture<?> waitUntilRunningAsync(WaiterRig rig, String id, Duration timeout);

  /** The simulator's family name ({@code sim.setStatus}, {@code sim.resources}). */
  String family() {
    return family;
  }

  String createOperation() {
    return createOperation;
  }

  String showOperation() {
    return showOperation;
  }

  String running() {
    return running;
  }

  List<String> failureStatuses() {
    return failureStatuses;
  }

  /** Whether the family's waiter spec reads the resource's {@code error_code} into the failure. */
  boolean reportsErrorCode() {
    return reportsErrorCode;
  }

  String unavailableCode() {
    return unavailableCode;
  }

  /** A 503 body in the service's own format. */
  String unavailableBody() {
    return "{\"error_code\":\"" + unavailableCode + "\",\"" + messageKey + "\":\"Service temporarily unavailable\"}";
  }

  boolean isFabric() {
    return name().startsWith("FABRIC");
  }
}
