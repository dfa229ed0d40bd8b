package io.hcsdk.testing;

import static io.hcsdk.testing.Fixtures.ENDPOINTS;
import static io.hcsdk.testing.Fixtures.INSTANCES;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EndpointListTest {
  private CloudSimulator sim;
  private Http fabric;
  private final List<String> ids = new ArrayList<>();

  @BeforeEach
  void start() {
    sim = CloudSimulator.start();
    fabric = Http.authed(sim, sim.fabricUrl());
    // 12 private "job" endpoints and 3 public "inference" ones, in this order.
    for (int i = 0; i < 12; i++) {
      ids.add(fabric.post(ENDPOINTS, Fixtures.endpoint(String.format("job-%02d", i), "job")).status("id"));
    }
    for (int i = 0; i < 3; i++) {
      ids.add(fabric.post(ENDPOINTS,
          "{\"name\":\"infer-" + i + "\",\"type\":\"inference\",\"public_access\":true}").status("id"));
    }
  }

  @AfterEach
  void stop() {
    sim.close();
  }

  @Test
  void defaultPageIsTheFirstTenInCreationOrderWithTheFullTotal() {
    Http.Reply page = fabric.get(ENDPOINTS);

    assertThat(page.json().path("total").asInt()).isEqualTo(15);
    assertThat(page.column("endpoints", "id")).isEqualTo(ids.subList(0, 10));
  }

  @Test
  void offsetAndLimitPage() {
    Http.Reply page = fabric.get(ENDPOINTS + "?offset=10&limit=4");

    assertThat(page.json().path("total").asInt()).isEqualTo(15);
    assertThat(page.column("endpoints", "id")).isEqualTo(ids.subList(10, 14));
    assertThat(fabric.get(ENDPOINTS + "?offset=15").json().path("endpoints")).isEmpty();
  }

  @Test
  void filtersByNameTypeIdAndVisibility() {
    assertThat(fabric.get(ENDPOINTS + "?name=infer").json().path("total").asInt()).isEqualTo(3);
    assertThat(fabric.get(ENDPOINTS + "?type=job&limit=100").json().path("total").asInt()).isEqualTo(12);
    assertThat(fabric.get(ENDPOINTS + "?visibility=PUBLIC").column("endpoints", "id"))
        .isEqualTo(ids.subList(12, 15));
    assertThat(fabric.get(ENDPOINTS + "?visibility=PRIVATE").json().path("total").asInt()).isEqualTo(12);
    assertThat(fabric.get(ENDPOINTS + "?visibility=ALL").json().path("total").asInt()).isEqualTo(15);
    JsonNode one = fabric.get(ENDPOINTS + "?endpoint_id=" + ids.get(3)).json();
    assertThat(one.path("total").asInt()).isEqualTo(1);
    assertThat(one.at("/endpoints/0/name").asText()).isEqualTo("job-03");
  }

  @Test
  void modelIdFindsTheEndpointsServingThatModel() {
    Http fabricEp = Http.authed(sim, sim.fabricEpUrl());
    fabricEp.post(INSTANCES, Fixtures.instance("svc", ids.get(13), "model-7"));

    assertThat(fabric.get(ENDPOINTS + "?model_id=model-7").column("endpoints", "id")).containsExactly(ids.get(13));
  }

  @Test
  void workspacesAreIsolated() {
    assertThat(fabric.get("/v1/workspaces/other/endpoints").json().path("total").asInt()).isZero();
  }

  @ParameterizedTest
  @ValueSource(strings = {"limit=0", "limit=101", "limit=ten", "offset=-1", "visibility=SECRET"})
  void badQueryIs400(String query) {
    Http.Reply reply = fabric.get(ENDPOINTS + "?" + query);

    assertThat(reply.status()).isEqualTo(400);
    assertThat(reply.status("error_code")).isEqualTo("common.01000001");
  }

  @Test
  void limitBoundsAreInclusive() {
    assertThat(fabric.get(ENDPOINTS + "?limit=1").json().path("endpoints")).hasSize(1);
    assertThat(fabric.get(ENDPOINTS + "?limit=100").json().path("endpoints")).hasSize(15);
  }
}
