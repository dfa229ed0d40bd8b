package io.hcsdk.examples;

import io.hcsdk.fabric.EndpointClient;
import io.hcsdk.fabric.FabricClient;
import io.hcsdk.fabric.model.Endpoint;
import java.time.Duration;

/**
 * Creates a Ray Serve endpoint on the real service and waits until it runs. Configure it with
 * the environment: HUAWEICLOUD_SDK_REGION, HUAWEICLOUD_SDK_WORKSPACE_ID and one set of
 * credentials (HUAWEICLOUD_SDK_AUTH_TOKEN, or AK/SK, or IAM user/password/domain).
 */
public final class CreateEndpointAndWait {
  private CreateEndpointAndWait() {}

  public static void main(String[] args) {
    String name = args.length > 0 ? args[0] : "hcsdk-example";
    try (FabricClient fabric = FabricClient.fromEnvironment()) {
      EndpointClient endpoints = fabric.endpoints();
      Endpoint endpoint = endpoints.create(FabricRequests.rayServiceEndpoint(name))
          .waitUntilRunning(Duration.ofMinutes(20));
      System.out.println("Endpoint " + endpoint.id() + " is " + endpoint.status().orElseThrow());
    }
  }
}
