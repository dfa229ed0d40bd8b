package io.hcsdk.core.auth;

import static io.hcsdk.core.auth.EnvironmentCredentials.AK;
import static io.hcsdk.core.auth.EnvironmentCredentials.AUTH_TOKEN;
import static io.hcsdk.core.auth.EnvironmentCredentials.IAM_DOMAIN;
import static io.hcsdk.core.auth.EnvironmentCredentials.IAM_ENDPOINT;
import static io.hcsdk.core.auth.EnvironmentCredentials.IAM_PASSWORD;
import static io.hcsdk.core.auth.EnvironmentCredentials.IAM_USER;
import static io.hcsdk.core.auth.EnvironmentCredentials.PROJECT_ID;
import static io.hcsdk.core.auth.EnvironmentCredentials.REGION;
import static io.hcsdk.core.auth.EnvironmentCredentials.SECURITY_TOKEN;
import static io.hcsdk.core.auth.EnvironmentCredentials.SK;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hcsdk.core.ClientConfig;
import io.hcsdk.core.FakeTime;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import org.junit.jupiter.api.Test;

class EnvironmentCredentialsTest {
  private static final Map<String, String> IAM_SET = Map.of(IAM_USER, "alice",
      IAM_PASSWORD, "pw-value-1", IAM_DOMAIN, "acme", PROJECT_ID, "p-123");

  @Test
  void tokenIsPicked() throws Exception {
    Credentials credentials = EnvironmentCredentials.fromEnvironment(Map.of(AUTH_TOKEN, "tok-value"));

    assertThat(credentials).isInstanceOf(TokenCredentials.class);
    assertThat(credentials.authenticate(request(), context()).header("X-Auth-Token")).isEqualTo("tok-value");
  }

  @Test
  void tokenWinsOverAkSkAndIam() {
    Map<String, String> env = new HashMap<>(IAM_SET);
    env.putAll(Map.of(AUTH_TOKEN, "tok-value", AK, "ak-value", SK, "sk-value"));

    assertThat(EnvironmentCredentials.fromEnvironment(env)).isInstanceOf(TokenCredentials.class);
  }

  @Test
  void akSkIsPickedWithSecurityTokenAndProjectId() throws Exception {
    Map<String, String> env = new HashMap<>(IAM_SET);
    env.putAll(Map.of(AK, " ak-value-0123456 ", SK, "sk-value", SECURITY_TOKEN, "st-value"));

    Credentials credentials = EnvironmentCredentials.fromEnvironment(env);

    assertThat(credentials).isInstanceOf(AkSkCredentials.class);
    Request signed = credentials.authenticate(request(), context());
    assertThat(signed.header("X-Security-Token")).isEqualTo("st-value");
    assertThat(signed.header("X-Project-Id")).isEqualTo("p-123");
    assertThat(signed.header("Authorization")).startsWith("SDK-HMAC-SHA256 Access=ak-value-0123456, ")
        .contains("SignedHeaders=host;x-project-id;x-sdk-date;x-security-token");
  }

  @Test
  void onlyAnExplicitIamEndpointVariableOverridesTheClientsIamEndpoint() {
    Map<String, String> env = new HashMap<>(IAM_SET);
    assertThat(iam(env).iamEndpoint()).isEmpty();

    // The region names the client's IAM endpoint (ClientConfig reads the same variable), so a
    // ClientConfig IAM endpoint set in code is not silently overridden by a region-derived one.
    env.put(REGION, "cn-north-4");
    assertThat(iam(env).iamEndpoint()).isEmpty();
    assertThat(ClientConfig.fromEnvironment(env).endpoint(ClientConfig.IAM).toString())
        .isEqualTo("https://iam.cn-north-4.myhuaweicloud.com/");

    env.put(IAM_ENDPOINT, "https://iam.example.internal:8443");
    IamPasswordCredentials credentials = iam(env);
    assertThat(credentials.iamEndpoint()).map(Object::toString)
        .contains("https://iam.example.internal:8443/");
    assertThat(credentials.userName()).isEqualTo("alice");
    assertThat(credentials.projectId()).contains("p-123");
  }

  @Test
  void blankValuesCountAsUnset() {
    Map<String, String> env = new HashMap<>(IAM_SET);
    env.putAll(Map.of(AUTH_TOKEN, "  ", AK, "", SK, "\t"));

    assertThat(EnvironmentCredentials.fromEnvironment(env)).isInstanceOf(IamPasswordCredentials.class);
  }

  @Test
  void halfConfiguredAkSkSaysWhatIsMissingWithoutValues() {
    assertThatThrownBy(() -> EnvironmentCredentials.fromEnvironment(Map.of(AK, "ak-value-0123456")))
        .isInstanceOf(CredentialsNotFoundException.class)
        .hasMessageContaining("AK/SK is half-configured: HUAWEICLOUD_SDK_SK is missing")
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain("ak-value"))
        .satisfies(e -> assertThat(((CredentialsNotFoundException) e).missing()).containsExactly(SK));
  }

  @Test
  void halfConfiguredIamSaysWhatIsMissing() {
    assertThatThrownBy(() -> EnvironmentCredentials.fromEnvironment(
            Map.of(IAM_USER, "alice", IAM_PASSWORD, "pw-value-1", SECURITY_TOKEN, "st-value")))
        .isInstanceOf(CredentialsNotFoundException.class)
        .hasMessageContaining("AK/SK is half-configured: HUAWEICLOUD_SDK_AK, HUAWEICLOUD_SDK_SK are missing")
        .hasMessageContaining("IAM password is half-configured: "
            + "HUAWEICLOUD_SDK_IAM_DOMAIN, HUAWEICLOUD_SDK_PROJECT_ID are missing")
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain("alice", "pw-value", "st-value"))
        .satisfies(e -> assertThat(((CredentialsNotFoundException) e).missing())
            .containsExactly(AK, SK, IAM_DOMAIN, PROJECT_ID));
  }

  @Test
  void halfConfiguredAkSkFallsThroughToACompleteIamSet() {
    Map<String, String> env = new HashMap<>(IAM_SET);
    env.put(AK, "ak-value-0123456");

    assertThat(EnvironmentCredentials.fromEnvironment(env)).isInstanceOf(IamPasswordCredentials.class);
  }

  @Test
  void nothingSetListsEveryVariable() {
    assertThatThrownBy(() -> EnvironmentCredentials.fromEnvironment(Map.of(PROJECT_ID, "p-123")))
        .isInstanceOf(CredentialsNotFoundException.class)
        .satisfies(e -> assertThat(e.getMessage()).contains(EnvironmentCredentials.VARIABLES)
            .doesNotContain("half-configured", "p-123"))
        .satisfies(e -> assertThat(((CredentialsNotFoundException) e).missing()).isEmpty());
    assertThat(EnvironmentCredentials.VARIABLES).hasSize(10).doesNotHaveDuplicates()
        .allMatch(name -> name.startsWith("HUAWEICLOUD_SDK_"));
  }

  private static IamPasswordCredentials iam(Map<String, String> env) {
    Credentials credentials = EnvironmentCredentials.fromEnvironment(env);
    assertThat(credentials).isInstanceOf(IamPasswordCredentials.class);
    return (IamPasswordCredentials) credentials;
  }

  private static Request request() {
    return new Request.Builder().url("https://fabric.example.com/v1/x").build();
  }

  private static AuthContext context() {
    return AuthContext.of(new OkHttpClient(), new FakeTime(Instant.parse("2024-03-01T08:00:00Z")));
  }
}
