package io.hcsdk.testing.resilience;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.hcsdk.core.error.ApiException;
import io.hcsdk.core.validate.ValidationException;
import io.hcsdk.core.validate.Violation;
import io.hcsdk.fabric.FabricClient;
import io.hcsdk.modelarts.ModelArtsClient;
import io.hcsdk.testing.AuthMode;
import io.hcsdk.testing.CapturedRequest;
import io.hcsdk.testing.CloudSimulator;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Ids that try to leave their path segment ({@code /}, {@code ..}, {@code %2F}, {@code ?}, spaces,
 * unicode, empty) in every kind of path parameter of both services: an id the documents constrain
 * (workspace, project) and an empty, {@code .} or {@code ..} id are refused before sending with a
 * {@code ValidationException} naming the parameter; any other is percent-encoded, so the simulator
 * receives exactly the operation's path with the id as one segment, decoded back to itself.
 */
@Resilience
class PathParametersTest {
  /** The hostile ids, each tried in every parameter. */
  static final List<String> HOSTILE = List.of("a/b", "../admin", "..", ".", "%2F", "a%2Fb", "a b", "ünïcødé-✓",
      "", "a?b=c#d", "a;b", "\\..\\x");
  /** Refused in any parameter: they would name another path however encoded, or none. */
  private static final Set<String> NEVER_A_SEGMENT = Set.of("", ".", "..");

  /** One path parameter, reached through the fluent client's own method for it. */
  record Target(String label, String operation, String param, boolean scope, Map<String, String> others,
      Call call) {
    @Override
    public String toString() {
      return label + " (" + operation + "): " + (scope ? "every hostile value is refused before sending"
          : "'', '.', '..' refused; '/', '%2F', '?', spaces, unicode sent as exactly one encoded segment");
    }
  }

  @FunctionalInterface
  interface Call {
    void call(FabricClient fabric, ModelArtsClient modelArts, String value);
  }

  static Stream<Target> targets() {
    String ws = InputTargets.WS;
    return Stream.of(
        new Target("Fabric endpoint_id", "ShowEndpoint", "endpoint_id", false, Map.of("workspace_id", ws),
            (f, m, v) -> f.endpoints(ws).get(v)),
        new Target("Fabric instance_id", "ShowServiceInstance", "instance_id", false, Map.of("workspace_id", ws),
            (f, m, v) -> f.serviceInstances(ws).get(v)),
        new Target("Fabric workspace_id", "ListEndpoints", "workspace_id", true, Map.of(),
            (f, m, v) -> f.endpoints(v).list()),
        new Target("ModelArts instance_id", "ShowDevEnvInstance", "instance_id", false, Map.of(),
            (f, m, v) -> m.devEnvs().get(v)),
        new Target("ModelArts service_id", "ShowService", "service_id", false, Map.of(),
            (f, m, v) -> m.services().get(v)),
        new Target("ModelArts pool_name", "ShowPool", "pool_name", false, Map.of(),
            (f, m, v) -> m.pools().get(v)),
        new Target("ModelArts workflow_id", "ShowWorkflowSchedule", "workflow_id", false,
            Map.of("schedule_id", "sc-1"), (f, m, v) -> m.workflows().schedules(v).get("sc-1")),
        new Target("ModelArts schedule_id", "ShowWorkflowSchedule", "schedule_id", false,
            Map.of("workflow_id", "wf-1"), (f, m, v) -> m.workflows().schedules("wf-1").get(v)),
        new Target("ModelArts app_id", "ListAppAuthApis", "app_id", false, Map.of(),
            (f, m, v) -> m.appAuth().apisOfApp(v).list()),
        new Target("ModelArts project_id", "ShowDevEnvInstance", "project_id", true, Map.of("instance_id", "nb-1"),
            (f, m, v) -> m.inProject(v).devEnvs().get("nb-1")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("targets")
  void hostileIdsAreRefusedOrSentAsExactlyOneSegment(Target target) {
    try (CloudSimulator sim = Sims.start();
        FabricClient fabric = Sims.fabric(sim, AuthMode.TOKEN);
        ModelArtsClient modelArts = Sims.modelArts(sim, AuthMode.TOKEN)) {
      InputSpec.Op op = operation(target.operation());
      Map<String, String> fixed = new LinkedHashMap<>(target.others());
      fixed.putIfAbsent("workspace_id", sim.account().workspaceId());
      fixed.putIfAbsent("project_id", sim.account().projectId());
      SoftAssertions soft = new SoftAssertions();
      for (String value : HOSTILE) {
        Throwable thrown = catchThrowable(() -> target.call().call(fabric, modelArts, value));
        String as = target.param() + " = '" + value + "'";
        if (target.scope() || NEVER_A_SEGMENT.contains(value)) {
          soft.check(() -> refused(as, target.param(), thrown));
          soft.check(() -> assertThat(sim.requests().count()).as("%s: requests sent", as).isZero());
        } else {
          soft.check(() -> sentAsOneSegment(as, sim, op, fixed, target.param(), value, thrown));
        }
        sim.clearRequests();
      }
      soft.assertAll();
    }
  }

  private static void refused(String as, String param, Throwable thrown) {
    assertThat(thrown).as("%s must be refused", as).isNotNull();
    assertThat(Sentinels.typed(thrown)).as(as).isInstanceOfSatisfying(ValidationException.class, e ->
        assertThat(e.violations()).extracting(Violation::path).as(as).containsOnly(param));
  }

  private static void sentAsOneSegment(String as, CloudSimulator sim, InputSpec.Op op, Map<String, String> fixed,
      String param, String value, Throwable thrown) {
    assertThat(sim.requests().count()).as("%s: requests sent", as).isEqualTo(1);
    CapturedRequest request = sim.requests().all().get(0);
    List<String> expected = new ArrayList<>();
    for (String segment : op.path().substring(1).split("/")) {
      String name = segment.startsWith("{") ? segment.substring(1, segment.length() - 1) : null;
      expected.add(name == null ? segment : name.equals(param) ? value : fixed.get(name));
    }
    // Decoded, the received path is the template with the id as one whole segment; encoded, no
    // segment holds a raw '/', '?' or '#', and no segment is a dot segment.
    assertThat(request.url().pathSegments()).as("%s: the decoded segments received", as)
        .containsExactlyElementsOf(expected);
    assertThat(request.url().encodedPathSegments()).as("%s: the encoded segments received", as)
        .hasSize(expected.size()).noneMatch(s -> s.contains("/") || s.contains("?") || s.contains("#"))
        .doesNotContain(".", "..");
    assertThat(request.url().queryParameterNames()).as("%s: no query parameter made of the id", as)
        .isSubsetOf(op.params().stream().filter(p -> p.in().equals("query")).map(InputSpec.Param::name).toList());
    assertThat(request.url().fragment()).as("%s: no fragment", as).isNull();
    // The outcome is exactly the simulator's answer: success, or its status with its request id.
    if (thrown == null) {
      assertThat(request.status()).as(as).isBetween(200, 299);
    } else {
      assertThat(Sentinels.typed(thrown)).as(as).isInstanceOfSatisfying(ApiException.class, e -> {
        assertThat(e.httpStatus()).isEqualTo(request.status());
        assertThat(e.requestId()).contains(request.requestId());
      });
    }
  }

  private static InputSpec.Op operation(String operation) {
    for (String service : List.of("fabric", "modelarts")) {
      for (InputSpec.Op op : InputSpec.load(service).operations()) {
        if (op.id().equals(operation)) {
          return op;
        }
      }
    }
    throw new IllegalArgumentException("No operation " + operation);
  }
}
