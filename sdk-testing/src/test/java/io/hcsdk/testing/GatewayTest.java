package io.hcsdk.testing;

import static io.hcsdk.testing.Fixtures.ENDPOINTS;
import static io.hcsdk.testing.Fixtures.INSTANCES;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hcsdk.core.ClientConfig;
import java.util.Map;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What the simulated API gateway does before any resource logic: hosts, auth, request ids, recording. */
class GatewayTest {
  private static final String UNAUTHORIZED =
      "{\"error_code\":\"APIG.1002\",\"error_msg\":\"Incorrect token or token resolution failed\"}";

  private CloudSimulator sim;
  private Http fabric;

  @BeforeEach
  void start() {
    sim = CloudSimulator.start();
    fabric = Http.authed(sim, sim.fabricUrl());
  }

  @AfterEach
  void stop() {
    sim.close();
  }

  @Test
  void missingOrBlankTokenIs401WithTheGatewayBody() {
    Http.Reply none = Http.with(sim.fabricUrl(), Map.of()).get(ENDPOINTS);
    Http.Reply blank = Http.with(sim.fabricEpUrl(), Map.of("X-Auth-Token", " ")).get(INSTANCES);

    assertThat(none.status()).isEqualTo(401);
    assertThat(none.text()).isEqualTo(UNAUTHORIZED);
    assertThat(none.headers().get("X-Request-Id")).isNotBlank();
    assertThat(blank.status()).isEqualTo(401);
  }

  @Test
  void onlyKnownTokensPassAndSignaturesAreVerified() {
    try (CloudSimulator strict = CloudSimulator.builder().token("t").start()) {
      assertThat(Http.with(strict.fabricUrl(), Map.of("X-Auth-Token", "other")).get(ENDPOINTS).status())
          .isEqualTo(401);
      assertThat(Http.with(strict.fabricUrl(), Map.of("X-Auth-Token", "t")).get(ENDPOINTS).status())
          .isEqualTo(200);
      // Issue 10: an AK/SK Authorization header no longer passes on its form alone.
      String signature = "SDK-HMAC-SHA256 Access=AK, SignedHeaders=host;x-sdk-date, Signature=abc";
      Http.Reply forged = Http.with(strict.fabricUrl(), Map.of("Authorization", signature)).get(ENDPOINTS);
      assertThat(forged.status()).isEqualTo(401);
      assertThat(forged.status("error_code")).isEqualTo("APIG.0301");
      assertThat(Http.with(strict.fabricUrl(), Map.of("Authorization", "Bearer x")).get(ENDPOINTS).status())
          .isEqualTo(401);
    }
  }

  @Test
  void aCallSentToTheWrongHostIsTheGateways404() {
    Http fabricEp = Http.authed(sim, sim.fabricEpUrl());

    Http.Reply endpointsOnEp = fabricEp.post(ENDPOINTS, Fixtures.endpoint("x", "job"));
    Http.Reply instancesOnFabric = fabric.get(INSTANCES);

    assertThat(endpointsOnEp.status()).isEqualTo(404);
    assertThat(endpointsOnEp.status("error_code")).isEqualTo("APIG.0101");
    assertThat(instancesOnFabric.status()).isEqualTo(404);
    assertThat(instancesOnFabric.status("error_code")).isEqualTo("APIG.0101");
  }

  @Test
  void unknownPathsAndMethodsAre404EvenWithoutAToken() {
    assertThat(fabric.get("/v2/workspaces/ws/endpoints").status("error_code")).isEqualTo("APIG.0101");
    assertThat(fabric.get(ENDPOINTS + "/id/extra").status("error_code")).isEqualTo("APIG.0101");
    assertThat(fabric.post(ENDPOINTS + "/id", "{}").status("error_code")).isEqualTo("APIG.0101");
    assertThat(Http.with(sim.fabricUrl(), Map.of()).get("/nothing").status()).isEqualTo(404);
  }

  @Test
  void invalidWorkspaceIdIs400() {
    assertThat(fabric.get("/v1/workspaces/bad_ws!/endpoints").status()).isEqualTo(400);
  }

  @Test
  void everyResponseCarriesAFreshRequestIdThatIsAlsoRecorded() {
    Http.Reply first = fabric.get(ENDPOINTS);
    Http.Reply second = fabric.get(ENDPOINTS);

    String id1 = first.headers().get("X-Request-Id");
    assertThat(id1).matches("[0-9a-f]{32}").isNotEqualTo(second.headers().get("X-Request-Id"));
    assertThat(sim.takeRequest().requestId()).isEqualTo(id1);
  }

  @Test
  void requestsAreRecordedWithMethodPathQueryHeadersAndBody() {
    fabric.post(ENDPOINTS, Fixtures.endpoint("rec", "job"));
    fabric.get(ENDPOINTS + "?limit=5&name=rec");
    Http.with(sim.fabricEpUrl(), Map.of()).get(INSTANCES);

    assertThat(sim.requestCount()).isEqualTo(3);
    CapturedRequest post = sim.takeRequest();
    assertThat(post.host()).isEqualTo(SimHost.FABRIC);
    assertThat(post.method()).isEqualTo("POST");
    assertThat(post.path()).isEqualTo(ENDPOINTS);
    assertThat(post.header("x-auth-token")).isEqualTo(sim.account().token());
    assertThat(post.bodyJson().path("name").asText()).isEqualTo("rec");
    CapturedRequest list = sim.takeRequest();
    assertThat(list.query()).isEqualTo("limit=5&name=rec");
    assertThat(list.queryParameter("limit")).isEqualTo("5");
    assertThat(list.body()).isEmpty();
    CapturedRequest rejected = sim.takeRequest();
    assertThat(rejected.host()).isEqualTo(SimHost.FABRIC_EP);
    assertThatThrownBy(sim::takeRequest).isInstanceOf(IllegalStateException.class);
    assertThat(sim.requests().all()).containsExactly(post, list, rejected);

    sim.clearRequests();
    assertThat(sim.requestCount()).isZero();
  }

  @Test
  void configurePointsEveryServiceAtTheSimulator() {
    ClientConfig config = sim.configure(ClientConfig.builder()).build();

    assertThat(config.endpoint(ClientConfig.FABRIC).toString()).startsWith(sim.fabricUrl());
    assertThat(config.endpoint(ClientConfig.FABRIC_EP).toString()).startsWith(sim.fabricEpUrl());
    assertThat(config.endpoint(ClientConfig.MODELARTS).toString()).startsWith(sim.modelArtsUrl());
    assertThat(config.endpoint(ClientConfig.IAM).toString()).startsWith(sim.iamUrl());
    assertThat(sim.fabricUrl()).isNotEqualTo(sim.fabricEpUrl());
  }

  @Test
  void theHostsAreSeparateServersOnLoopback() throws Exception {
    Request request = new Request.Builder().url(sim.fabricEpUrl() + INSTANCES)
        .header("X-Auth-Token", sim.account().token()).post(RequestBody.create(new byte[0])).build();
    try (Response response = Http.CLIENT.newCall(request).execute()) {
      assertThat(response.code()).isEqualTo(400); // reached the instance API: empty body rejected
    }
    assertThat(sim.fabricUrl()).startsWith("http://127.0.0.1:");
  }

  @Test
  void closedSimulatorRefusesConnections() {
    CloudSimulator closed = CloudSimulator.start();
    String url = closed.fabricUrl();
    closed.close();
    closed.close(); // idempotent

    assertThatThrownBy(() -> Http.with(url, Map.of()).get(ENDPOINTS)).isInstanceOf(java.io.UncheckedIOException.class);
  }
}
