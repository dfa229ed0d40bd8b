package io.hcsdk.testing;

import static io.hcsdk.testing.Fixtures.ENDPOINTS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The generic state machine: paced by Show calls or by the clock, for every family with a lifecycle. */
class LifecycleTest {
  private static final String PROJECT = "p1";
  private static final String DEVENVS = "/v1/" + PROJECT + "/demanager/instances";

  @Test
  void aDevEnvIsCreatedStoppedStartedAndDeletedOneShowCallPerStatus() {
    try (CloudSimulator sim = CloudSimulator.builder().pace(Pace.reads(1)).start()) {
      Http m = Http.authed(sim, sim.modelArtsUrl());
      Http.Reply created = m.post(DEVENVS, Fixtures.read("modelarts-create-devenv.request.json"));
      String path = DEVENVS + "/" + created.status("id");

      assertThat(created.status()).isEqualTo(200);
      assertThat(created.status("status")).isEqualTo("CREATING");
      assertThat(created.json().path("creation_timestamp").asText()).matches("\\d{13}");
      assertThat(statuses(m, path, 2)).containsExactly("CREATING", "RUNNING");

      Http.Reply stop = m.post(path + "/action", "{\"action\":\"stop\"}");
      assertThat(stop.json().path("previous_state").asText()).isEqualTo("RUNNING");
      assertThat(stop.json().path("current_status").asText()).isEqualTo("STOPPING");
      assertThat(statuses(m, path, 2)).containsExactly("STOPPING", "STOPPED");

      assertThat(m.post(path + "/action", "{\"action\":\"start\"}").json().path("current_status").asText())
          .isEqualTo("STARTING");
      assertThat(statuses(m, path, 2)).containsExactly("STARTING", "RUNNING");

      Http.Reply deleted = m.delete(path);
      assertThat(deleted.json().path("instance_id").asText()).isEqualTo(created.status("id"));
      assertThat(m.get(path).status("status")).isEqualTo("DELETED");
      Http.Reply gone = m.get(path);
      assertThat(gone.status()).isEqualTo(404);
      assertThat(gone.json().has("error_message")).as("dev-env errors use error_message").isTrue();
    }
  }

  @Test
  void anActionTheStatusDoesNotAllowIsA400() {
    try (CloudSimulator sim = CloudSimulator.builder().pace(Pace.instant()).start()) {
      Http m = Http.authed(sim, sim.modelArtsUrl());
      String path = DEVENVS + "/" + m.post(DEVENVS, Fixtures.read("modelarts-create-devenv.request.json")).status("id");
      sim.advanceAll();

      Http.Reply start = m.post(path + "/action", "{\"action\":\"start\"}");

      assertThat(start.status()).isEqualTo(400);
      assertThat(start.json().path("error_message").asText()).contains("RUNNING cannot start");
    }
  }

  @Test
  void timePacedLifecyclesFollowTheSimulatorsClock() {
    FakeTime time = new FakeTime();
    try (CloudSimulator sim = CloudSimulator.builder().virtualTime(time).pace(Pace.reads(100))
        .pace("services", Pace.after(Duration.ofMinutes(2))).start()) {
      Http m = Http.authed(sim, sim.modelArtsUrl());
      String id = m.post("/v1/" + PROJECT + "/services", Fixtures.read(Fixtures.createServiceExample(1)))
          .status("service_id");
      String path = "/v1/" + PROJECT + "/services/" + id;

      assertThat(m.get(path).status("status")).isEqualTo("deploying");
      time.advance(Duration.ofSeconds(119));
      assertThat(m.get(path).status("status")).isEqualTo("deploying");
      time.advance(Duration.ofSeconds(1));
      Http.Reply running = m.get(path);
      assertThat(running.status("status")).isEqualTo("running");
      assertThat(running.json().path("progress").asInt()).isEqualTo(100);
    }
  }

  @Test
  void aLongPauseWalksThroughEveryStepAtOnce() {
    FakeTime time = new FakeTime();
    try (CloudSimulator sim = CloudSimulator.builder().virtualTime(time).pace(Pace.after(Duration.ofSeconds(30)))
        .start()) {
      Http ep = Http.authed(sim, sim.fabricEpUrl());
      String endpoint = Http.authed(sim, sim.fabricUrl()).post(ENDPOINTS, Fixtures.endpoint("e", "inference"))
          .status("id");
      String id = ep.post(Fixtures.INSTANCES, Fixtures.instance("i", endpoint, "m")).status("id");

      time.advance(Duration.ofSeconds(45));
      assertThat(sim.serviceInstance(Fixtures.WS, id).orElseThrow().path("status").asText())
          .as("time passed is applied when a test looks, too").isEqualTo("CREATING");
      assertThat(ep.get(Fixtures.INSTANCES + "/" + id).status("status")).isEqualTo("CREATING");
      time.advance(Duration.ofSeconds(15));
      assertThat(ep.get(Fixtures.INSTANCES + "?name=i").json().at("/service_instances/0/status").asText())
          .as("lists show time-paced progress too").isEqualTo("RUNNING");
    }
  }

