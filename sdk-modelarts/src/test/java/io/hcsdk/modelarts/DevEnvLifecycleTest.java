package io.hcsdk.modelarts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hcsdk.core.error.NotCreatedException;
import io.hcsdk.core.poll.WaiterFailedException;
import io.hcsdk.core.poll.WaiterTimeoutException;
import io.hcsdk.modelarts.model.devenv.CreateDevEnvInstanceRequest;
import io.hcsdk.modelarts.model.devenv.DevEnvInstance;
import io.hcsdk.modelarts.model.devenv.DevEnvSpecInput;
import io.hcsdk.modelarts.model.devenv.DevEnvStatus;
import io.hcsdk.modelarts.model.devenv.DevEnvStorageInput;
import io.hcsdk.modelarts.model.devenv.DevEnvStorageLocationInput;
import io.hcsdk.modelarts.model.devenv.DevEnvStorageType;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.SocketEffect;
import org.junit.jupiter.api.Test;

/**
 * Dev-env instances through their lifecycle: create and wait through the queueing states, start,
 * stop, restart and delete, each failure status with the instance's own error, and a create whose
 * answer was lost.
 */
class DevEnvLifecycleTest extends MockModelArts {
  static String instance(String status) {
    return "{\"id\":\"DE-1\",\"name\":\"notebook-d115\",\"status\":\"" + status + "\"}";
  }

  static CreateDevEnvInstanceRequest create() {
    return CreateDevEnvInstanceRequest.builder().name("notebook-d115").profileId("p").flavor("modelarts.kat1.xlarge")
        .spec(DevEnvSpecInput.builder().storage(DevEnvStorageInput.builder().type(DevEnvStorageType.OBS)
            .location(DevEnvStorageLocationInput.builder().path("/bucket/output/").build()).build()).build())
        .build();
  }

  @Test
  void createWaitsThroughTheQueueingStatesUntilRunning() throws Exception {
    for (String status : List.of("CREATE_QUEUING", "CREATE_QUEUING", "CREATING", "RUNNING")) {
      answer(200, instance(status));
    }

    DevEnvHandle handle = modelarts.devEnvs().create(create());
    DevEnvInstance running = handle.waitUntilRunning();

    assertThat(handle.accepted()).hasValueSatisfying(i -> assertThat(i.status()).contains(DevEnvStatus.CREATE_QUEUING));
    assertThat(running.status()).contains(DevEnvStatus.RUNNING);
    assertThat(next().getMethod()).isEqualTo("POST");
    for (int poll = 0; poll < 3; poll++) {
      assertThat(target(next())).isEqualTo("/v1/proj-1/demanager/instances/DE-1");
    }
    assertThat(time.sleeps()).containsExactly(Duration.ofSeconds(2), Duration.ofSeconds(3), Duration.ofMillis(4500));
  }

  @Test
  void createAndWaitReturnsTheRunningInstance() {
    answer(200, instance("CREATING"));
    answer(200, instance("RUNNING"));

    assertThat(modelarts.devEnvs().createAndWait(create()).status()).contains(DevEnvStatus.RUNNING);
  }

  @Test
  void aCreationFailureCarriesTheErrorCodeAndTheFailedReasons() {
    answer(200, instance("CREATING"));
    answer(200, "{\"id\":\"DE-1\",\"status\":\"CREATE_FAILED\",\"error_code\":\"ModelArts.6404\",\"spec\":{"
        + "\"failed_reasons\":{\"code\":\"ModelArts.6404\",\"message\":\"image pull failed\","
        + "\"detail\":{\"image\":\"atelier/mul-kernel\"}}}}");

    DevEnvHandle handle = modelarts.devEnvs().create(create());

    assertThatThrownBy(handle::waitUntilRunning).isInstanceOfSatisfying(WaiterFailedException.class, e -> {
      assertThat(e.reason()).isEqualTo(WaiterFailedException.Reason.FAILURE_STATUS);
      assertThat(e.lastStatus()).contains("CREATE_FAILED");
      assertThat(e.errorCode()).contains("ModelArts.6404");
      assertThat(e.errorMessage()).contains("image pull failed {image=atelier/mul-kernel}");
      assertThat(e.getMessage()).contains("dev-env instance DE-1", "CREATE_FAILED", "image pull failed");
      assertThat(e.lastResource(DevEnvInstance.class)).hasValueSatisfying(i -> assertThat(
          i.spec().orElseThrow().failedReasons().orElseThrow().detail()).containsEntry("image", "atelier/mul-kernel"));
    });
  }

