package io.hcsdk.testing;

import static org.assertj.core.api.Assertions.assertThat;

import io.hcsdk.testing.internal.ApiSpec;
import io.hcsdk.testing.internal.OperationSpec;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The simulator serves exactly the specs' operations, and one port can serve every host. */
class SpecRoutingTest {
  private static final Set<String> ALL_HOSTS = Set.of("fabric", "fabric-ep", "modelarts", "iam");

  @Test
  void everyOperationOfBothSpecsIsLoaded() {
    List<String> ids = ApiSpec.get().operations().stream().map(OperationSpec::id).toList();

    assertThat(ids).contains("CreateEndpoint", "ShowEndpoint", "ListEndpoints", "UpdateEndpoint", "DeleteEndpoint",
        "DeployService", "ShowServiceInstance", "ListServiceInstances", "UpdateServiceInstance",
        "DeleteServiceInstance", "CreateDevEnvInstance", "ManageDevEnvInstance", "ListPoolNodes", "CreateService",
        "ShowService", "ListClusters", "ListWorkflows", "ShowWorkflowTodoList", "ListApigApps",
        ApiSpec.IAM_TOKEN_OPERATION);
    assertThat(ids).doesNotHaveDuplicates();
  }

  @Test
  void everyOperationIsRoutedToItselfOnASharedPort() {
    List<String> misrouted = new ArrayList<>();
    for (OperationSpec op : ApiSpec.get().operations()) {
      List<String> segments = concrete(op);
      String routed = ApiSpec.get().route(op.method(), segments, ALL_HOSTS).map(r -> r.operation().id())
          .orElse("nothing");
      if (!routed.equals(op.id())) {
        misrouted.add(op + " went to " + routed);
      }
    }

    assertThat(misrouted).isEmpty();
  }

  @Test
  void noTwoOperationsOfDifferentHostsCompeteForAPath() {
    // Fabric's /v1/workspaces/{ws}/... and ModelArts' /v1/{project_id}/... overlap only where Fabric's path
    // has more literal segments (a project id is never "workspaces"), so path-routing is unambiguous.
    assertThat(ApiSpec.get().ambiguousRoutes()).isEmpty();
  }

  @Test
  void theMostLiteralTemplateWins() {
    List<String> fabricList = List.of("v1", "workspaces", "services", "endpoints");

    assertThat(ApiSpec.get().route("GET", fabricList, ALL_HOSTS).orElseThrow().operation().id())
        .isEqualTo("ListEndpoints");
    assertThat(ApiSpec.get().route("GET", fabricList, Set.of("modelarts")).orElseThrow().operation().id())
        .isEqualTo("ShowService");
  }

  @Test
  void hostsKeepTheirOwnOperations() {
    assertThat(ApiSpec.get().route("GET", List.of("v1", "workspaces", "ws", "endpoints"), Set.of("fabric-ep")))
        .isEmpty();
    assertThat(ApiSpec.get().route("POST", List.of("v3", "auth", "tokens"), Set.of("iam"))).isPresent();
  }

  /** The operation's path with every parameter given a plain value. */
  private static List<String> concrete(OperationSpec op) {
    return Arrays.stream(op.path().text().split("/")).filter(s -> !s.isEmpty())
        .map(s -> s.startsWith("{") ? "p-" + s.substring(1, s.length() - 1).replace('_', '-') : s)
        .collect(Collectors.toList());
  }
}
