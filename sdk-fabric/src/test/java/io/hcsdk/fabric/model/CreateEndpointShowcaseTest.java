package io.hcsdk.fabric.model;

import static io.hcsdk.fabric.model.Examples.assertSameJson;
import static io.hcsdk.fabric.model.Examples.toTree;
import static io.hcsdk.fabric.model.Examples.tree;
import static org.assertj.core.api.Assertions.assertThat;

import io.hcsdk.core.json.Json;
import org.junit.jupiter.api.Test;

/** The README showcase: the documented CreateEndpoint example, written with the builders. */
class CreateEndpointShowcaseTest {
  private static final String CAP = "0b5633ba2b904511ad514346f4d23d4b";

  @Test
  void buildersProduceTheDocumentedCreateRequest() {
    CreateEndpointRequest request = CreateEndpointRequest.builder()
        .name("endpoint1")
        .description("description")
        .type(EndpointType.JOB)
        .reservedResource(ReservedResource.builder()
            .apu(ResourceDef.builder().specCode("dpu.d1x").warmUpNum(1).maxNum(100).build())
            .dpu(SqlResourceDef.builder().specCode("dpu.d1x").warmUpNum(4).maxNum(100).build())
            .mu(ResourceDemand.builder().specCode("string").min(0).max(1).build())
            .build())
        .rayResource(RayResourceInput.builder()
            .headNodeResource(HeadNodeResourceDemand.builder().specCode("string").build())
            .addWorkNodeResource(WorkNodeResourceDemand.builder()
                .name("cpuGroup1")
                .resource(ResourceDemand.builder().specCode("string").min(0).max(1).build())
                .build())
            .build())
        .cap(CapRef.builder().capId(CAP).versionId(CAP).build())
        .config(EndpointConfig.builder()
            .rayServiceConfig(RayServiceConfig.builder()
                .logConfig(RayServiceLogConfig.builder()
                    .lts(RayServiceLogLtsConfig.builder()
                        .enabled(true).logGroupId("string").logStreamId("string").build())
                    .build())
                .rayServeConfig(RayServeConfig.builder()
                    .addApplication(ServeApplication.builder()
                        .name("string")
                        .importPath("string")
                        .addDeployment(Deployment.builder()
                            .name("string")
                            .rayActorOptions(RayActorOptions.builder()
                                .numCpus(0.0).memory(0.0).resources("string").build())
                            .autoscalingConfig(AutoscalingConfig.builder()
                                .targetOngoingRequests(1000)
                                .maxOngoingRequests(1000)
                                .minReplicas(1000)
                                .maxReplicas(1000)
                                .initialReplicas(1000)
                                .upscaleDelayS(86_400)
                                .downscaleDelayS(86_400)
                                .build())
                            .numReplicas(1000)
                            .userConfig(Json.mapper().createObjectNode())
                            .maxReplicasPerNode(1)
                            .build())
                        .runtimeEnv(ServeRuntimeEnv.builder()
                            .workingDir("string")
                            .putEnvVar("additionalProp1", "string")
                            .putEnvVar("additionalProp2", "string")
                            .putEnvVar("additionalProp3", "string")
                            .build())
                        .routePrefix("string")
                        .build())
                    .build())
                .rayClusterConfig(RayClusterConfig.builder()
                    .headGroupSpec(HeadGroupSpecV2.builder()
                        .limits(ResourceSpec.builder().specCode("string").build())
                        .requests(ResourceSpec.builder().specCode("string").build())
                        .build())
                    .addWorkerGroupSpec(WorkerGroupSpecV2.builder()
                        .name("string")
                        .minReplicas(10_000)
                        .maxReplicas(10_000)
                        .limits(ResourceSpec.builder().specCode("string").build())
                        .requests(ResourceSpec.builder().specCode("string").build())
                        .build())
                    .build())
                .addDataInfo(DataBriefInfo.builder().inputPath("OBS://bucket/dir/").build())
                .build())
            .build())
        .addCacheList(CacheConfig.builder().mntPath("string").cacheInsId("string").build())
        .build();

    request.validateOrThrow();
    assertSameJson(toTree(request), tree("fabric-create-endpoint.request.json"));
  }

  @Test
  void aModifiedCopyLeavesTheOriginalUntouched() {
    CreateEndpointRequest original =
        CreateEndpointRequest.builder().name("a").type(EndpointType.SQL).build();
    CreateEndpointRequest renamed =
        CreateEndpointRequest.builder().from(original).name("b").publicAccess(true).build();

    assertThat(original.name()).isEqualTo("a");
    assertThat(original.publicAccess()).isEmpty();
    assertThat(renamed.name()).isEqualTo("b");
    assertThat(renamed.type()).isSameAs(EndpointType.SQL);
    assertThat(renamed).isNotEqualTo(original);
    assertThat(CreateEndpointRequest.builder().from(renamed).build()).isEqualTo(renamed);
  }
}
