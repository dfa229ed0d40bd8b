package io.hcsdk.modelarts;

import static io.hcsdk.modelarts.model.Examples.example;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hcsdk.core.error.TransportException;
import io.hcsdk.core.poll.StatusChange;
import io.hcsdk.core.poll.WaitResult;
import io.hcsdk.core.poll.Waiter;
import io.hcsdk.core.poll.WaiterFailedException;
import io.hcsdk.modelarts.internal.ModelArtsWaiters;
import io.hcsdk.modelarts.model.Examples;
import io.hcsdk.modelarts.model.service.CreateServiceRequest;
import io.hcsdk.modelarts.model.service.Service;
import io.hcsdk.modelarts.model.service.ServiceStatus;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.SocketEffect;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Inference services through their lifecycle: deployed, polled through deploying, pending and
 * waiting to running; {@code concerning} as a success with a warning; failed, stopped and
 * finished (and stopping, deleting) as failures with the service's {@code error_msg}.
 */
class ServiceLifecycleTest extends MockModelArts {
  static String service(String status) {
    return "{\"service_id\":\"s1\",\"service_name\":\"mnist\",\"status\":\"" + status
        + "\",\"error_msg\":\"model load timed out\"}";
  }

  private static CreateServiceRequest realTime() {
    return example("modelarts-create-service.request-1-real-time.json", CreateServiceRequest.class);
  }

  @ParameterizedTest
  @ValueSource(strings = {"1-real-time", "2-real-time", "3-real-time", "4-real-time", "5-batch", "6-batch", "7-edge"})
  void everyDocumentedRequestShapeIsSentAsDocumented(String shape) throws Exception {
    String file = "modelarts-create-service.request-" + shape + ".json";
    answer(200, "{\"service_id\":\"s1\"}");

    modelarts.services().create(example(file, CreateServiceRequest.class));

    // Weights sent as text ("70") go as numbers, and the edge example's empty envs map is left out;
    // gpu_p4 (a Double) goes as 0.0 for 0.
    Examples.assertSameJson(body(next()), Examples.normalised(Examples.tree(file)));
  }

  @Test
  void createThenWaitUntilRunningPollsThroughDeployingPendingAndWaiting() throws Exception {
    answer(200, "{\"service_id\":\"s1\",\"resource_ids\":[\"r1\"]}");
    for (String status : List.of("deploying", "pending", "waiting", "running")) {
      answer(200, service(status));
    }

    ServiceHandle handle = modelarts.services().create(realTime());
    Service running = handle.waitUntilRunning();

    assertThat(handle.id()).isEqualTo("s1");
    assertThat(handle.accepted()).isEmpty();
    assertThat(running.status()).contains(ServiceStatus.RUNNING);
    next();
    assertThat(target(next())).isEqualTo("/v1/proj-1/services/s1");
    assertThat(server.getRequestCount()).isEqualTo(5);
  }

  @Test
  void createAndWaitInOneCall() throws Exception {
    answer(200, "{\"service_id\":\"s1\"}");
    answer(200, service("running"));

    assertThat(modelarts.services().createAndWait(realTime()).serviceId()).isEqualTo("s1");
    assertThat(server.getRequestCount()).isEqualTo(2);
  }

  @Test
  void concerningEndsTheWaitAsASuccessWithAWarning() {
    answer(200, "{\"service_id\":\"s1\"}");
    answer(200, service("deploying"));
    answer(200, service("concerning"));

    Service concerning = modelarts.services().create(realTime()).waitUntilRunning();

    assertThat(concerning.status()).contains(ServiceStatus.CONCERNING);
  }

  @Test
  void theConcerningWarningIsAnEventWithTheServicesMessage() {
    List<StatusChange> changes = new ArrayList<>();
    Waiter<Service> waiter = Waiter.builder(ModelArtsWaiters.SERVICE_RUNNING).clock(time).sleeper(time)
        .listener(changes::add).build();
    List<Service> shown = new ArrayList<>(List.of(Service.fromJson(service("deploying")),
        Service.fromJson(service("concerning"))));

    WaitResult<Service> result = waiter.waitFor(() -> shown.remove(0));

    assertThat(result.warning()).hasValueSatisfying(warning -> assertThat(warning).contains("concerning",
        "model load timed out"));
    assertThat(changes).last().satisfies(change -> {
      assertThat(change.kind()).isEqualTo(StatusChange.Kind.SUCCESS_WITH_WARNING);
      assertThat(change.isWarning()).isTrue();
    });
  }

  @Test
  void failedStoppedAndFinishedEndTheWaitWithTheErrorMessage() {
    for (String status : List.of("failed", "stopped", "finished", "stopping", "deleting")) {
      answer(200, service(status));
      assertThatThrownBy(() -> modelarts.services().withId("s1").waitUntilRunning())
          .isInstanceOfSatisfying(WaiterFailedException.class, e -> {
            assertThat(e.lastStatus()).contains(status);
            assertThat(e.errorMessage()).contains("model load timed out");
            assertThat(e.getMessage()).contains("service s1");
          });
    }
  }

  @Test
  void a404RightAfterTheCreateIsWaitedOut() {
    answer(200, "{\"service_id\":\"s1\"}");
    answer(404, "{\"error_code\":\"ModelArts.3502\",\"error_msg\":\"service not found\"}");
    answer(200, service("running"));

    assertThat(modelarts.services().create(realTime()).waitUntilRunning().status()).contains(ServiceStatus.RUNNING);
  }

  @Test
  void aCreateWhoseAnswerWasLostIsNeverSentTwice() {
    server.enqueue(new MockResponse.Builder().onResponseStart(new SocketEffect.CloseSocket()).build());

    assertThatThrownBy(() -> modelarts.services().create(realTime())).isInstanceOfSatisfying(TransportException.class,
        e -> assertThat(e.mayHaveReachedServer()).isTrue());
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void asyncCreateAndWait() throws Exception {
    answer(200, "{\"service_id\":\"s1\"}");
    answer(200, service("running"));

    try (ModelArtsClient fast = fastClient()) {
      Service running = fast.services().createAndWaitAsync(realTime()).get(10, TimeUnit.SECONDS);

      assertThat(running.status()).contains(ServiceStatus.RUNNING);
    }
  }
}
