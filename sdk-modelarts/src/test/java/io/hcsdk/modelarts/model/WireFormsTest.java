package io.hcsdk.modelarts.model;

import static io.hcsdk.modelarts.model.Examples.example;
import static io.hcsdk.modelarts.model.Examples.strict;
import static io.hcsdk.modelarts.model.Examples.toTree;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.hcsdk.modelarts.model.apig.ApigApp;
import io.hcsdk.modelarts.model.apig.ApigAppList;
import io.hcsdk.modelarts.model.cluster.Cluster;
import io.hcsdk.modelarts.model.cluster.ClusterList;
import io.hcsdk.modelarts.model.devenv.DevEnvAutoStop;
import io.hcsdk.modelarts.model.devenv.DevEnvInstance;
import io.hcsdk.modelarts.model.devenv.DevEnvQueuingInfo;
import io.hcsdk.modelarts.model.devenv.DevEnvSpec;
import io.hcsdk.modelarts.model.devenv.DevEnvStatus;
import io.hcsdk.modelarts.model.pool.Pool;
import io.hcsdk.modelarts.model.pool.PoolNode;
import io.hcsdk.modelarts.model.pool.PoolNodeList;
import io.hcsdk.modelarts.model.service.CreateServiceRequest;
import io.hcsdk.modelarts.model.service.ServiceConfigInput;
import io.hcsdk.modelarts.model.service.ServiceStatus;
import io.hcsdk.modelarts.model.workflow.WorkflowList;
import io.hcsdk.modelarts.model.workflow.WorkflowSchedule;
import io.hcsdk.modelarts.model.workflow.WorkflowTodoList;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/**
 * The wire forms of the documents, typed in Java and written back in each field's own form: time
 * as epoch-millisecond strings, as epoch-millisecond numbers past 32 bits, as ISO-8601 with an
 * offset and 6 or 5 fraction digits, and as UTC {@code Z}; {@code weight} as {@code 100} or
 * {@code "70"}; Kubernetes-style maps and unknown fields; open enums.
 */
class WireFormsTest {
  private static final long CREATED = 1614669154682L;

  @Test
  void devEnvTimestampsAreEpochMillisecondStringsReadAsInstantsAndWrittenAsStrings() {
    DevEnvInstance instance = example("modelarts-create-devenv.response-200.json", DevEnvInstance.class);

    assertThat(instance.creationTimestamp()).contains(Instant.ofEpochMilli(CREATED));
    assertThat(instance.latestUpdateTimestamp()).contains(Instant.parse("2021-03-02T07:12:34.682Z"));
    JsonNode written = toTree(DevEnvInstance.builder().id("DE-1").creationTimestamp(Instant.ofEpochMilli(CREATED))
        .build());
    assertThat(written.get("creation_timestamp").isTextual()).isTrue();
    assertThat(written.get("creation_timestamp").asText()).isEqualTo("1614669154682");
  }

  @Test
  void devEnvIntegerTimestampsOverflowAnIntAndStayNumbers() {
    String json = "{\"auto_stop\":{\"stop_timestamp\":1614672754682,\"remain_time\":3600},"
        + "\"resource_reserved_timestamp\":1614669154682}";
    DevEnvSpec spec = strict(json, DevEnvSpec.class);
    DevEnvQueuingInfo queue = strict("{\"begin_timestamp\":1614669154682,\"end_timestamp\":1614669254682}",
        DevEnvQueuingInfo.class);

    assertThat(1614672754682L).isGreaterThan(Integer.MAX_VALUE);
    assertThat(spec.autoStop().flatMap(DevEnvAutoStop::stopTimestamp)).contains(Instant.ofEpochMilli(1614672754682L));
    assertThat(spec.resourceReservedTimestamp()).contains(Instant.ofEpochMilli(CREATED));
    assertThat(queue.endTimestamp()).contains(Instant.ofEpochMilli(1614669254682L));
    assertThat(toTree(spec).at("/auto_stop/stop_timestamp").isIntegralNumber()).isTrue();
    assertThat(toTree(spec).at("/auto_stop/stop_timestamp").asLong()).isEqualTo(1614672754682L);
    assertThat(toTree(queue).get("begin_timestamp").asLong()).isEqualTo(CREATED);
  }

  @Test
  void clusterAndAppTimesAreEpochMillisecondNumbers() {
    Cluster cluster = example("modelarts-list-clusters.response-200.json", ClusterList.class).clusters().get(0);
    ApigApp app = example("modelarts-list-apig-apps.response-200.json", ApigAppList.class).apps().get(0);

    assertThat(cluster.createdAt()).contains(Instant.ofEpochMilli(1574923077927L));
    assertThat(app.createdAt()).contains(Instant.ofEpochMilli(1683173880900L));
    assertThat(app.updatedAt()).contains(Instant.ofEpochMilli(1703160524345L));
    assertThat(toTree(cluster).get("created_at").isIntegralNumber()).isTrue();
    assertThat(toTree(Cluster.builder().clusterId("c").createdAt(Instant.ofEpochMilli(1574923077927L)).build())
        .get("created_at").asLong()).isEqualTo(1574923077927L);
    assertThat(cluster.allocatableCpuCores()).contains(5.5);
  }

