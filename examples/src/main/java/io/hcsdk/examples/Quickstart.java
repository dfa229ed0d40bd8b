package io.hcsdk.examples;

import io.hcsdk.core.poll.WaiterFailedException;
import io.hcsdk.fabric.EndpointClient;
import io.hcsdk.fabric.EndpointHandle;
import io.hcsdk.fabric.FabricClient;
import io.hcsdk.fabric.ServiceInstanceClient;
import io.hcsdk.fabric.model.Endpoint;
import io.hcsdk.fabric.model.ServiceInstance;
import io.hcsdk.testing.FabricSimulator;
import java.io.PrintStream;

/**
 * The README's quick start: the whole Fabric flow against the embedded simulator, no cloud
 * account needed. Create an endpoint and wait for it, list, deploy a service instance, see a
 * creation failure and a throttled call handled, then delete everything and wait for it to go.
 */
public final class Quickstart {
  private Quickstart() {}

  public static void main(String[] args) {
    run(System.out);
  }

  static void run(PrintStream out) {
    try (SimulatedFabric simulated = new SimulatedFabric()) {
      FabricSimulator simulator = simulated.simulator;
      FabricClient fabric = simulated.fabric;
      out.println("Fabric simulator at " + simulator.fabricUrl() + " and " + simulator.fabricEpUrl());
      EndpointClient endpoints = fabric.endpoints();

      EndpointHandle created = endpoints.create(FabricRequests.rayServiceEndpoint("quickstart-endpoint"));
      out.println("Created endpoint " + created.id() + ": "
          + created.accepted().flatMap(Endpoint::status).orElseThrow());
      Endpoint endpoint = created.waitUntilRunning();
      out.println("Endpoint " + endpoint.id() + " is " + endpoint.status().orElseThrow());

      ServiceInstanceClient instances = fabric.serviceInstances();
      ServiceInstance instance = instances.deploy(FabricRequests.modelInstance(endpoint.id(), "model-1"))
          .waitUntilRunning();
      out.println("Service instance " + instance.id() + " is " + instance.status().orElseThrow());

      simulator.failCreationOf("doomed-endpoint", "FABRIC.0001", "insufficient quota");
      try {
        endpoints.create(FabricRequests.rayServiceEndpoint("doomed-endpoint")).waitUntilRunning();
      } catch (WaiterFailedException e) {
        out.println("Creation failed as staged: " + e.errorCode().orElse("?") + " " + e.errorMessage().orElse("?"));
      }

      simulator.throttleNext(1);
      out.println("Endpoints in the workspace (the first list call was throttled and retried): "
          + endpoints.stream().map(e -> e.name().orElse("?") + "=" + e.status().orElseThrow()).toList());

      instances.delete(instance.id()).waitUntilDeleted();
      endpoints.stream().forEach(e -> endpoints.delete(e.id()).waitUntilDeleted());
      out.println("Deleted everything; endpoints left: " + endpoints.list().items().size());
    }
  }
}
