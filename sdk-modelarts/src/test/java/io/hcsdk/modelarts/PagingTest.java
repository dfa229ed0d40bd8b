package io.hcsdk.modelarts;

import static org.assertj.core.api.Assertions.assertThat;

import io.hcsdk.core.page.Page;
import io.hcsdk.modelarts.model.apig.ApigApp;
import io.hcsdk.modelarts.model.apig.ListApigAppsRequest;
import io.hcsdk.modelarts.model.apig.ListAppAuthApisRequest;
import io.hcsdk.modelarts.model.cluster.Cluster;
import io.hcsdk.modelarts.model.cluster.ListClustersRequest;
import io.hcsdk.modelarts.model.devenv.DevEnvInstance;
import io.hcsdk.modelarts.model.devenv.DevEnvType;
import io.hcsdk.modelarts.model.devenv.ListDevEnvInstancesRequest;
import io.hcsdk.modelarts.model.pool.ListPoolNodesRequest;
import io.hcsdk.modelarts.model.pool.PoolNode;
import io.hcsdk.modelarts.model.pool.PoolNodeList;
import io.hcsdk.modelarts.model.pool.PoolNodeMetadata;
import io.hcsdk.modelarts.model.workflow.ListWorkflowsRequest;
import io.hcsdk.modelarts.model.workflow.Workflow;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The three paging styles as ModelArts uses them: page numbers (clusters, app-auth lists: "which
 * page to start from"), item offsets (workflows, dev-envs, with {@code limit=0} meaning all) and
 * continue tokens (pool nodes: {@code metadata.continue}, none on the last page).
 */
class PagingTest extends MockModelArts {
  /** {@code format} filled with each value, as the elements of a JSON array. */
  private static String each(String format, String... values) {
    return Arrays.stream(values).map(format::formatted).collect(Collectors.joining(",", "[", "]"));
  }

  private static String clusters(int total, String... ids) {
    return "{\"total_count\":" + total + ",\"count\":" + ids.length + ",\"clusters\":"
        + each("{\"cluster_id\":\"%s\"}", ids) + "}";
  }

  @Test
  void clustersArePagedByPageNumber() throws Exception {
    answer(200, clusters(5, "c1", "c2"));
    answer(200, clusters(5, "c3", "c4"));
    answer(200, clusters(5, "c5"));

    List<String> ids = modelarts.clusters().stream(ListClustersRequest.builder().limit(2).build())
        .map(Cluster::clusterId).toList();

    assertThat(ids).containsExactly("c1", "c2", "c3", "c4", "c5");
    assertThat(target(next())).isEqualTo("/v1/proj-1/clusters?offset=0&limit=2");
    assertThat(target(next())).isEqualTo("/v1/proj-1/clusters?offset=1&limit=2");
    assertThat(target(next())).isEqualTo("/v1/proj-1/clusters?offset=2&limit=2");
  }

  @Test
  void aPageNumberQueryStartsAtThatPageAndItsPageKnowsTheNext() throws Exception {
    answer(200, clusters(5, "c3", "c4"));

    Page<Cluster> page = modelarts.clusters().list(ListClustersRequest.builder().offset(1).limit(2).build());

    assertThat(page.items()).extracting(Cluster::clusterId).containsExactly("c3", "c4");
    assertThat(page.total()).contains(5L);
    assertThat(page.next()).hasValueSatisfying(next -> assertThat(next.offset()).isEqualTo(4));
    assertThat(target(next())).isEqualTo("/v1/proj-1/clusters?offset=1&limit=2");
  }

  @Test
  void appAuthListsArePagedByPageNumberWithTheServicesDefaultOf1000() throws Exception {
    answer(200, "{\"apps\":[{\"app_id\":\"a1\"}],\"count\":1,\"total_count\":1}");
    answer(200, "{\"apps\":[{\"app_id\":\"a1\"}],\"count\":1,\"total_count\":3}");
    answer(200, "{\"apps\":[{\"app_id\":\"a2\"}],\"count\":1,\"total_count\":3}");
    answer(200, "{\"apps\":[{\"app_id\":\"a3\"}],\"count\":1,\"total_count\":3}");

    modelarts.appAuth().apps().list();
    List<String> all = modelarts.appAuth().apps().stream(ListApigAppsRequest.builder().limit(1).build())
        .map(app -> app.appId().orElseThrow()).toList();

    assertThat(target(next())).isEqualTo("/v1/proj-1/app-auth/apps?offset=0&limit=1000");
    assertThat(all).containsExactly("a1", "a2", "a3");
    assertThat(target(next())).endsWith("?offset=0&limit=1");
    assertThat(target(next())).endsWith("?offset=1&limit=1");
    assertThat(target(next())).endsWith("?offset=2&limit=1");
  }

  @Test
  void anAppAuthListWithoutTotalStopsAtAShortPage() throws Exception {
    answer(200, "{\"apis\":[{\"api_id\":\"x1\"},{\"api_id\":\"x2\"}],\"count\":2}");
    answer(200, "{\"apis\":[{\"api_id\":\"x3\"}],\"count\":1}");

    assertThat(modelarts.appAuth().apisOfApp("app-1").stream(
            ListAppAuthApisRequest.builder().limit(2).build()))
        .extracting(api -> api.apiId().orElseThrow()).containsExactly("x1", "x2", "x3");
    assertThat(target(next())).endsWith("/auth-apis?offset=0&limit=2");
    assertThat(target(next())).endsWith("/auth-apis?offset=1&limit=2");
  }

  @Test
  void workflowsArePagedByItemOffsetAndCountIsTheirTotal() throws Exception {
    answer(200, "{\"total\":9,\"count\":3,\"items\":[{\"workflow_id\":\"w1\"},{\"workflow_id\":\"w2\"}]}");
    answer(200, "{\"total\":9,\"count\":3,\"items\":[{\"workflow_id\":\"w3\"}]}");

    List<String> ids = modelarts.workflows().stream(ListWorkflowsRequest.builder().name("wf").limit(2).build())
        .map(workflow -> workflow.workflowId().orElseThrow()).toList();

    assertThat(ids).containsExactly("w1", "w2", "w3");
    assertThat(target(next())).isEqualTo("/v2/proj-1/workflows?name=wf&offset=0&limit=2");
    assertThat(target(next())).isEqualTo("/v2/proj-1/workflows?name=wf&offset=2&limit=2");
  }

  @Test
  void aWorkflowPageStartingAtItemTwentyKnowsTheNextOffset() throws Exception {
    answer(200, "{\"total\":40,\"count\":40,\"items\":[{\"workflow_id\":\"w21\"},{\"workflow_id\":\"w22\"}]}");

    Page<Workflow> page = modelarts.workflows().list(ListWorkflowsRequest.builder().offset(20).limit(2).build());

    assertThat(page.next()).hasValueSatisfying(next -> assertThat(next.offset()).isEqualTo(22));
    assertThat(target(next())).endsWith("?offset=20&limit=2");
  }

  @Test
  void devEnvsListAllAtOnceByDefaultAndStreamByItemOffset() throws Exception {
    answer(200, "{\"total_count\":3,\"instances\":[{\"id\":\"a\"},{\"id\":\"b\"},{\"id\":\"c\"}]}");
    answer(200, "{\"total_count\":3,\"instances\":[{\"id\":\"a\"},{\"id\":\"b\"},{\"id\":\"c\"}]}");
    answer(200, "{\"total_count\":3,\"instances\":[{\"id\":\"a\"},{\"id\":\"b\"}]}");
    answer(200, "{\"total_count\":3,\"instances\":[{\"id\":\"c\"}]}");

    Page<DevEnvInstance> everything = modelarts.devEnvs().list();
    Page<DevEnvInstance> limitZero = modelarts.devEnvs().list(ListDevEnvInstancesRequest.builder()
        .deType(DevEnvType.NOTEBOOK).limit(0).build());
    List<String> streamed = modelarts.devEnvs().stream(ListDevEnvInstancesRequest.builder()
        .deType(DevEnvType.NOTEBOOK).limit(2).build()).map(DevEnvInstance::id).toList();

    assertThat(everything.items()).hasSize(3);
    assertThat(everything.hasNext()).isFalse();
    assertThat(limitZero.items()).hasSize(3);
    assertThat(streamed).containsExactly("a", "b", "c");
    assertThat(target(next())).endsWith("?de_type=Notebook&offset=0&limit=0");
    assertThat(target(next())).endsWith("?de_type=Notebook&offset=0&limit=0");
    assertThat(target(next())).endsWith("?de_type=Notebook&offset=0&limit=2");
    assertThat(target(next())).endsWith("?de_type=Notebook&offset=2&limit=2");
  }

  @Test
  void devEnvsStreamInPagesOfAHundredWithoutALimit() throws Exception {
    answer(200, "{\"total_count\":1,\"instances\":[{\"id\":\"a\"}]}");

    assertThat(modelarts.devEnvs().stream().map(DevEnvInstance::id)).containsExactly("a");
    assertThat(target(next())).endsWith("?de_type=Notebook&offset=0&limit=100");
  }

  private static String nodes(String metadata, String... names) {
    return "{\"kind\":\"NodeList\",\"apiVersion\":\"v2\",\"metadata\":" + metadata + ",\"items\":"
        + each("{\"kind\":\"Node\",\"metadata\":{\"name\":\"%s\"}}", names) + "}";
  }

  @Test
  void poolNodesFollowTheContinueTokenUntilTheLastPageHasNone() throws Exception {
    answer(200, nodes("{\"continue\":\"tok-1\",\"remainingItemCount\":3}", "n1", "n2"));
    answer(200, nodes("{\"continue\":\"tok-2\",\"remainingItemCount\":1}", "n3", "n4"));
    answer(200, nodes("{}", "n5"));

    List<String> names = modelarts.pools().nodes("pool-a").stream(ListPoolNodesRequest.builder().limit(2).build())
        .map(node -> node.metadata().flatMap(PoolNodeMetadata::name).orElseThrow()).toList();

    assertThat(names).containsExactly("n1", "n2", "n3", "n4", "n5");
    assertThat(target(next())).isEqualTo("/v2/proj-1/pools/pool-a/nodes?limit=2");
    assertThat(target(next())).isEqualTo("/v2/proj-1/pools/pool-a/nodes?continue=tok-1&limit=2");
    assertThat(target(next())).isEqualTo("/v2/proj-1/pools/pool-a/nodes?continue=tok-2&limit=2");
  }

  @Test
  void onePageOfNodesKnowsItsTokenAndTheRawAnswerItsRemainingCount() throws Exception {
    answer(200, nodes("{\"continue\":\"tok-1\",\"remainingItemCount\":4}", "n1"));
    answer(200, nodes("{\"continue\":\"tok-2\",\"remainingItemCount\":3}", "n2"));

    Page<PoolNode> page = modelarts.pools().nodes("pool-a").list(ListPoolNodesRequest.builder().limit(1).build());
    PoolNodeList answer = modelarts.pools().nodeList("pool-a",
        ListPoolNodesRequest.builder().continueToken("tok-1").limit(1).build());

    assertThat(page.nextToken()).contains("tok-1");
    assertThat(page.next()).hasValueSatisfying(next -> assertThat(next.token()).contains("tok-1"));
    assertThat(answer.metadata().orElseThrow().remainingItemCount()).contains(3L);
    assertThat(answer.metadata().orElseThrow().continueToken()).contains("tok-2");
    next();
    assertThat(target(next())).isEqualTo("/v2/proj-1/pools/pool-a/nodes?continue=tok-1&limit=1");
  }

  @Test
  void theLastPageOfNodesHasNoNext() {
    answer(200, nodes("{}", "n1"));

    Page<PoolNode> page = modelarts.pools().nodes("pool-a").list();

    assertThat(page.hasNext()).isFalse();
    assertThat(page.nextToken()).isEqualTo(Optional.empty());
  }

  @Test
  void listsAreLazy() {
    answer(200, "{\"apps\":[{\"app_id\":\"a1\"},{\"app_id\":\"a2\"}],\"total_count\":9}");

    List<ApigApp> two = modelarts.appAuth().apps().stream(ListApigAppsRequest.builder().limit(2).build()).limit(2)
        .toList();

    assertThat(two).hasSize(2);
    assertThat(server.getRequestCount()).isEqualTo(1);
  }
}