  @Test
  void everyFailureStatusEndsTheWaitToRunAndTheWaitToStop() {
    for (String status : List.of("CREATE_FAILED", "START_FAILED", "RESIZE_FAILED", "UNAVAILABLE", "DELETED")) {
      answer(200, instance(status));
      assertThatThrownBy(() -> modelarts.devEnvs().withId("DE-1").waitUntilRunning())
          .isInstanceOfSatisfying(WaiterFailedException.class, e -> assertThat(e.lastStatus()).contains(status));
      answer(200, instance(status));
      assertThatThrownBy(() -> modelarts.devEnvs().withId("DE-1").waitUntilStopped())
          .isInstanceOfSatisfying(WaiterFailedException.class, e -> assertThat(e.lastStatus()).contains(status));
    }
  }

  @Test
  void aStartFailureWithoutAnErrorCodeReportsTheFailedReasonsCode() {
    answer(200, "{\"current_status\":\"START_QUEUING\",\"previous_state\":\"STOPPED\"}");
    answer(200, "{\"id\":\"DE-1\",\"status\":\"START_FAILED\",\"spec\":{\"failed_reasons\":"
        + "{\"code\":\"ModelArts.6575\",\"message\":\"no resources\"}}}");

    assertThatThrownBy(() -> modelarts.devEnvs().start("DE-1").waitUntilRunning())
        .isInstanceOfSatisfying(WaiterFailedException.class, e -> {
          assertThat(e.errorCode()).contains("ModelArts.6575");
          assertThat(e.errorMessage()).contains("no resources");
        });
  }

  @Test
  void startWaitsOutAStaleStoppedAndTheStartQueue() throws Exception {
    answer(200, "{\"current_status\":\"START_QUEUING\",\"previous_state\":\"STOPPED\"}");
    for (String status : List.of("STOPPED", "START_QUEUING", "READY_TO_START", "STARTING", "RUNNING")) {
      answer(200, instance(status));
    }

    DevEnvInstance running = modelarts.devEnvs().start("DE-1").waitUntilRunning();

    assertThat(running.status()).contains(DevEnvStatus.RUNNING);
    assertThat(server.getRequestCount()).isEqualTo(6);
  }

  @Test
  void stopWaitsUntilStoppedThroughAStaleRunning() throws Exception {
    answer(200, "{\"current_status\":\"STOPPING\",\"previous_state\":\"RUNNING\"}");
    for (String status : List.of("RUNNING", "STOPPING", "STOPPED")) {
      answer(200, instance(status));
    }

    DevEnvInstance stopped = modelarts.devEnvs().stop("DE-1").waitUntilStopped();

    assertThat(stopped.status()).contains(DevEnvStatus.STOPPED);
    assertThat(body(next()).get("action").asText()).isEqualTo("stop");
  }

  @Test
  void restartPassesThroughStoppingAndStoppedToRunning() throws Exception {
    answer(200, "{\"current_status\":\"RESTARTING\",\"previous_state\":\"RUNNING\"}");
    for (String status : List.of("RESTARTING", "STOPPING", "STOPPED", "STARTING", "RUNNING")) {
      answer(200, instance(status));
    }

    assertThat(modelarts.devEnvs().restart("DE-1").waitUntilRunning().status()).contains(DevEnvStatus.RUNNING);
    assertThat(body(next()).get("action").asText()).isEqualTo("restart");
  }

