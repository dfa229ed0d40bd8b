package io.hcsdk.testing;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Lists page exactly as each spec says; bad input gets each service's documented 400. */
class PagingAndValidationTest {
  private static final String P = "0b5633ba2b904511ad514346f4d23d4b";

  private CloudSimulator sim;
  private Http m;

  @BeforeEach
  void start() {
    sim = CloudSimulator.start();
    m = Http.authed(sim, sim.modelArtsUrl());
  }

  @AfterEach
  void stop() {
    sim.close();
  }

  @Test
  void poolNodesPageWithAContinueTokenInMetadata() {
    String nodes = "/v2/" + P + "/pools/" + CloudSimulator.SEEDED_POOL + "/nodes?limit=10";
    List<String> names = new ArrayList<>();
    List<Long> remaining = new ArrayList<>();
    String token = "";
    int pages = 0;
    do {
      JsonNode page = m.get(nodes + (token.isEmpty() ? "" : "&continue=" + token)).json();
      page.path("items").forEach(n -> names.add(n.at("/metadata/name").asText()));
      token = page.at("/metadata/continue").asText("");
      remaining.add(page.at("/metadata/remainingItemCount").asLong(-1));
      pages++;
    } while (!token.isEmpty());

    assertThat(pages).isEqualTo(3);
    assertThat(names).hasSize(CloudSimulator.SEEDED_POOL_NODES).doesNotHaveDuplicates();
    assertThat(remaining).containsExactly(15L, 5L, -1L);
    assertThat(m.get(nodes + "&continue=forged").status()).isEqualTo(400);
  }

  @Test
  void anUnknownPoolIsTheDocumented404() {
    Http.Reply reply = m.get("/v2/" + P + "/pools/nope/nodes");

    assertThat(reply.status()).isEqualTo(404);
    assertThat(reply.text()).isEqualTo("{\"error_code\":\"ModelArts.50015001\",\"error_msg\":\"pool not found\"}");
    assertThat(m.get("/v2/" + P + "/pools/nope").status()).isEqualTo(404);
  }

  @Test
  void clustersPageByPageNumber() {
    JsonNode first = m.get("/v1/" + P + "/clusters?limit=2&offset=0&sort_by=cluster_name&order=asc").json();
    JsonNode second = m.get("/v1/" + P + "/clusters?limit=2&offset=1&sort_by=cluster_name&order=asc").json();

    assertThat(first.path("total_count").asInt()).isEqualTo(3);
    assertThat(first.path("count").asInt()).isEqualTo(2);
    assertThat(first.findValuesAsText("cluster_name")).containsExactly("my-cluster-1", "my-cluster-2");
    assertThat(second.findValuesAsText("cluster_name")).containsExactly("my-cluster-3");
  }

  @Test
  void workflowsPageByItemOffsetWithTheirTwoCounts() {
    JsonNode page = m.get("/v2/" + P + "/workflows?offset=10&limit=5").json();
    JsonNode filtered = m.get("/v2/" + P + "/workflows?name=workflow-1&search_type=contain").json();

    assertThat(page.path("items")).hasSize(2);
    assertThat(page.path("count").asInt()).isEqualTo(12);
    assertThat(filtered.path("count").asInt()).as("workflow-10 to workflow-12").isEqualTo(3);
    assertThat(filtered.path("total").asInt()).isEqualTo(12);
  }

  @Test
  void devEnvsListAllWithLimitZeroAndNeedDeType() {
    for (int i = 0; i < 3; i++) {
      m.post("/v1/" + P + "/demanager/instances",
          Fixtures.read("modelarts-create-devenv.request.json").replace("notebook-d115", "nb-" + (3 - i)));
    }

    JsonNode all = m.get("/v1/" + P + "/demanager/instances?de_type=Notebook&limit=0").json();
    Http.Reply noType = m.get("/v1/" + P + "/demanager/instances");

    assertThat(all.path("total_count").asInt()).isEqualTo(3);
    List<String> names = new ArrayList<>();
    all.path("instances").forEach(i -> names.add(i.path("name").asText()));
    assertThat(names).containsExactly("nb-1", "nb-2", "nb-3"); // sorted by name, ascending
    assertThat(noType.status()).isEqualTo(400);
    assertThat(noType.json().path("error_message").asText()).contains("de_type: is required");
  }

  @Test
  void eachServiceAnswersBadInputInItsOwnShape() {
    Http fabric = Http.authed(sim, sim.fabricUrl());
    String badDevEnv = Fixtures.read("modelarts-create-devenv.request.json").replace("/aaaaaaaaa/output/", "/no-slash");
    String badService = Fixtures.read(Fixtures.createServiceExample(1)).replace("\"infer_type\"", "\"x_infer_type\"");

    Http.Reply fabric400 = fabric.post(Fixtures.ENDPOINTS, "{\"name\":\"bad/name\",\"type\":\"job\"}");
    Http.Reply devEnv400 = m.post("/v1/" + P + "/demanager/instances", badDevEnv);
    Http.Reply service400 = m.post("/v1/" + P + "/services", badService);

    assertThat(fabric400.status("error_code")).isEqualTo("common.01000001");
    assertThat(fabric400.status("error_msg")).startsWith("failed to read http request, please check your input, "
        + "code: 400, reason: name: may contain only");
    assertThat(devEnv400.status()).isEqualTo(400);
    assertThat(devEnv400.json().path("error_message").asText())
        .contains("spec.storage.location.path: may contain only a path that ends with a slash");
    assertThat(service400.status()).isEqualTo(400);
    assertThat(service400.status("error_msg")).contains("infer_type: is required");
  }

  @Test
  void typeMismatchesUseTheDocumentedWording() {
    Http.Reply reply = Http.authed(sim, sim.fabricUrl()).post(Fixtures.ENDPOINTS, "{\"name\":\"n\",\"type\":\"job\","
        + "\"reserved_resource\":{\"apu\":{\"spec_code\":\"s\",\"warm_up_num\":\"many\"}}}");

    assertThat(reply.status()).isEqualTo(400);
    assertThat(reply.status("error_msg")).contains("reason: Type mismatch., cause: TypeMismatchException")
        .contains("reserved_resource.apu.warm_up_num: must be an integer");
  }

  @Test
  void readOnlyFamiliesCanStartEmpty() {
    try (CloudSimulator empty = CloudSimulator.builder().seedData(false).start()) {
      JsonNode clusters = Http.authed(empty, empty.modelArtsUrl()).get("/v1/" + P + "/clusters").json();

      assertThat(clusters.path("total_count").asInt()).isZero();
      assertThat(clusters.path("clusters")).isEmpty();
    }
  }
}
