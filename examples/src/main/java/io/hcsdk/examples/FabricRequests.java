package io.hcsdk.examples;

import io.hcsdk.fabric.model.AutoscalingConfig;
import io.hcsdk.fabric.model.CreateEndpointRequest;
import io.hcsdk.fabric.model.DeployServiceInstanceRequest;
import io.hcsdk.fabric.model.Deployment;
import io.hcsdk.fabric.model.EndpointConfig;
import io.hcsdk.fabric.model.EndpointType;
import io.hcsdk.fabric.model.HeadGroupSpecV2;
import io.hcsdk.fabric.model.ModelServiceInstanceConfig;
import io.hcsdk.fabric.model.RayClusterConfig;
import io.hcsdk.fabric.model.RayServeConfig;
import io.hcsdk.fabric.model.RayServiceConfig;
import io.hcsdk.fabric.model.ReservedResource;
import io.hcsdk.fabric.model.ResourceDef;
import io.hcsdk.fabric.model.ResourceDemand;
import io.hcsdk.fabric.model.ServeApplication;
import io.hcsdk.fabric.model.ServeRuntimeEnv;
import io.hcsdk.fabric.model.ServiceInstanceConfig;
import io.hcsdk.fabric.model.SourceRef;
import io.hcsdk.fabric.model.WorkerGroupSpecV2;

/** The requests the examples send, written with the builders as the README shows them. */
final class FabricRequests {
  private FabricRequests() {}

  /** A Ray Serve endpoint with one application of one autoscaled deployment. */
  static CreateEndpointRequest rayServiceEndpoint(String name) {
    return CreateEndpointRequest.builder()
        .name(name)
        .type(EndpointType.RAY_SERVICE)
        .reservedResource(ReservedResource.builder()
            .apu(ResourceDef.builder().specCode("dpu.d1x").warmUpNum(1).maxNum(100).build())
            .build())
        .config(EndpointConfig.builder()
            .rayServiceConfig(RayServiceConfig.builder()
                .rayServeConfig(RayServeConfig.builder()
                    .addApplication(ServeApplication.builder()
                        .name("chat").importPath("app:deployment")
                        .runtimeEnv(ServeRuntimeEnv.builder().workingDir("obs://bucket/app/").putEnvVar("MODE", "prod").build())
                        .addDeployment(Deployment.builder().name("llm").numReplicas(2)
                            .autoscalingConfig(AutoscalingConfig.builder().minReplicas(1).maxReplicas(4).build())
                            .build())
                        .build())
                    .build())
                .rayClusterConfig(RayClusterConfig.builder()
                    .headGroupSpec(HeadGroupSpecV2.builder().build())
                    .addWorkerGroupSpec(WorkerGroupSpecV2.builder().name("workers").minReplicas(1).maxReplicas(4).build())
                    .build())
                .build())
            .build())
        .build();
  }

  /** A model service instance on {@code endpointId}, scaling between 1 and 2 replicas. */
  static DeployServiceInstanceRequest modelInstance(String endpointId, String modelId) {
    return DeployServiceInstanceRequest.builder()
        .name("chat-instance")
        .description("deployed by the hcsdk quickstart")
        .endpointId(endpointId)
        .source(SourceRef.builder().id(modelId).build())
        .config(ServiceInstanceConfig.builder()
            .modelInstanceConfig(ModelServiceInstanceConfig.builder()
                .resource(ResourceDemand.builder().specCode("mu.small").min(1).max(2).build())
                .build())
            .build())
        .build();
  }
}
