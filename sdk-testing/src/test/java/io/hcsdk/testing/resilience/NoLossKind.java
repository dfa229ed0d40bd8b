package io.hcsdk.testing.resilience;

import io.hcsdk.core.poll.Deletion;
import io.hcsdk.core.resource.WaitableHandle;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * The four creates of the "no loss, no duplicates" scenarios, each with the simulator's names for it
 * (operation, family, name field), the list its client looks a lost create up with, and its delete.
 * Request bodies are the documents' examples with the scenario's name.
 */
enum NoLossKind {
  ENDPOINT("Fabric", "CreateEndpoint", "endpoints", "name", "ListEndpoints", "DeleteEndpoint") {
    @Override
    CompletableFuture<String> createAsync(NoLossRig rig, String name) {
      return rig.fabric().endpoints().createAsync(Requests.endpoint(name)).thenApply(WaitableHandle::id);
    }

    @Override
    String create(NoLossRig rig, String name) {
      return rig.fabric().endpoints().create(Requests.endpoint(name)).id();
    }

    @Override
    Deletion delete(NoLossRig rig, String id) {
      return rig.fabric().endpoints().delete(id);
    }

    @Override
    CompletableFuture<Deletion> deleteAsync(NoLossRig rig, String id) {
      return rig.fabric().endpoints().deleteAsync(id);
    }
  },
  SERVICE_INSTANCE("Fabric", "DeployService", "service-instances", "name", "ListServiceInstances",
      "DeleteServiceInstance") {
    @Override
    CompletableFuture<String> createAsync(NoLossRig rig, String name) {
      return rig.fabric().serviceInstances().deployAsync(Requests.serviceInstance(name, rig.hostEndpointId())).thenApply(WaitableHandle::id);
    }

    @Override
    String create(NoLossRig rig, String name) {
      return rig.fabric().serviceInstances().deploy(Requests.serviceInstance(name, rig.hostEndpointId())).id();
    }

    @Override
    Deletion delete(NoLossRig rig, String id) {
      return rig.fabric().serviceInstances().delete(id);
    }

    @Override
    CompletableFuture<Deletion> deleteAsync(NoLossRig rig, String id) {
      return rig.fabric().serviceInstances().deleteAsync(id);
    }
  },
  DEV_ENV("ModelArts", "CreateDevEnvInstance", "devenvs", "name", "ListDevEnvInstances", "DeleteDevEnvInstance") {
    @Override
    CompletableFuture<String> createAsync(NoLossRig rig, String name) {
      return rig.modelArts().devEnvs().createAsync(Requests.devEnv(name)).thenApply(WaitableHandle::id);
    }

    @Override
    String create(NoLossRig rig, String name) {
      return rig.modelArts().devEnvs().create(Requests.devEnv(name)).id();
    }

    @Override
    Deletion delete(NoLossRig rig, String id) {
      return rig.modelArts().devEnvs().delete(id);
    }

    @Override
    CompletableFuture<Deletion> deleteAsync(NoLossRig rig, String id) {
      return rig.modelArts().devEnvs().deleteAsync(id);
    }
  },
  /** ModelArts CreateService: no list operation is covered, so a lost create cannot be looked up, and it has no delete. */
  MODELARTS_SERVICE("ModelArts", "CreateService", "services", "service_name", null, null) {
    @Override
    CompletableFuture<String> createAsync(NoLossRig rig, String name) {
      return rig.modelArts().services().createAsync(Requests.service(name)).thenApply(WaitableHandle::id);
    }

    @Override
    String create(NoLossRig rig, String name) {
      return rig.modelArts().services().create(Requests.service(name)).id();
    }

    @Override
    Deletion delete(NoLossRig rig, String id) {
      throw new UnsupportedOperationException("ModelArts services have no delete operation in the SDK");
    }

    @Override
    CompletableFuture<Deletion> deleteAsync(NoLossRig rig, String id) {
      throw new UnsupportedOperationException("ModelArts services have no delete operation in the SDK");
    }
  };

  final String service;
  final String operation;
  final String family;
  final String nameField;
  private final String listOperation;
  private final String deleteOperation;

  NoLossKind(String service, String operation, String family, String nameField, String listOperation,
      String deleteOperation) {
    this.service = service;
    this.operation = operation;
    this.family = family;
    this.nameField = nameField;
    this.listOperation = listOperation;
    this.deleteOperation = deleteOperation;
  }

  abstract String create(NoLossRig rig, String name);

  abstract CompletableFuture<String> createAsync(NoLossRig rig, String name);

  abstract Deletion delete(NoLossRig rig, String id);

  abstract CompletableFuture<Deletion> deleteAsync(NoLossRig rig, String id);

  /** The list the client looks a lost create up with; empty when it cannot (CreateService). */
  Optional<String> listOperation() {
    return Optional.ofNullable(listOperation);
  }

  Optional<String> deleteOperation() {
    return Optional.ofNullable(deleteOperation);
  }

  /** Whether a create whose answer was lost is looked up by name (else it surfaces as a TransportException). */
  boolean recoverable() {
    return listOperation != null;
  }

  @Override
  public String toString() {
    return service + " " + operation;
  }
}
