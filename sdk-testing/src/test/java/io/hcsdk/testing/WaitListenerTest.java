package io.hcsdk.testing;

import static org.assertj.core.api.Assertions.assertThat;

import io.hcsdk.core.poll.StatusChange;
import io.hcsdk.fabric.FabricClient;
import io.hcsdk.fabric.model.CreateEndpointRequest;
import io.hcsdk.fabric.model.EndpointType;
import io.hcsdk.modelarts.ModelArtsClient;
import io.hcsdk.modelarts.model.devenv.CreateDevEnvInstanceRequest;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** A handle's wait tells a listener every status the resource passes through, sync and async. */
@ExtendWith(CloudSimulatorExtension.class)
class WaitListenerTest {

  @Test
  void waitUntilRunningTellsTheListenerEveryStatusUntilRunning(FabricClient fabric) {
    List<StatusChange> heard = new CopyOnWriteArrayList<>();

    fabric.endpoints().create(CreateEndpointRequest.builder().name("heard").type(EndpointType.JOB).build())
        .waitUntilRunning(heard::add);

    assertThat(heard).extracting(StatusChange::current).endsWith("RUNNING").hasSizeGreaterThan(1);
    assertThat(heard).allSatisfy(change -> assertThat(change.description()).hasValueSatisfying(
        d -> assertThat(d).startsWith("endpoint ")));
  }

  @Test
  void theAsyncWaitTellsTheListenerToo(ModelArtsClient modelArts) throws Exception {
    List<String> heard = new CopyOnWriteArrayList<>();

    modelArts.devEnvs().create(CreateDevEnvInstanceRequest.fromJson(Fixtures.read("modelarts-create-devenv.request.json")))
        .waitUntilRunningAsync(change -> heard.add(change.current())).get(30, TimeUnit.SECONDS);

    assertThat(heard).endsWith("RUNNING").hasSizeGreaterThan(1);
  }
}
