package io.hcsdk.modelarts.model;

import static io.hcsdk.modelarts.model.Examples.example;
import static io.hcsdk.modelarts.model.Examples.strict;
import static io.hcsdk.modelarts.model.Examples.toTree;
import static org.assertj.core.api.Assertions.assertThat;

import io.hcsdk.modelarts.model.apig.ApiAuthList;
import io.hcsdk.modelarts.model.apig.ApigApp;
import io.hcsdk.modelarts.model.apig.ApigAppList;
import io.hcsdk.modelarts.model.devenv.DevEnvInstance;
import io.hcsdk.modelarts.model.devenv.DevEnvRepository;
import io.hcsdk.modelarts.model.service.CreateServiceRequest;
import io.hcsdk.modelarts.model.service.Service;
import org.junit.jupiter.api.Test;

/**
 * Secrets in ModelArts answers never reach a {@code toString()} (logs, exceptions, debuggers):
 * {@code app_secret}, {@code app_key}, {@code app_codes}, the dev-env {@code spec.credential}
 * (documented as "AK and SK for accessing OBS", redacted whole), a repository's
 * {@code ssh_private_key} and {@code access_token}, and environment variable values. The values
 * themselves stay readable through the accessors and on the wire.
 */
class RedactionTest {
  private static final String APP_SECRET = "cb5d1b57368b4f129b635332a03bf0e3";
  private static final String APP_KEY = "b11ae87581b04b5284aa92b0d4ae332c";
  private static final String APP_CODE = "53a7c6de82be4671b93414adf98c1c507d5cef29fbdd48d88a4dddb668b0f0ad";

  @Test
  void appSecretsKeysAndCodesAreRedactedInAppsAndInAuthorisations() {
    ApigAppList apps = example("modelarts-list-apig-apps.response-200.json", ApigAppList.class);
    ApiAuthList auths = example("modelarts-list-api-auths.response-200.json", ApiAuthList.class);
    ApigApp app = apps.apps().get(0);

    for (String printed : new String[] {apps.toString(), auths.toString(), app.toString()}) {
      assertThat(printed).doesNotContain(APP_SECRET, APP_KEY, APP_CODE).contains("app_13e0");
    }
    assertThat(app.appSecret()).contains(APP_SECRET);
    assertThat(toTree(app).get("app_key").asText()).isEqualTo(APP_KEY);
  }

  @Test
  void theDevEnvCredentialIsRedactedWhole() {
    DevEnvInstance instance = strict("{\"id\":\"DE-1\",\"spec\":{\"credential\":{\"ssh_private_key\":"
        + "\"-----BEGIN KEY-----abc\",\"access_token\":\"ghp_secret1\"}}}", DevEnvInstance.class);

    assertThat(instance.toString()).doesNotContain("BEGIN KEY", "ghp_secret1").contains("DE-1");
    assertThat(instance.spec().orElseThrow().credential().orElseThrow().accessToken()).contains("ghp_secret1");
  }

  @Test
  void aRepositorysCredentialIsRedacted() {
    DevEnvRepository repository = strict("{\"id\":\"r\",\"connection_info\":{\"protocol\":\"ssh\",\"url\":"
        + "\"git@example.com:a/b.git\",\"credential\":{\"ssh_private_key\":\"PRIVATE-abc\",\"access_token\":"
        + "\"tok-xyz\"}}}", DevEnvRepository.class);

    assertThat(repository.toString()).doesNotContain("PRIVATE-abc", "tok-xyz").contains("git@example.com:a/b.git");
  }

  @Test
  void environmentVariableValuesAreMaskedButTheirNamesShown() {
    CreateServiceRequest request = example("modelarts-create-service.request-2-real-time.json",
        CreateServiceRequest.class);
    Service service = strict("{\"service_id\":\"s1\",\"config\":[{\"envs\":{\"HF_TOKEN\":\"hf_abcdef\"}}]}",
        Service.class);

    assertThat(request.toString()).contains("model_name").doesNotContain("mxnet-model-1");
    assertThat(service.toString()).contains("HF_TOKEN").doesNotContain("hf_abcdef");
  }
}
