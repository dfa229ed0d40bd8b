package io.hcsdk.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.hcsdk.core.ClientConfig;
import io.hcsdk.core.EnvironmentConfig;
import io.hcsdk.core.auth.EnvironmentCredentials;
import io.hcsdk.testing.AuthMode;
import io.hcsdk.testing.CloudSimulator;
import io.hcsdk.testing.FakeTime;
import io.hcsdk.testing.Pace;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every example runs to exit code 0 on the embedded simulator (no credentials in the environment) and
 * against a simulator the environment names, in each credential mode, printing its final states; a
 * failure is one line and a non-zero exit code.
 */
class ExamplesTest {
  /** An example as the tests run it. */
  private record Program(String name, Example.Body body, List<String> finalLines) {
    @Override
    public String toString() {
      return name;
    }
  }

  private static final List<Program> PROGRAMS = List.of(
      new Program("Quickstart", Quickstart::run, List.of("is RUNNING", "Endpoint description: updated by the quickstart",
          "Final state: endpoint ", " deleted; endpoints left named quickstart-")),
      new Program("NotebookExample", NotebookExample::run, List.of("is RUNNING", "is STOPPED",
          "was RUNNING, then STOPPED, now deleted")),
      new Program("InferenceServiceExample", InferenceServiceExample::run, List.of("Final state: service ",
          " is running at https://")),
      new Program("ListResources", ListResources::run, List.of("Clusters (pages of 2): [my-cluster-",
          "node page 3: 5 nodes, the last", "has 25 nodes", "Workflows (pages of 5): 12", "To-do list: ",
          "Final state: listed 3 clusters, 12 workflows, 3 apps")));

  private static Stream<Arguments> everyExampleInEveryMode() {
    return PROGRAMS.stream().flatMap(p -> Stream.of(AuthMode.values()).map(m -> Arguments.of(p, m)));
  }

  private static Stream<Program> everyExample() {
    return PROGRAMS.stream();
  }

  @ParameterizedTest(name = "{0} on the embedded simulator")
  @MethodSource("everyExample")
  void runsOnTheEmbeddedSimulatorWithoutCredentials(Program program) {
    Run run = run(program, Map.of(), UnaryOperator.identity());

    assertThat(run.code).as(run.err).isZero();
    assertThat(run.err).isEmpty();
    assertThat(run.out).startsWith("No HUAWEICLOUD_SDK_* credentials are set: running on the embedded simulator")
        .contains(program.finalLines());
  }

  @ParameterizedTest(name = "{0} with {1} credentials from the environment")
  @MethodSource("everyExampleInEveryMode")
  void runsAgainstWhatTheEnvironmentNames(Program program, AuthMode mode) {
    FakeTime time = new FakeTime();
    try (CloudSimulator sim = CloudSimulator.builder().virtualTime(time).pace(Pace.reads(1)).start()) {
      // The test shares the simulator's virtual time with the example's client, as a user's test would.
      Run run = run(program, environment(sim, mode),
          b -> b.clock(time).sleeper(time).scheduler(sim.scheduler().orElseThrow()));

      assertThat(run.code).as(run.err).isZero();
      assertThat(run.out).startsWith("Using the cloud the environment names (region cn-north-4, ")
          .contains(program.finalLines());
      assertThat(sim.requests().count()).isPositive();
      sim.requests().assertCount("KeystoneCreateUserTokenByPassword", mode == AuthMode.IAM ? 1 : 0);
      // Every answer a success, but the 404s that end a delete wait.
      assertThat(sim.requests().all()).allSatisfy(r -> assertThat(r.status() < 300 || r.status() == 404).isTrue());
    }
  }

