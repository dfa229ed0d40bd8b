package io.hcsdk.examples;

import io.hcsdk.fabric.EndpointClient;
import io.hcsdk.fabric.EndpointHandle;
import io.hcsdk.fabric.FabricClient;
import io.hcsdk.fabric.ServiceInstanceClient;
import io.hcsdk.fabric.ServiceInstanceHandle;
import io.hcsdk.fabric.model.Endpoint;
import io.hcsdk.fabric.model.ServiceInstance;
import io.hcsdk.fabric.model.UpdateEndpointRequest;
import java.io.PrintStream;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * The README's quick start, the whole DataArts Fabric flow: create a Ray Serve endpoint from the
 * document's full example and watch it come up, deploy a model service instance on it and wait, list
 * both, update the endpoint and wait, then delete everything and wait until it is gone.
 *
 * <p>Runs on the embedded simulator when no {@code HUAWEICLOUD_SDK_*} credentials are set, otherwise
 * on exactly what the environment names (add {@code HUAWEICLOUD_SDK_WORKSPACE_ID}). Exit code 0 on
 * success; on failure one line saying why ({@code --trace} for the stack trace).
 */
public final class Quickstart {
  private Quickstart() {}

  public static void main(String[] args) {
    Example.main("Quickstart", args, Quickstart::run);
  }

  static int run(String[] args, Map<String, String> env, PrintStream out, PrintStream err) {
    return Example.run("Quickstart", args, env, b -> b, out, err, Quickstart::run);
  }

  static void run(ExampleCloud cloud, String[] args, PrintStream out) {
    FabricClient fabric = cloud.fabric();
    EndpointClient endpoints = fabric.endpoints();
    ServiceInstanceClient instances = fabric.serviceInstances();
    String suffix = UUID.randomUUID().toString().substring(0, 8);

    out.println("Creating Ray Serve endpoint quickstart-" + suffix + " in workspace " + endpoints.workspaceId());
    EndpointHandle created = endpoints.create(FabricRequests.documentedRayServeEndpoint("quickstart-" + suffix));
    String endpointId = created.id();
    created.waitUntilRunning(Progress.printer(out, "endpoint " + endpointId));

    out.println("Deploying a model service instance on it");
    ServiceInstanceHandle deployed = instances.deploy(FabricRequests.modelInstance("chat-" + suffix, endpointId,
        "model-1"));
    ServiceInstance instance = deployed.waitUntilRunning(Progress.printer(out, "instance " + deployed.id()));

    out.println("Endpoints: " + endpoints.stream().map(e -> e.name().orElse("?") + "=" + e.status().orElseThrow())
        .toList());
    out.println("Service instances: " + instances.stream()
        .map(i -> i.name().orElse("?") + "=" + i.status().orElseThrow()).toList());

    out.println("Updating the endpoint's description");
    Endpoint endpoint = endpoints.update(endpointId,
        UpdateEndpointRequest.builder().description("updated by the quickstart").build())
        .waitUntilRunning(Progress.printer(out, "endpoint " + endpointId));
    out.println("Endpoint description: " + endpoint.description().orElse(""));

    out.println("Deleting the service instance and the endpoint");
    Instant start = cloud.config().clock().instant();
    instances.delete(instance.id()).waitUntilDeleted();
    endpoints.delete(endpointId).waitUntilDeleted();
    out.println("  " + Progress.elapsed(java.time.Duration.between(start, cloud.config().clock().instant()))
        + "  both are gone");
    out.println("Final state: endpoint " + endpointId + " deleted, service instance " + instance.id()
        + " deleted; endpoints left named quickstart-" + suffix + ": "
        + endpoints.stream().filter(e -> e.name().filter(("quickstart-" + suffix)::equals).isPresent()).count());
  }
}