  @Test
  void failTransitionEndsTheNamedResourcesTransitionInItsFailureStatus() {
    try (CloudSimulator sim = CloudSimulator.builder().pace(Pace.instant()).start()) {
      Http m = Http.authed(sim, sim.modelArtsUrl());
      sim.failTransition("devenvs", "create", "notebook-d115", "ModelArts.6404", "no capacity");
      String path = DEVENVS + "/" + m.post(DEVENVS, Fixtures.read("modelarts-create-devenv.request.json")).status("id");

      Http.Reply failed = m.get(path);

      assertThat(failed.status("status")).isEqualTo("CREATE_FAILED");
      assertThat(failed.status("error_code")).isEqualTo("ModelArts.6404");
      assertThat(failed.json().at("/spec/failed_reasons/message").asText()).isEqualTo("no capacity");
      assertThatThrownBy(() -> sim.failTransition("nothing", "create", "x", "c", "m"))
          .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("endpoints");
    }
  }

  @Test
  void setStatusFlipsASettledResource() {
    try (CloudSimulator sim = CloudSimulator.start()) {
      Http fabric = Http.authed(sim, sim.fabricUrl());
      String id = fabric.post(ENDPOINTS, Fixtures.endpoint("e", "job")).status("id");
      sim.advanceAll();

      assertThat(sim.setStatus("endpoints", id, "FROZEN", "FABRIC.0042", "arrears")).isTrue();
      assertThat(sim.setStatus("endpoints", "missing", "FROZEN", null, null)).isFalse();

      Http.Reply frozen = fabric.get(ENDPOINTS + "/" + id);
      assertThat(frozen.status("status")).isEqualTo("FROZEN");
      assertThat(frozen.status("error_code")).isEqualTo("FABRIC.0042");
      assertThat(sim.resource("endpoints", id).orElseThrow().path("error_msg").asText()).isEqualTo("arrears");
    }
  }

  @Test
  void notFoundAfterCreateHidesNewResourcesForAWhile() {
    try (CloudSimulator sim = CloudSimulator.builder().pace(Pace.instant()).start()) {
      Http fabric = Http.authed(sim, sim.fabricUrl());
      String before = fabric.post(ENDPOINTS, Fixtures.endpoint("before", "job")).status("id");
      sim.on("CreateEndpoint").notFoundAfterCreate(Pace.reads(2));
      String after = fabric.post(ENDPOINTS, Fixtures.endpoint("after", "job")).status("id");

      assertThat(fabric.get(ENDPOINTS + "/" + before).status()).isEqualTo(200);
      Http.Reply hidden = fabric.get(ENDPOINTS + "/" + after);
      assertThat(hidden.status()).isEqualTo(404);
      assertThat(hidden.status("error_code")).isEqualTo("common.01000001");
      assertThat(fabric.get(ENDPOINTS + "/" + after).status()).isEqualTo(404);
      assertThat(fabric.get(ENDPOINTS + "/" + after).status()).isEqualTo(200);
    }
  }

  @Test
  void anInferenceServiceNameIsUniqueInItsProject() {
    try (CloudSimulator sim = CloudSimulator.start()) {
      Http m = Http.authed(sim, sim.modelArtsUrl());
      String body = Fixtures.read(Fixtures.createServiceExample(5));

      assertThat(m.post("/v1/" + PROJECT + "/services", body).status()).isEqualTo(200);
      Http.Reply again = m.post("/v1/" + PROJECT + "/services", body);
      assertThat(again.status()).isEqualTo(409);
      assertThat(again.status("error_msg")).contains("already exists");
      assertThat(m.post("/v1/other-project/services", body).status()).isEqualTo(200);
    }
  }

  private static java.util.List<String> statuses(Http client, String path, int reads) {
    java.util.List<String> out = new java.util.ArrayList<>();
    for (int i = 0; i < reads; i++) {
      out.add(client.get(path).status("status"));
    }
    return out;
  }
}