  @Test
  void aFailureIsOneLineAndANonZeroExitCode() {
    try (CloudSimulator sim = CloudSimulator.start()) {
      Map<String, String> env = environment(sim, AuthMode.TOKEN);
      env.put(EnvironmentCredentials.AUTH_TOKEN, "a-token-nobody-issued");

      Run quiet = run(new Program("Quickstart", Quickstart::run, List.of()), env, UnaryOperator.identity());
      Run traced = run(new Program("Quickstart", Quickstart::run, List.of()), env, UnaryOperator.identity(),
          "--trace");

      assertThat(quiet.code).isEqualTo(1);
      assertThat(quiet.err.lines()).singleElement().asString()
          .startsWith("Quickstart failed: ").contains("APIG.1002").doesNotContain("a-token-nobody-issued");
      assertThat(traced.code).isEqualTo(1);
      assertThat(traced.err).contains("\tat io.hcsdk.");
    }
  }

  @Test
  void halfSetCredentialsAreReportedNotIgnored() {
    Run run = run(PROGRAMS.get(0), Map.of(EnvironmentCredentials.AK, "only-the-ak"), UnaryOperator.identity());

    assertThat(run.code).isEqualTo(1);
    assertThat(run.err).startsWith("Quickstart failed: No Huawei Cloud credentials found in the environment")
        .contains(EnvironmentCredentials.SK);
  }

  @Test
  void theErrorsExampleShowsEveryKindOfFailure() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    ErrorsExample.run(new PrintStream(bytes, true, StandardCharsets.UTF_8));

    assertThat(bytes.toString(StandardCharsets.UTF_8))
        .contains("Rejected before sending: name: may contain only")
        .contains("Rejected before sending: reserved_resource.apu.max_num: must be between 1 and 1000 (was 5000)")
        .containsPattern("Not found: common.01000001 .* \\(request id [0-9a-f]{32}\\)")
        .contains("After two 503 pages from a proxy the list still works: 0 endpoints")
        .containsPattern("Gave up after 4 attempts: HTTP 500 common.00000500: internal error");
  }

  /** The variables a user would export to point the SDK at this simulator. */
  static Map<String, String> environment(CloudSimulator sim, AuthMode mode) {
    Map<String, String> env = new HashMap<>();
    env.put(EnvironmentConfig.REGION, "cn-north-4");
    env.put(EnvironmentConfig.ENDPOINT_FABRIC, sim.fabricUrl());
    env.put(EnvironmentConfig.ENDPOINT_FABRIC_EP, sim.fabricEpUrl());
    env.put(EnvironmentConfig.ENDPOINT_MODELARTS, sim.modelArtsUrl());
    env.put(EnvironmentConfig.IAM_ENDPOINT, sim.iamUrl());
    env.put(EnvironmentConfig.PROJECT_ID, sim.account().projectId());
    env.put(EnvironmentConfig.WORKSPACE_ID, sim.account().workspaceId());
    switch (mode) {
      case TOKEN -> env.put(EnvironmentCredentials.AUTH_TOKEN, sim.account().token());
      case AKSK -> {
        env.put(EnvironmentCredentials.AK, sim.account().accessKey());
        env.put(EnvironmentCredentials.SK, sim.account().secretKey());
      }
      case IAM -> {
        env.put(EnvironmentCredentials.IAM_USER, sim.account().iamUser());
        env.put(EnvironmentCredentials.IAM_PASSWORD, sim.account().iamPassword());
        env.put(EnvironmentCredentials.IAM_DOMAIN, sim.account().iamDomain());
      }
    }
    return env;
  }

  private record Run(int code, String out, String err) {}

  private static Run run(Program program, Map<String, String> env, UnaryOperator<ClientConfig.Builder> adjust,
      String... extraArgs) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    String[] args = program.name().equals("ListResources")
        ? Stream.concat(Stream.of(CloudSimulator.SEEDED_POOL), Stream.of(extraArgs)).toArray(String[]::new)
        : extraArgs;
    if (env.isEmpty()) {
      args = extraArgs; // the embedded simulator's pool is used without naming it
    }
    int code = Example.run(program.name(), args, env, adjust, new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8), program.body());
    return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }
}
