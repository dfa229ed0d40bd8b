package io.hcsdk.testing.resilience;


import io.hcsdk.core.ClientConfig;
import io.hcsdk.fabric.FabricClient;
import io.hcsdk.fabric.model.CreateEndpointRequest;
import io.hcsdk.fabric.model.EndpointType;
import io.hcsdk.modelarts.ModelArtsClient;
import io.hcsdk.modelarts.model.devenv.CreateDevEnvInstanceRequest;
import io.hcsdk.testing.AuthMode;
import io.hcsdk.testing.CapturedRequest;
import io.hcsdk.testing.CloudSimulator;
import io.hcsdk.testing.Fixtures;
import java.time.Duration;
import java.util.function.UnaryOperator;

/**
 * The two services the fault-matrix scenarios run against, each through the resource family it
 * creates, shows and lists: Fabric's endpoints and ModelArts' dev-env instances. A scenario names the
 * operations to aim faults at and calls the service through {@link Api}, so one scenario body covers both.
 */
enum FaultsService {
  FABRIC("ShowEndpoint", "ListEndpoints", "CreateEndpoint", "endpoints") {
    @Override
    Api api(CloudSimulator sim, AuthMode mode, UnaryOperator<ClientConfig.Builder> options) {
      FabricClient client = Sims.fabric(sim, mode, options);
      return new Api() {
        @Override
        public String create(String name) {
          return client.endpoints().create(CreateEndpointRequest.builder().name(name).type(EndpointType.JOB).build())
              .id();
        }

        @Override
        public String show(String id) {
          return client.endpoints().get(id).id();
        }

        @Override
        public int list() {
          return client.endpoints().list().items().size();
        }

        @Override
        public void close() {
          client.close();
        }
      };
    }

    @Override
    String errorCode(int status) {
      return "common.00000" + status;
    }

    @Override
    String errorBody(int status) {
      return "{\"error_code\":\"" + errorCode(status) + "\",\"error_msg\":\"injected " + status + "\"}";
    }
  },

  MODELARTS("ShowDevEnvInstance", "ListDevEnvInstances", "CreateDevEnvInstance", "devenvs") {
    @Override
    Api api(CloudSimulator sim, AuthMode mode, UnaryOperator<ClientConfig.Builder> options) {
      ModelArtsClient client = Sims.modelArts(sim, mode, options);
      return new Api() {
        @Override
        public String create(String name) {
          // The documented request example, verbatim but for its name.
          return client.devEnvs().create(CreateDevEnvInstanceRequest.fromJson(
              Fixtures.read("modelarts-create-devenv.request.json").replace("notebook-d115", name))).id();
        }

        @Override
        public String show(String id) {
          return client.devEnvs().get(id).id();
        }

        @Override
        public int list() {
          return client.devEnvs().list().items().size();
        }

        @Override
        public void close() {
          client.close();
        }
      };
    }

    @Override
    String errorCode(int status) {
      return "ModelArts.0" + status;
    }

    @Override
    String errorBody(int status) {
      // The dev-env (demanager) operations say error_message, not error_msg.
      return "{\"error_code\":\"" + errorCode(status) + "\",\"error_message\":\"injected " + status + "\"}";
    }
  };

  /** IAM's token operation, as the simulator routes it. */
  static final String IAM_TOKEN = "KeystoneCreateUserTokenByPassword";

  /** What a scenario does with a service: create, show and list, the way an application would. */
  interface Api extends AutoCloseable {
    /** Creates a resource called {@code name}; returns its id. */
    String create(String name);

    /** Shows the resource; returns the id the answer carried. */
    String show(String id);

    /** Lists the first page; returns how many items it held. */
    int list();

    @Override
    void close();
  }

  final String show;
  final String list;
  final String create;
  final String family;

  FaultsService(String show, String list, String create, String family) {
    this.show = show;
    this.list = list;
    this.create = create;
    this.family = family;
  }

  abstract Api api(CloudSimulator sim, AuthMode mode, UnaryOperator<ClientConfig.Builder> options);

  Api api(CloudSimulator sim, AuthMode mode) {
    return api(sim, mode, UnaryOperator.identity());
  }

  Api api(CloudSimulator sim) {
    return api(sim, AuthMode.TOKEN);
  }

  /** The error code this service's injected errors carry. */
  abstract String errorCode(int status);

  /** An error body of {@code status} in this service's documented shape. */
  abstract String errorBody(int status);

  /** How many resources of this service's family the simulator holds with {@code name}. */
  long resourcesNamed(CloudSimulator sim, String name) {
    return sim.resources(family).stream().filter(r -> r.path("name").asText().equals(name)).count();
  }

  /** The request id the simulator answered the last {@code operation} with. */
  static String lastRequestId(CloudSimulator sim, String operation) {
    return sim.requests().last(operation).map(CapturedRequest::requestId).orElseThrow();
  }

  /**
   * Returns once the simulator has received {@code count} requests of {@code operation} (it records a
   * request before it writes, or delays, the answer); fails after ten seconds instead of hanging.
   */
  static void awaitReceived(CloudSimulator sim, String operation, int count) {
    try {
      sim.requests().awaitCount(operation, count, Duration.ofSeconds(10));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError("interrupted while waiting for " + operation, e);
    }
  }

}
