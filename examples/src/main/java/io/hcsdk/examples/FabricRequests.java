package io.hcsdk.examples;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.hcsdk.fabric.model.AutoscalingConfig;
import io.hcsdk.fabric.model.CacheConfig;
import io.hcsdk.fabric.model.CapRef;
import io.hcsdk.fabric.model.CreateEndpointRequest;
import io.hcsdk.fabric.model.DataBriefInfo;
import io.hcsdk.fabric.model.DeployServiceInstanceRequest;
import io.hcsdk.fabric.model.Deployment;
import io.hcsdk.fabric.model.EndpointConfig;
import io.hcsdk.fabric.model.EndpointType;
import io.hcsdk.fabric.model.HeadGroupSpecV2;
import io.hcsdk.fabric.model.HeadNodeResourceDemand;
import io.hcsdk.fabric.model.ModelServiceInstanceConfig;
import io.hcsdk.fabric.model.RayActorOptions;
import io.hcsdk.fabric.model.RayClusterConfig;
import io.hcsdk.fabric.model.RayResourceInput;
import io.hcsdk.fabric.model.RayServeConfig;
import io.hcsdk.fabric.model.RayServiceConfig;
import io.hcsdk.fabric.model.RayServiceLogConfig;
import io.hcsdk.fabric.model.RayServiceLogLtsConfig;
import io.hcsdk.fabric.model.ReservedResource;
import io.hcsdk.fabric.model.ResourceDef;
import io.hcsdk.fabric.model.ResourceDemand;
import io.hcsdk.fabric.model.ResourceSpec;
import io.hcsdk.fabric.model.ServeApplication;
import io.hcsdk.fabric.model.ServeRuntimeEnv;
import io.hcsdk.fabric.model.ServiceInstanceConfig;
import io.hcsdk.fabric.model.SourceRef;
import io.hcsdk.fabric.model.SqlResourceDef;
import io.hcsdk.fabric.model.WorkNodeResourceDemand;
import io.hcsdk.fabric.model.WorkerGroupSpecV2;

/** The requests the Fabric examples send, written with the builders as the README shows them. */
final class FabricRequests {
  private FabricRequests() {}

  /**
   * CreateEndpoint's example request from the document, every object of it, as a Ray service: reserved
   * resources, the Ray cluster's nodes, the image package, the Ray Serve application with its deployment,
   * actor options and autoscaling, log dumping to LTS, input data and a distributed cache. The document's
   * "string" placeholders are given plausible values.
   */
  static CreateEndpointRequest documentedRayServeEndpoint(String name) {
    return CreateEndpointRequest.builder()
        .name(name)
        .description("Ray Serve endpoint created by the hcsdk quickstart")
        .type(EndpointType.RAY_SERVICE)
        .reservedResource(ReservedResource.builder()
            .apu(ResourceDef.builder().specCode("dpu.d1x").warmUpNum(1).maxNum(100).build())
            .dpu(SqlResourceDef.builder().specCode("dpu.d1x").warmUpNum(4).maxNum(100).build())
            .mu(ResourceDemand.builder().specCode("mu.small").min(0).max(1).build())
            .build())
        .rayResource(RayResourceInput.builder()
            .headNodeResource(HeadNodeResourceDemand.builder().specCode("ray.head.small").build())
            .addWorkNodeResource(WorkNodeResourceDemand.builder().name("cpuGroup1")
                .resource(ResourceDemand.builder().specCode("ray.worker.small").min(0).max(1).build())
                .build())
            .build())
        .cap(CapRef.builder().capId("0b5633ba2b904511ad514346f4d23d4b").versionId("0b5633ba2b904511ad514346f4d23d4b")
            .build())
        .config(EndpointConfig.builder()
            .rayServiceConfig(RayServiceConfig.builder()
                .logConfig(RayServiceLogConfig.builder()
                    .lts(RayServiceLogLtsConfig.builder().enabled(true).logGroupId("log-group-1")
                        .logStreamId("log-stream-1").build())
                    .build())
                .rayServeConfig(RayServeConfig.builder()
                    .addApplication(ServeApplication.builder()
                        .name("chat").importPath("app:deployment").routePrefix("/chat")
                        .runtimeEnv(ServeRuntimeEnv.builder().workingDir("obs://bucket/app/")
                            .putEnvVar("MODE", "prod").build())
                        .addDeployment(Deployment.builder()
                            .name("llm")
                            .rayActorOptions(RayActorOptions.builder().numCpus(0).memory(0).resources("{}").build())
                            .autoscalingConfig(AutoscalingConfig.builder()
                                .targetOngoingRequests(1000).maxOngoingRequests(1000)
                                .minReplicas(1000).maxReplicas(1000).initialReplicas(1000)
                                .upscaleDelayS(86400).downscaleDelayS(86400).build())
                            .numReplicas(1000)
                            .userConfig(JsonNodeFactory.instance.objectNode())
                            .maxReplicasPerNode(1)
                            .build())
                        .build())
                    .build())
                .rayClusterConfig(RayClusterConfig.builder()
                    .headGroupSpec(HeadGroupSpecV2.builder()
                        .limits(ResourceSpec.builder().specCode("ray.head.small").build())
                        .requests(ResourceSpec.builder().specCode("ray.head.small").build())
                        .build())
                    .addWorkerGroupSpec(WorkerGroupSpecV2.builder().name("workers").minReplicas(10000)
                        .maxReplicas(10000)
                        .limits(ResourceSpec.builder().specCode("ray.worker.small").build())
                        .requests(ResourceSpec.builder().specCode("ray.worker.small").build())
                        .build())
                    .build())
                .addDataInfo(DataBriefInfo.builder().inputPath("OBS://bucket/dir/").build())
                .build())
            .build())
        .addCacheList(CacheConfig.builder().mntPath("/mnt/cache").cacheInsId("cache-instance-1").build())
        .build();
  }

  /** A model service instance on {@code endpointId}, scaling between 1 and 2 replicas. */
  static DeployServiceInstanceRequest modelInstance(String name, String endpointId, String modelId) {
    return DeployServiceInstanceRequest.builder()
        .name(name)
        .description("deployed by the hcsdk quickstart")
        .endpointId(endpointId)
        .source(SourceRef.builder().id(modelId).versionId("v1").build())
        .config(ServiceInstanceConfig.builder()
            .modelInstanceConfig(ModelServiceInstanceConfig.builder()
                .resource(ResourceDemand.builder().specCode("mu.small").min(1).max(2).build())
                .build())
            .build())
        .build();
  }
}
