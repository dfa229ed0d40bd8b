package io.hcsdk.testing.resilience;

import io.hcsdk.fabric.model.CreateEndpointRequest;
import io.hcsdk.fabric.model.DeployServiceInstanceRequest;
import io.hcsdk.fabric.model.EndpointType;
import io.hcsdk.modelarts.model.devenv.CreateDevEnvInstanceRequest;
import io.hcsdk.modelarts.model.service.CreateServiceRequest;
import io.hcsdk.testing.Fixtures;

/** Valid create requests of the four created kinds, named by the scenario: the documents' examples renamed. */
final class Requests {
  private Requests() {}

  static CreateEndpointRequest endpoint(String name, EndpointType type) {
    return CreateEndpointRequest.builder().name(name).type(type).build();
  }

  static CreateEndpointRequest endpoint(String name) {
    return endpoint(name, EndpointType.JOB);
  }

  static DeployServiceInstanceRequest serviceInstance(String name, String endpointId) {
    return DeployServiceInstanceRequest.fromJson(Fixtures.read("fabric-deploy-service-instance.request.json")
        .replace("serviceInstanceName1", name).replace("b935d0ef-f4eb-4b95-aff1-9d33ae9f57b6", endpointId));
  }

  static CreateDevEnvInstanceRequest devEnv(String name) {
    return CreateDevEnvInstanceRequest.fromJson(Fixtures.read("modelarts-create-devenv.request.json")
        .replace("notebook-d115", name));
  }

  static CreateServiceRequest service(String name) {
    return CreateServiceRequest.fromJson(Fixtures.read(Fixtures.createServiceExample(2))
        .replace("\"mnist\"", "\"" + name + "\""));
  }
}
