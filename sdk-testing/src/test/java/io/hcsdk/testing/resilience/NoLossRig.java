package io.hcsdk.testing.resilience;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.hcsdk.core.ClientConfig;
import io.hcsdk.core.http.CallListener;
import io.hcsdk.fabric.FabricClient;
import io.hcsdk.fabric.model.CreateEndpointRequest;
import io.hcsdk.fabric.model.EndpointType;
import io.hcsdk.modelarts.ModelArtsClient;
import io.hcsdk.testing.AuthMode;
import io.hcsdk.testing.CapturedRequest;
import io.hcsdk.testing.CloudSimulator;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * One "no loss" scenario's world: a simulator on virtual time with the sentinel account, a Fabric
 * client signing with AK/SK and a ModelArts client with a token (both adjusted by the scenario), and
 * an endpoint (created before any fault is armed) that service instances are deployed onto.
 */
final class NoLossRig implements AutoCloseable {
  private final CloudSimulator sim;
  private final FabricClient fabric;
  private final ModelArtsClient modelArts;
  private String hostEndpointId;

  private NoLossRig(UnaryOperator<ClientConfig.Builder> options) {
    this.sim = Sims.start();
    this.fabric = Sims.fabric(sim, AuthMode.AKSK, options);
    this.modelArts = Sims.modelArts(sim, AuthMode.TOKEN, options);
  }

  static NoLossRig start() {
    return new NoLossRig(UnaryOperator.identity());
  }

  static NoLossRig start(UnaryOperator<ClientConfig.Builder> options) {
    return new NoLossRig(options);
  }

  /** With {@code listener} hearing every attempt of both clients. */
  static NoLossRig listening(CallListener listener) {
    return new NoLossRig(b -> b.callListener(listener));
  }

  CloudSimulator sim() {
    return sim;
  }

  FabricClient fabric() {
    return fabric;
  }

  ModelArtsClient modelArts() {
    return modelArts;
  }

  /** The endpoint instances are deployed onto; created on first use, before the scenario arms its faults. */
  synchronized String hostEndpointId() {
    if (hostEndpointId == null) {
      hostEndpointId = fabric.endpoints().create(CreateEndpointRequest.builder().name("no-loss-host")
          .type(EndpointType.INFERENCE).build()).id();
    }
    return hostEndpointId;
  }

  /** The resources of {@code kind} the simulator holds under {@code name}. */
  List<ObjectNode> resourcesNamed(NoLossKind kind, String name) {
    return sim.resources(kind.family).stream().filter(r -> r.path(kind.nameField).asText().equals(name)).toList();
  }

  /** The create requests of {@code kind} the simulator received for {@code name}, in arrival order. */
  List<CapturedRequest> createsNamed(NoLossKind kind, String name) {
    return sim.requests().of(kind.operation).stream()
        .filter(r -> r.bodyJson().path(kind.nameField).asText().equals(name)).toList();
  }

  @Override
  public void close() {
    fabric.close();
    modelArts.close();
    sim.close();
  }
}