  @Test
  void workflowTimesAreIsoWithOffsetAndSixOrFiveFractionDigitsAndComeBackAsSent() {
    OffsetDateTime scheduled = example("modelarts-workflow-schedule.response-200.json", WorkflowSchedule.class)
        .createdAt().orElseThrow();
    WorkflowTodoList todo = example("modelarts-workflow-todolist.response-200.json", WorkflowTodoList.class);
    OffsetDateTime fiveDigits = todo.items().get(4).time().orElseThrow();

    assertThat(scheduled).isEqualTo(OffsetDateTime.of(2022, 11, 2, 9, 40, 52, 714_657_000, ZoneOffset.ofHours(8)));
    assertThat(fiveDigits).isEqualTo(OffsetDateTime.of(2022, 10, 20, 14, 53, 13, 54_120_000, ZoneOffset.ofHours(8)));
    assertThat(toTree(todo).at("/items/4/time").asText()).isEqualTo("2022-10-20T14:53:13.05412+08:00");
    assertThat(toTree(todo).at("/items/0/time").asText()).isEqualTo("2022-10-28T15:31:43.409368+08:00");
    assertThat(example("modelarts-list-workflows.response-200.json", WorkflowList.class).items().get(0)
        .lastModifiedAt()).contains(OffsetDateTime.parse("2022-10-28T16:49:13.056726+08:00"));
  }

  @Test
  void poolTimesAreUtcWithZ() {
    Pool pool = example("modelarts-show-pool.response-200.json", Pool.class);
    PoolNode node = example("modelarts-list-pool-nodes.response-200.json", PoolNodeList.class).items().get(0);

    assertThat(pool.metadata().orElseThrow().creationTimestamp().orElseThrow().toInstant())
        .isEqualTo(Instant.parse("2022-09-16T03:10:40Z"));
    assertThat(toTree(node).at("/metadata/creationTimestamp").asText()).isEqualTo("2022-09-16T05:32:44Z");
  }

  @Test
  void weightIsAnIntegerWhetherSentAsANumberOrAsText() {
    ServiceConfigInput number = example("modelarts-create-service.request-1-real-time.json",
        CreateServiceRequest.class).config().get(0);
    ServiceConfigInput text = example("modelarts-create-service.request-2-real-time.json",
        CreateServiceRequest.class).config().get(0);

    assertThat(number.weight()).contains(100);
    assertThat(text.weight()).contains(70);
    assertThat(toTree(text).get("weight").isInt()).as("written as the number").isTrue();
  }

  @Test
  void kubernetesStyleMapsKeepDottedKeysAndUnknownFieldsStayReachable() {
    Pool pool = example("modelarts-show-pool.response-200.json", Pool.class);
    PoolNode gpu = Examples.strict("{\"kind\":\"Node\",\"status\":{\"phase\":\"Available\",\"resources\":"
        + "{\"nvidia.com/gpu\":\"8\",\"huawei.com/ascend-snt9\":\"0\"},\"conditions\":[{\"type\":\"Ready\"}]},"
        + "\"spec\":{\"flavor\":\"f\",\"taints\":[]}}", PoolNode.class);

    assertThat(pool.metadata().orElseThrow().labels()).containsEntry("os.modelarts/workspace.id", "0");
    assertThat(pool.metadata().orElseThrow().annotations()).containsEntry("os.modelarts/billing.mode", "0");
    assertThat(gpu.status().orElseThrow().resources()).containsEntry("nvidia.com/gpu", "8")
        .containsEntry("huawei.com/ascend-snt9", "0");
    assertThat(gpu.status().orElseThrow().additionalProperties()).containsKey("conditions");
    assertThat(toTree(gpu).at("/status/conditions/0/type").asText()).isEqualTo("Ready");
    assertThat(toTree(gpu).at("/spec/taints").isArray()).isTrue();
  }

  @Test
  void statusesAreOpenEnumsWithTheirGroups() {
    DevEnvInstance hibernated = strict("{\"id\":\"DE-1\",\"status\":\"HIBERNATED\"}", DevEnvInstance.class);

    assertThat(hibernated.status().orElseThrow().isKnown()).isFalse();
    assertThat(toTree(hibernated).get("status").asText()).isEqualTo("HIBERNATED");
    assertThat(DevEnvStatus.CREATE_QUEUING.isTransitional()).isTrue();
    assertThat(DevEnvStatus.START_FAILED.isFailed()).isTrue();
    assertThat(DevEnvStatus.STOPPED.isTransitional() || DevEnvStatus.STOPPED.isFailed()).isFalse();
    assertThat(ServiceStatus.CONCERNING.isHealthy()).isTrue();
    assertThat(ServiceStatus.WAITING.isTransitional()).isTrue();
  }
}
