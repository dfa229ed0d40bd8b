package io.hcsdk.testing.resilience;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.hcsdk.core.ClientConfig;
import io.hcsdk.core.error.ApiException;
import io.hcsdk.core.error.BadRequestException;
import io.hcsdk.core.error.ServerException;
import io.hcsdk.core.error.TransportException;
import io.hcsdk.core.error.UnauthorizedException;
import io.hcsdk.core.page.Page;
import io.hcsdk.fabric.EndpointHandle;
import io.hcsdk.fabric.FabricClient;
import io.hcsdk.fabric.ServiceInstanceHandle;
import io.hcsdk.fabric.model.CreateEndpointRequest;
import io.hcsdk.fabric.model.DeployServiceInstanceRequest;
import io.hcsdk.fabric.model.Endpoint;
import io.hcsdk.fabric.model.EndpointUrl;
import io.hcsdk.fabric.model.ServiceInstance;
import io.hcsdk.fabric.model.UpdateEndpointRequest;
import io.hcsdk.modelarts.ModelArtsClient;
import io.hcsdk.modelarts.ServiceHandle;
import io.hcsdk.modelarts.model.apig.ApigApp;
import io.hcsdk.modelarts.model.devenv.CreateDevEnvInstanceRequest;
import io.hcsdk.modelarts.model.devenv.DevEnvInstance;
import io.hcsdk.modelarts.model.service.CreateServiceRequest;
import io.hcsdk.modelarts.model.service.Service;
import io.hcsdk.testing.CapturedRequest;
import io.hcsdk.testing.CloudSimulator;
import io.hcsdk.testing.Fault;
import io.hcsdk.testing.Fixtures;
import io.hcsdk.testing.resilience.InputSecrets.Auth;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The sentinel secrets set everywhere they can be, in every way to authenticate: in requests (env
 * vars, free-form JSON holding API keys), in responses (endpoint URL tokens, a dev environment's SSH
 * key and GitHub token, APIG app keys, secrets and codes), on calls that succeed, are retried, fail
 * with error bodies that echo every secret back, or lose their connection. Every exception passes
 * through {@link Sentinels#typed}, every request, response, configuration, credentials and client
 * through {@link Sentinels#inspect}; these calls log their bodies at TRACE, which the last scenario
 * checks and {@link SecretsSweepTest} scans.
 */
@Resilience
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SecretsTest {
  private static final String WS = Fixtures.WS;
  private static final String[] ENDPOINT_READS = {"CreateEndpoint", "ShowEndpoint", "ListEndpoints"};
  private static final String[] DEV_ENV_READS = {"CreateDevEnvInstance", "ShowDevEnvInstance", "ListDevEnvInstances"};

  @ParameterizedTest(name = "Fabric, {0}: secrets in requests, responses, retries and echoing errors reach no "
      + "exception, toString or log line")
  @EnumSource(Auth.class)
  @Order(1)
  void fabricSecretsStayHidden(Auth auth) {
    try (CloudSimulator sim = Sims.start()) {
      ClientConfig config = auth.config(sim);
      try (FabricClient fabric = FabricClient.builder().config(config).build()) {
        inspectSetup(config, fabric);
        // A 503 echoing the secrets first: the create is retried, so its body is logged twice. (The
        // simulator applies the first armed fault that matches, so one-shot faults go first.)
        sim.on("CreateEndpoint").next(1, Fault.status(503, InputSecrets.echoingErrorBody("FABRIC.0503")));
        sim.on(ENDPOINT_READS).always(InputSecrets.endpointUrlTokens());
        CreateEndpointRequest create = Sentinels.inspect(CreateEndpointRequest.fromJson(
            InputSecrets.createEndpoint("secret-ep-" + auth.name().toLowerCase())));
        EndpointHandle handle = Sentinels.inspect(fabric.endpoints(WS).create(create));
        assertThat(sim.requests().of("CreateEndpoint")).hasSize(2).allSatisfy(r ->
            assertThat(r.body()).contains(Sentinels.ENV_VALUE, Sentinels.API_KEY));
        Endpoint shown = Sentinels.inspect(fabric.endpoints(WS).get(handle.id()));
        assertThat(shown.urls()).extracting(EndpointUrl::token).containsOnly(Optional.of(Sentinels.URL_TOKEN));
        Sentinels.inspect(handle.accepted().orElseThrow());
        Page<Endpoint> page = Sentinels.inspect(fabric.endpoints(WS).list());
        assertThat(page.items()).isNotEmpty().allSatisfy(Sentinels::inspect);

        sim.on(ENDPOINT_READS).clear();
        sim.on("ShowEndpoint").next(1, Fault.status(400, InputSecrets.echoingErrorBody("FABRIC.0400")));
        apiFailure(sim, () -> fabric.endpoints(WS).get(handle.id()), BadRequestException.class, 400, "FABRIC.0400");
        // An update is not retried: the 500 that echoes the secrets is its answer.
        sim.on("UpdateEndpoint").next(1, Fault.status(500, InputSecrets.echoingErrorBody("FABRIC.0500")));
        UpdateEndpointRequest update = Sentinels.inspect(UpdateEndpointRequest.fromJson(
            InputSecrets.createEndpoint("secret-ep-2").replace("\"type\":\"job\",", "")));
        apiFailure(sim, () -> fabric.endpoints(WS).update(handle.id(), update), ServerException.class, 500,
            "FABRIC.0500");

        // A 401 that persists (with IAM: after one token refresh, whose request carries the password).
        sim.on("ListEndpoints").always(Fault.status(401, InputSecrets.echoingErrorBody("APIG.1002")));
        apiFailure(sim, () -> fabric.endpoints(WS).list(), UnauthorizedException.class, 401, "APIG.1002");
        sim.on("ListEndpoints").clear();

        DeployServiceInstanceRequest deploy = Sentinels.inspect(DeployServiceInstanceRequest.fromJson(
            InputSecrets.deployService("secret-si-" + auth.name().toLowerCase(), handle.id())));
        ServiceInstanceHandle instance = Sentinels.inspect(fabric.serviceInstances(WS).deploy(deploy));
        // A dropped connection on a show is retried; the instance's free-form config comes back.
        sim.on("ShowServiceInstance").next(1, Fault.drop());
        ServiceInstance si = Sentinels.inspect(fabric.serviceInstances(WS).get(instance.id()));
        assertThat(si.config().orElseThrow().pgsqlInstanceConfig().orElseThrow().path("api_key").asText())
            .isEqualTo(Sentinels.API_KEY);
        sim.on("DeployService").next(1, Fault.status(400, InputSecrets.echoingErrorBody("FABRIC.0400")));
        apiFailure(sim, () -> fabric.serviceInstances(WS).deploy(deploy), BadRequestException.class, 400,
            "FABRIC.0400");
        sim.on("ShowServiceInstance").always(Fault.drop());
        RuntimeException dropped =
            Sentinels.typed(catchThrowable(() -> fabric.serviceInstances(WS).get(instance.id())));
        assertThat(dropped).isInstanceOf(TransportException.class);
      } finally {
        Sims.learnIssuedTokens(sim);
      }
    }
  }

  @ParameterizedTest(name = "ModelArts, {0}: secrets in requests, responses, retries and echoing errors reach no "
      + "exception, toString or log line")
  @EnumSource(Auth.class)
  @Order(2)
  void modelArtsSecretsStayHidden(Auth auth) {
    try (CloudSimulator sim = Sims.start()) {
      ClientConfig config = auth.config(sim);
      try (ModelArtsClient modelArts = ModelArtsClient.builder().config(config).build()) {
        inspectSetup(config, modelArts);
        sim.on("CreateService").next(1, Fault.status(503, InputSecrets.echoingErrorBody("ModelArts.0503")));
        CreateServiceRequest create = Sentinels.inspect(CreateServiceRequest.fromJson(
            InputSecrets.createService("secret-svc-" + auth.name().toLowerCase())));
        ServiceHandle service = Sentinels.inspect(modelArts.services().create(create));
        assertThat(sim.requests().of("CreateService")).hasSize(2).allSatisfy(r ->
            assertThat(r.body()).contains(Sentinels.ENV_VALUE, Sentinels.API_KEY));
        Service shown = Sentinels.inspect(modelArts.services().get(service.id()));
        assertThat(shown.serviceId()).isEqualTo(service.id());
        sim.on("CreateService").next(1, Fault.status(400, InputSecrets.echoingErrorBody("ModelArts.0400")));
        apiFailure(sim, () -> modelArts.services().create(create), BadRequestException.class, 400, "ModelArts.0400");

        // A dropped connection on the show first: it is retried, and the answer holds the credentials.
        sim.on("ShowDevEnvInstance").next(1, Fault.drop());
        sim.on(DEV_ENV_READS).always(InputSecrets.devEnvCredentials());
        CreateDevEnvInstanceRequest notebook = Sentinels.inspect(CreateDevEnvInstanceRequest.fromJson(
            Fixtures.read("modelarts-create-devenv.request.json").replace("notebook-d115",
                "secret-nb-" + auth.name().toLowerCase().replace('_', '-'))));
        String notebookId = Sentinels.inspect(modelArts.devEnvs().create(notebook)).id();
        DevEnvInstance instance = Sentinels.inspect(modelArts.devEnvs().get(notebookId));
        assertThat(instance.spec().orElseThrow().credential().orElseThrow().sshPrivateKey())
            .contains(Sentinels.SSH_PRIVATE_KEY);
        assertThat(instance.spec().orElseThrow().repository().orElseThrow().connectionInfo().orElseThrow()
            .credential().orElseThrow().accessToken()).contains(Sentinels.ACCESS_TOKEN);
        sim.on(DEV_ENV_READS).clear();
        sim.on("ShowDevEnvInstance").next(1, Fault.status(404, InputSecrets.echoingErrorBody("ModelArts.6404")));
        apiFailure(sim, () -> modelArts.devEnvs().get(notebookId), ApiException.class, 404, "ModelArts.6404");

        sim.on("ListClusters").always(Fault.status(401, InputSecrets.echoingErrorBody("APIG.1002")));
        apiFailure(sim, () -> modelArts.clusters().list(), UnauthorizedException.class, 401, "APIG.1002");

        sim.on("ListApigApps").always(InputSecrets.apigAppSecrets());
        List<ApigApp> apps = modelArts.appAuth().apps().list().items();
        assertThat(apps).isNotEmpty().allSatisfy(app -> {
          Sentinels.inspect(app);
          assertThat(app.appSecret()).contains(Sentinels.APP_SECRET);
          assertThat(app.appKey()).contains(Sentinels.APP_KEY);
        });
        sim.on("ListApigApps").clear();
        sim.on("ListApigApps").next(1, Fault.status(500, InputSecrets.echoingErrorBody("ModelArts.0500")));
        sim.on("ListApigApps").always(InputSecrets.apigAppSecrets());
        // A list is retried: the 500 is followed by the apps, secrets and all.
        assertThat(modelArts.appAuth().apps().list().items()).isNotEmpty().allSatisfy(Sentinels::inspect);
      } finally {
        Sims.learnIssuedTokens(sim);
      }
    }
  }

  @Test
  @Order(3)
  void theSecretsCallsLoggedTheirBodiesAtTraceWithEverySecretMasked() throws IOException {
    String file = System.getProperty("hcsdk.resilience.log");
    Assumptions.assumeTrue(file != null, "the suite's log file is set by the resilience surefire execution");
    List<String> lines = Files.readAllLines(Path.of(file), StandardCharsets.UTF_8);
    // Request and response bodies reached the log, at TRACE, with each secret-holding field masked.
    assertThat(lines).as("TRACE request lines of the secrets' calls").anyMatch(l -> l.contains(" TRACE ")
        && l.contains("request POST") && l.contains("/endpoints"));
    String log = String.join("\n", lines);
    assertThat(log).as("the masked secrets in the TRACE log").contains("\"api_key\":\"****\"",
        "\"OPENAI_API_KEY\":\"****\"", "\"HF_TOKEN\":\"****\"", "\"token\":\"****\"", "\"ssh_private_key\":\"****\"",
        "\"access_token\":\"****\"", "\"app_secret\":\"****\"", "\"app_key\":\"****\"", "X-Auth-Token: ****");
    for (int i = 0; i < lines.size(); i++) {
      Sentinels.assertClean("log line " + (i + 1), lines.get(i));
    }
  }

  private static void inspectSetup(ClientConfig config, Object client) {
    Sentinels.inspect(config);
    Sentinels.inspect(config.credentials());
    Sentinels.inspect(client);
  }

  /** The call fails with exactly the simulator's answer: type, status, code, request id; no secret anywhere. */
  private static void apiFailure(CloudSimulator sim, Runnable call, Class<? extends ApiException> type, int status,
      String code) {
    sim.clearRequests();
    RuntimeException e = Sentinels.typed(catchThrowable(call::run));
    CapturedRequest answered = sim.requests().all().get(sim.requests().count() - 1);
    assertThat(e).isInstanceOfSatisfying(type, api -> {
      assertThat(api.httpStatus()).isEqualTo(status);
      assertThat(api.errorCode()).contains(code);
      assertThat(api.requestId()).contains(answered.requestId());
      Sentinels.assertClean("body excerpt", api.bodyExcerpt());
      Sentinels.assertClean("details", String.valueOf(api.details()));
    });
  }
}
