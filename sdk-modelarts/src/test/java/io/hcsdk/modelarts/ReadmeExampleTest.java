package io.hcsdk.modelarts;

import static org.assertj.core.api.Assertions.assertThat;

import io.hcsdk.modelarts.model.devenv.CreateDevEnvInstanceRequest;
import io.hcsdk.modelarts.model.devenv.DevEnvAutoStopInput;
import io.hcsdk.modelarts.model.devenv.DevEnvInstance;
import io.hcsdk.modelarts.model.devenv.DevEnvSpecInput;
import io.hcsdk.modelarts.model.devenv.DevEnvStatus;
import io.hcsdk.modelarts.model.devenv.DevEnvStorageInput;
import io.hcsdk.modelarts.model.devenv.DevEnvStorageLocationInput;
import io.hcsdk.modelarts.model.devenv.DevEnvStorageType;
import io.hcsdk.modelarts.model.pool.ListPoolNodesRequest;
import io.hcsdk.modelarts.model.pool.PoolNodeMetadata;
import io.hcsdk.modelarts.model.pool.PoolNodePhase;
import io.hcsdk.modelarts.model.pool.PoolNodeStatus;
import io.hcsdk.modelarts.model.service.CreateServiceRequest;
import io.hcsdk.modelarts.model.service.Service;
import io.hcsdk.modelarts.model.service.ServiceConfigInput;
import io.hcsdk.modelarts.model.service.ServiceInferType;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The README's ModelArts section, statement for statement, against the mock host: it compiles and does what it says. */
class ReadmeExampleTest extends MockModelArts {
  private static final String PROFILE_ID = "efa847c0-7359-11eb-b34f-0255ac100057";
  private static final String MODEL_ID = "0e07b41b-173e-42db-8c16-8e1b44cc0d44";

  private static String instance(String status) {
    return DevEnvLifecycleTest.instance(status);
  }

  @Test
  void theReadmeFlowRuns() throws Exception {
    answer(200, instance("CREATE_QUEUING"));
    answer(200, instance("CREATING"));
    answer(200, instance("RUNNING"));
    answer(200, "{\"current_status\":\"STOPPING\",\"previous_state\":\"RUNNING\"}");
    answer(200, instance("STOPPED"));
    answer(200, "{\"current_status\":\"STARTING\",\"previous_state\":\"STOPPED\"}");
    answer(200, instance("RUNNING"));
    answer(200, "{\"instance_id\":\"DE-1\"}");
    answer(404, "{\"error_code\":\"ModelArts.6309\",\"error_message\":\"The instance does not exist.\"}");
    answer(200, "{\"service_id\":\"s1\"}");
    answer(200, "{\"service_id\":\"s1\",\"status\":\"deploying\"}");
    answer(200, "{\"service_id\":\"s1\",\"status\":\"running\",\"access_address\":\"https://infer.example.com/v1/s1\"}");
    answer(200, "{\"metadata\":{\"continue\":\"tok\"},\"items\":[{\"metadata\":{\"name\":\"n1\"},\"status\":"
        + "{\"phase\":\"Available\",\"resources\":{\"nvidia.com/gpu\":\"8\"}}}]}");
    answer(200, "{\"metadata\":{},\"items\":[{\"metadata\":{\"name\":\"n2\"}}]}");
    String profileId = PROFILE_ID;
    String modelId = MODEL_ID;
    List<String> printed = new ArrayList<>();

    // --- as in README.md, with System.out.println as printed::add
    CreateDevEnvInstanceRequest notebook = CreateDevEnvInstanceRequest.builder()
        .name("notebook-d115")
        .profileId(profileId)
        .flavor("modelarts.kat1.xlarge")
        .spec(DevEnvSpecInput.builder()
            .storage(DevEnvStorageInput.builder().type(DevEnvStorageType.OBS)
                .location(DevEnvStorageLocationInput.builder().path("/my-bucket/output/").build())
                .build())
            .autoStop(DevEnvAutoStopInput.builder().enable(true).duration(3600).build())
            .build())
        .build();
    DevEnvInstance running = modelarts.devEnvs().create(notebook).waitUntilRunning();

    modelarts.devEnvs().stop(running.id()).waitUntilStopped();
    modelarts.devEnvs().start(running.id()).waitUntilRunning(Duration.ofMinutes(15));
    modelarts.devEnvs().delete(running.id()).waitUntilDeleted();

    CreateServiceRequest deploy = CreateServiceRequest.builder()
        .inferType(ServiceInferType.REAL_TIME)
        .serviceName("mnist")
        .addConfig(ServiceConfigInput.builder()
            .modelId(modelId).specification("modelarts.vm.cpu.2u").instanceCount(1).weight(100)
            .putEnv("LOAD_EPOCH", "0")
            .build())
        .build();
    Service service = modelarts.services().create(deploy).waitUntilRunning();
    printed.add(service.accessAddress().orElse("-"));

    modelarts.pools().nodes("pool-a")
        .stream(ListPoolNodesRequest.builder().limit(50).build())
        .forEach(node -> printed.add(node.metadata().flatMap(PoolNodeMetadata::name).orElse("?")
            + " " + node.status().flatMap(PoolNodeStatus::phase).map(PoolNodePhase::value).orElse("?")
            + " " + node.status().map(PoolNodeStatus::resources).orElse(Map.of())));
    // --- end of the README's code

    assertThat(running.status()).contains(DevEnvStatus.RUNNING);
    assertThat(printed).containsExactly("https://infer.example.com/v1/s1", "n1 Available {nvidia.com/gpu=8}",
        "n2 ? {}");
    assertThat(server.getRequestCount()).isEqualTo(14);
  }
}