  @Test
  void queueAndDequeueSendTheirActions() throws Exception {
    answer(200, "{\"current_status\":\"START_QUEUING\",\"previous_state\":\"STOPPED\"}");
    answer(200, "{\"current_status\":\"STOPPED\",\"previous_state\":\"START_QUEUING\"}");

    DevEnvHandle queued = modelarts.devEnvs().queue("DE-1");
    DevEnvHandle dequeued = modelarts.devEnvs().dequeueAsync("DE-1").get(5, TimeUnit.SECONDS);

    assertThat(queued.id()).isEqualTo("DE-1");
    assertThat(dequeued.requestId()).contains("rid-200");
    assertThat(body(next()).get("action").asText()).isEqualTo("queue");
    assertThat(body(next()).get("action").asText()).isEqualTo("dequeue");
  }

  @Test
  void deleteIsDoneWhenTheInstanceAnswers404() throws Exception {
    answer(200, "{\"instance_id\":\"DE-1\"}");
    answer(200, instance("STOPPED"));
    answer(404, "{\"error_code\":\"ModelArts.6309\",\"error_message\":\"The instance does not exist.\"}");

    modelarts.devEnvs().delete("DE-1").waitUntilDeleted();

    assertThat(next().getMethod()).isEqualTo("DELETE");
    assertThat(server.getRequestCount()).isEqualTo(3);
  }

  @Test
  void deleteIsDoneWhenTheInstanceShowsDeleted() {
    answer(200, "{\"instance_id\":\"DE-1\"}");
    answer(200, instance("DELETED"));

    modelarts.devEnvs().withId("DE-1").delete().waitUntilDeleted();

    assertThat(server.getRequestCount()).isEqualTo(2);
  }

  @Test
  void aWaitThatRunsOutSaysWhatTheInstanceLastShowed() {
    for (int i = 0; i < 30; i++) {
      answer(200, instance("START_QUEUING"));
    }

    assertThatThrownBy(() -> modelarts.devEnvs().withId("DE-1").waitUntilRunning(Duration.ofSeconds(20)))
        .isInstanceOfSatisfying(WaiterTimeoutException.class, e -> {
          assertThat(e.lastStatus()).contains("START_QUEUING");
          assertThat(e.polls()).isGreaterThan(1);
        });
  }

  @Test
  void asyncCreateAndWaitAndStopAndWait() throws Exception {
    answer(200, instance("CREATING"));
    answer(200, instance("RUNNING"));
    answer(200, "{\"current_status\":\"STOPPING\",\"previous_state\":\"RUNNING\"}");
    answer(200, instance("STOPPED"));
    try (ModelArtsClient fast = fastClient()) {
      DevEnvInstance running = fast.devEnvs().createAndWaitAsync(create()).get(10, TimeUnit.SECONDS);
      DevEnvInstance stopped = fast.devEnvs().stopAsync(running.id())
          .thenCompose(DevEnvHandle::waitUntilStoppedAsync).get(10, TimeUnit.SECONDS);

      assertThat(running.status()).contains(DevEnvStatus.RUNNING);
      assertThat(stopped.status()).contains(DevEnvStatus.STOPPED);
    }
  }

  @Test
  void aCreateWhoseAnswerWasLostFindsTheInstanceByNameWithoutCreatingTwice() throws Exception {
    server.enqueue(new MockResponse.Builder().onResponseStart(new SocketEffect.CloseSocket()).build());
    answer(200, "{\"total_count\":2,\"instances\":[{\"id\":\"DE-0\",\"name\":\"other\"},"
        + instance("CREATING") + "]}");

    DevEnvHandle handle = modelarts.devEnvs().create(create());

    assertThat(handle.id()).isEqualTo("DE-1");
    assertThat(next().getMethod()).isEqualTo("POST");
    assertThat(target(next())).isEqualTo("/v1/proj-1/demanager/instances?de_type=Notebook&offset=0&limit=0");
    assertThat(server.getRequestCount()).isEqualTo(2);
  }

  @Test
  void aCreateWhoseAnswerWasLostAndThatMadeNothingSaysSo() {
    server.enqueue(new MockResponse.Builder().onResponseStart(new SocketEffect.CloseSocket()).build());
    answer(200, "{\"total_count\":0,\"instances\":[]}");

    assertThatThrownBy(() -> modelarts.devEnvs().create(create())).isInstanceOf(NotCreatedException.class)
        .hasMessageContaining("dev-env instance 'notebook-d115'");
  }
}
