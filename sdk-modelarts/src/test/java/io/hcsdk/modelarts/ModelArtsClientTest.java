package io.hcsdk.modelarts;

import static io.hcsdk.modelarts.model.Examples.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hcsdk.core.ClientConfig;
import io.hcsdk.core.HcException;
import io.hcsdk.core.auth.CredentialsNotFoundException;
import io.hcsdk.core.auth.TokenCredentials;
import io.hcsdk.core.error.BadRequestException;
import io.hcsdk.core.error.NotFoundException;
import io.hcsdk.core.validate.ValidationException;
import io.hcsdk.modelarts.model.devenv.CreateDevEnvInstanceRequest;
import io.hcsdk.modelarts.model.Examples;
import io.hcsdk.modelarts.model.pool.PoolNode;
import org.junit.jupiter.api.Test;

/**
 * Building a client, the project every path carries (from the configuration or per call with
 * {@code inProject}), and the documented ModelArts error bodies as typed exceptions.
 */
class ModelArtsClientTest extends MockModelArts {
  @Test
  void aClientWithoutCredentialsIsRefused() {
    assertThatThrownBy(() -> ModelArtsClient.builder().region("cn-north-4").projectId(PROJECT).build())
        .isInstanceOf(CredentialsNotFoundException.class)
        .hasMessageContaining("ModelArtsClient needs credentials").hasMessageContaining("fromEnvironment()");
  }

  @Test
  void theConfiguredProjectIdScopesEveryCall() throws Exception {
    ClientConfig config = ClientConfig.builder().endpoint(ClientConfig.MODELARTS, server.url("/").toString())
        .projectId("0b56aa13f98c4f2b").credentials(TokenCredentials.of(TOKEN)).build();
    answer(200, "{\"id\":\"DE-1\"}");

    try (ModelArtsClient client = ModelArtsClient.create(config)) {
      client.devEnvs().get("DE-1");

      assertThat(client.projectId()).isEqualTo("0b56aa13f98c4f2b");
      assertThat(client.config().projectId()).contains("0b56aa13f98c4f2b");
    }
    assertThat(target(next())).isEqualTo("/v1/0b56aa13f98c4f2b/demanager/instances/DE-1");
  }

  @Test
  void inProjectScopesAnotherProjectOnTheSameConnections() throws Exception {
    answer(200, "{\"service_id\":\"s1\"}");

    ModelArtsProject other = modelarts.inProject("other-1");
    other.services().get("s1");

    assertThat(other.projectId()).isEqualTo("other-1");
    assertThat(modelarts.projectId()).isEqualTo(PROJECT);
    assertThat(target(next())).isEqualTo("/v1/other-1/services/s1");
    assertThat(other).hasToString("ModelArtsProject{project=other-1}");
  }

  @Test
  void withoutAProjectIdAFamilySaysHowToGiveOneAndNothingIsSent() {
    try (ModelArtsClient noProject = ModelArtsClient.builder().modelartsEndpoint(server.url("/").toString())
        .credentials(TokenCredentials.of(TOKEN)).build()) {
      assertThatThrownBy(noProject::devEnvs).isInstanceOf(HcException.class)
          .hasMessageContaining("No project id").hasMessageContaining("inProject(projectId)")
          .hasMessageContaining("HUAWEICLOUD_SDK_PROJECT_ID");
      assertThat(noProject.inProject("p-2").workflows()).isNotNull();
    }
    assertThat(server.getRequestCount()).isZero();
  }

  @Test
  void aProjectIdThatCouldEscapeItsPathIsRejected() {
    assertThatThrownBy(() -> modelarts.inProject("p/../x")).isInstanceOf(ValidationException.class)
        .hasMessageContaining("project_id");
    assertThatThrownBy(() -> modelarts.inProject("")).isInstanceOf(ValidationException.class);
  }

  @Test
  void theTokenNeverShowsInToString() {
    assertThat(modelarts.toString()).doesNotContain(TOKEN);
    assertThat(modelarts.devEnvs().withId("DE-1").toString()).isEqualTo("DevEnvHandle{id=DE-1, project=proj-1}");
  }

  @Test
  void theDevEnvErrorBodyWithErrorMessageIsABadRequest() {
    answer(400, text("modelarts-create-devenv.response-error.json"));
    CreateDevEnvInstanceRequest request =
        Examples.example("modelarts-create-devenv.request.json", CreateDevEnvInstanceRequest.class);

    assertThatThrownBy(() -> modelarts.devEnvs().create(request)).isInstanceOfSatisfying(BadRequestException.class,
        e -> {
          assertThat(e.errorCode()).contains("ModelArts.6318");
          assertThat(e.errorMessage()).contains("The param path needs to end with /.");
          assertThat(e.requestId()).contains("rid-400");
        });
  }

  @Test
  void aMissingPoolIsNotFoundForTheShowAndForTheNodeList() {
    answer(404, text("modelarts-show-pool.response-404.json"));
    answer(404, text("modelarts-list-pool-nodes.response-404.json"));

    assertThatThrownBy(() -> modelarts.pools().get("nope")).isInstanceOfSatisfying(NotFoundException.class, e -> {
      assertThat(e.errorCode()).contains("ModelArts.50015001");
      assertThat(e.errorMessage()).contains("pool not found");
    });
    assertThatThrownBy(() -> modelarts.pools().nodes("nope").stream().map(PoolNode::kind).toList())
        .isInstanceOfSatisfying(NotFoundException.class,
            e -> assertThat(e.errorCode()).contains("ModelArts.50015001"));
  }
}
