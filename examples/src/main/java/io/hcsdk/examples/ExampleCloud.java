package io.hcsdk.examples;

import io.hcsdk.core.ClientConfig;
import io.hcsdk.core.EnvironmentConfig;
import io.hcsdk.core.auth.EnvironmentCredentials;
import io.hcsdk.fabric.FabricClient;
import io.hcsdk.modelarts.ModelArtsClient;
import io.hcsdk.testing.AuthMode;
import io.hcsdk.testing.CloudSimulator;
import io.hcsdk.testing.Pace;
import java.io.PrintStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * Where an example runs. With any {@code HUAWEICLOUD_SDK_*} credential in the environment: exactly what
 * the environment names (credentials, region, project, workspace, endpoint overrides), real cloud or
 * local server alike. With none: the embedded simulator, on simulated time, so the waits that take
 * minutes in the cloud take milliseconds and no account is needed.
 */
final class ExampleCloud implements AutoCloseable {
  /** Any of these set means "use the environment". */
  static final List<String> CREDENTIAL_VARIABLES = List.of(EnvironmentCredentials.AUTH_TOKEN,
      EnvironmentCredentials.AK, EnvironmentCredentials.SK, EnvironmentCredentials.SECURITY_TOKEN,
      EnvironmentCredentials.IAM_USER, EnvironmentCredentials.IAM_PASSWORD, EnvironmentCredentials.IAM_DOMAIN);

  private final ClientConfig config;
  private final Optional<CloudSimulator> simulator;
  private final List<AutoCloseable> clients = new ArrayList<>();

  private ExampleCloud(ClientConfig config, Optional<CloudSimulator> simulator) {
    this.config = config;
    this.simulator = simulator;
  }

  /**
   * Connects as {@code env} says, telling {@code out} which way in one line.
   *
   * @param adjust a last change to the configuration (tests share their simulator's virtual time this way)
   */
  static ExampleCloud connect(Map<String, String> env, UnaryOperator<ClientConfig.Builder> adjust, PrintStream out) {
    boolean fromEnvironment = CREDENTIAL_VARIABLES.stream().map(env::get)
        .anyMatch(v -> v != null && !v.isBlank());
    if (fromEnvironment) {
      ClientConfig config = adjust.apply(EnvironmentConfig.builder(env)).build();
      out.println("Using the cloud the environment names (" + describe(config) + ").");
      return new ExampleCloud(config, Optional.empty());
    }
    // Paced like the cloud (a status lasts about a minute), on virtual time: minutes pass in milliseconds.
    CloudSimulator sim = CloudSimulator.builder().virtualTime().pace(Pace.after(Duration.ofSeconds(50)))
        .pace("service-instances", Pace.after(Duration.ofSeconds(20))).start();
    out.println("No HUAWEICLOUD_SDK_* credentials are set: running on the embedded simulator, in simulated time.");
    return new ExampleCloud(adjust.apply(sim.clientConfig(AuthMode.TOKEN).toBuilder()).build(), Optional.of(sim));
  }

  ClientConfig config() {
    return config;
  }

  /** The embedded simulator, when there is one. */
  Optional<CloudSimulator> simulator() {
    return simulator;
  }

  FabricClient fabric() {
    FabricClient client = FabricClient.builder().config(config).build();
    clients.add(client);
    return client;
  }

  ModelArtsClient modelArts() {
    ModelArtsClient client = ModelArtsClient.builder().config(config).build();
    clients.add(client);
    return client;
  }

  @Override
  public void close() {
    for (AutoCloseable client : clients) {
      try {
        client.close();
      } catch (Exception ignored) {
        // closing is best effort: the example's own outcome is what matters
      }
    }
    simulator.ifPresent(CloudSimulator::close);
  }

  /** Region and credential kind; never a credential. */
  private static String describe(ClientConfig config) {
    String credentials = config.credentials().map(c -> c.getClass().getSimpleName()).orElse("no credentials");
    return "region " + config.region().orElse("not set") + ", " + credentials
        + config.workspaceId().map(w -> ", workspace " + w).orElse("")
        + config.projectId().map(p -> ", project " + p).orElse("");
  }
}
