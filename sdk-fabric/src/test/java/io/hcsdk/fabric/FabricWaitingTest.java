package io.hcsdk.fabric;

import static io.hcsdk.fabric.FabricClientTest.CREATING;
import static io.hcsdk.fabric.FabricClientTest.WS;
import static io.hcsdk.fabric.FabricClientTest.endpoint;
import static io.hcsdk.fabric.FabricClientTest.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hcsdk.core.error.NotCreatedException;
import io.hcsdk.fabric.model.CreateEndpointRequest;
import io.hcsdk.fabric.model.DeployServiceInstanceRequest;
import io.hcsdk.fabric.model.Endpoint;
import io.hcsdk.fabric.model.EndpointStatus;
import io.hcsdk.fabric.model.EndpointType;
import io.hcsdk.fabric.model.SourceRef;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.SocketEffect;
import org.junit.jupiter.api.Test;

/** Composed create-and-wait, deletes of failed resources, and creates whose answer was lost. */
class FabricWaitingTest extends FabricWireTest {
  private static CreateEndpointRequest create() {
    return CreateEndpointRequest.builder().name("endpoint1").type(EndpointType.RAY_SERVICE).build();
  }

  @Test
  void createAndWaitReturnsTheRunningEndpoint() {
    fabric.enqueue(json(202, CREATING));
    fabric.enqueue(json(200, endpoint("CREATING")));
    fabric.enqueue(json(200, endpoint("RUNNING")));

    Endpoint running = client.endpoints(WS).createAndWait(create());

    assertThat(running.status()).contains(EndpointStatus.RUNNING);
    assertThat(fabric.getRequestCount()).isEqualTo(3);
  }

  @Test
  void cancellingAnAsyncCreateAndWaitStopsThePolling() throws Exception {
    fabric.enqueue(json(202, CREATING));
    // The first poll never answers: cancelling must reach it.
    fabric.enqueue(new MockResponse.Builder().code(200).body(endpoint("CREATING")).headersDelay(1, TimeUnit.HOURS)
        .build());

    CompletableFuture<Endpoint> waiting = client.endpoints(WS).createAndWaitAsync(create());
    fabric.takeRequest(5, TimeUnit.SECONDS); // the create
    assertThat(fabric.takeRequest(5, TimeUnit.SECONDS)).isNotNull(); // the first poll, now in flight
    waiting.cancel(true);

    assertThatThrownBy(() -> waiting.get(5, TimeUnit.SECONDS)).isInstanceOf(CancellationException.class);
    assertThat(fabric.getRequestCount()).isEqualTo(2);
  }

  @Test
  void deletingAFailedServiceInstanceWaitsUntilItIsGone() {
    fabricEp.enqueue(json(204, ""));
    fabricEp.enqueue(json(200, "{\"id\":\"i1\",\"status\":\"FAILED\",\"error_msg\":\"image pull\"}"));
    fabricEp.enqueue(json(200, "{\"id\":\"i1\",\"status\":\"DELETING\"}"));
    fabricEp.enqueue(json(404, "{\"error_code\":\"common.01000001\",\"error_msg\":\"not found\"}"));

    client.serviceInstances(WS).delete("i1").waitUntilDeleted();

    assertThat(fabricEp.getRequestCount()).isEqualTo(4);
  }

  @Test
  void aCreateWhoseAnswerWasLostReturnsTheEndpointItMadeWithoutCreatingTwice() throws Exception {
    fabric.enqueue(new MockResponse.Builder().onResponseStart(new SocketEffect.CloseSocket()).build());
    fabric.enqueue(json(200, "{\"total\":1,\"endpoints\":[{\"id\":\"e7\",\"name\":\"endpoint1\",\"status\":\"CREATING\"}]}"));

    EndpointHandle handle = client.endpoints(WS).create(create());

    assertThat(handle.id()).isEqualTo("e7");
    assertThat(fabric.takeRequest().getMethod()).isEqualTo("POST");
    var lookup = fabric.takeRequest();
    assertThat(lookup.getMethod()).isEqualTo("GET");
    assertThat(lookup.getUrl().queryParameter("name")).isEqualTo("endpoint1");
    assertThat(fabric.getRequestCount()).isEqualTo(2);
  }

  @Test
  void aDeployWhoseAnswerWasLostAndThatMadeNothingSaysSo() {
    fabricEp.enqueue(new MockResponse.Builder().onResponseStart(new SocketEffect.CloseSocket()).build());
    fabricEp.enqueue(json(200, "{\"total\":0,\"service_instances\":[]}"));
    DeployServiceInstanceRequest deploy = DeployServiceInstanceRequest.builder().name("svc1").endpointId("e1")
        .source(SourceRef.builder().id("m1").versionId("v1").build())
        .build();

    assertThatThrownBy(() -> client.serviceInstances(WS).deploy(deploy)).isInstanceOf(NotCreatedException.class)
        .hasMessageContaining("service instance 'svc1'").hasMessageContaining("not created");
    assertThat(fabricEp.getRequestCount()).isEqualTo(2);
  }
}
