package io.hcsdk.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hcsdk.core.poll.WaiterFailedException;
import io.hcsdk.modelarts.ModelArtsClient;
import io.hcsdk.modelarts.model.devenv.CreateDevEnvInstanceRequest;
import io.hcsdk.modelarts.model.devenv.DevEnvInstance;
import io.hcsdk.modelarts.model.pool.PoolNode;
import io.hcsdk.modelarts.model.service.CreateServiceRequest;
import io.hcsdk.modelarts.model.service.Service;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.extension.RegisterExtension;

/** ModelArtsClient against the simulator: lifecycles, waits on virtual time, every paging style. */
class ModelArtsOnTheSimulatorTest {
  @RegisterExtension
  final CloudSimulatorExtension timePaced = CloudSimulatorExtension.with(b -> b.pace(Pace.after(Duration.ofMinutes(1))));

  @ParameterizedTest
  @EnumSource(AuthMode.class)
  void aDevEnvRunsStopsStartsAndIsDeletedInEveryCredentialMode(AuthMode mode) {
    CloudSimulator sim = timePaced.simulator();
    java.time.Instant start = sim.clock().instant();
    try (ModelArtsClient modelArts = sim.modelArtsClient(mode)) {
      DevEnvInstance running = modelArts.devEnvs().createAndWait(devEnv("nb-" + mode.name().toLowerCase()));
      DevEnvInstance stopped = modelArts.devEnvs().stop(running.id()).waitUntilStopped();
      DevEnvInstance restarted = modelArts.devEnvs().start(running.id()).waitUntilRunning();
      modelArts.devEnvs().delete(running.id()).waitUntilDeleted();

      assertThat(running.status().orElseThrow().toString()).isEqualTo("RUNNING");
      assertThat(stopped.status().orElseThrow().toString()).isEqualTo("STOPPED");
      assertThat(restarted.status().orElseThrow().toString()).isEqualTo("RUNNING");
      // The delete wait ends on DELETED, which the instance shows for a minute before it is gone.
      assertThat(sim.resources("devenvs")).allSatisfy(d -> assertThat(d.path("status").asText()).isEqualTo("DELETED"));
      assertThat(Duration.between(start, sim.clock().instant()))
          .as("create, stop and start each took a minute of virtual time")
          .isGreaterThanOrEqualTo(Duration.ofMinutes(3));
    }
  }

  @Test
  void aFailedDeploymentEndsTheWaitWithTheServicesMessage(ModelArtsClient modelArts, CloudSimulator sim) {
    sim.failTransition("services", "create", "doomed", "ModelArts.3520", "image pull failed");
    CreateServiceRequest doomed = CreateServiceRequest.fromJson(
        Fixtures.read(Fixtures.createServiceExample(1)).replaceFirst("\"service_name\"\\s*:\\s*\"[^\"]*\"",
            "\"service_name\":\"doomed\""));

    assertThatThrownBy(() -> modelArts.services().createAndWait(doomed))
        .isInstanceOfSatisfying(WaiterFailedException.class,
            e -> assertThat(e.errorMessage()).contains("image pull failed"));
  }

  @Test
  void anInferenceServiceDeploysAndRuns(ModelArtsClient modelArts) {
    Service running = modelArts.services().createAndWait(
        CreateServiceRequest.fromJson(Fixtures.read(Fixtures.createServiceExample(2))));

    assertThat(running.status().orElseThrow().toString()).isEqualTo("running");
  }

  @Test
  void everyPagingStyleWalksTheSeededData(ModelArtsClient modelArts) {
    List<PoolNode> nodes = modelArts.pools().nodes(CloudSimulator.SEEDED_POOL).stream().toList();

    assertThat(nodes).hasSize(CloudSimulator.SEEDED_POOL_NODES);
    assertThat(modelArts.clusters().stream().count()).isEqualTo(3);
    assertThat(modelArts.workflows().stream().count()).isEqualTo(12);
    assertThat(modelArts.appAuth().apps().stream().count()).isEqualTo(3);
    assertThat(modelArts.workflows().todoList().items()).isNotEmpty();
  }

  private static CreateDevEnvInstanceRequest devEnv(String name) {
    return CreateDevEnvInstanceRequest.fromJson(Fixtures.read("modelarts-create-devenv.request.json")
        .replace("notebook-d115", name));
  }
}
