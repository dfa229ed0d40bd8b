package io.hcsdk.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.hcsdk.core.auth.Masking;
import io.hcsdk.core.json.Json;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import okhttp3.Headers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The body redactor's naming rule, its reach into arrays and objects, and the toString helpers. */
class RedactorTest {

  @ParameterizedTest
  @ValueSource(strings = {"api_key", "apiKey", "ApiKey", "api-key", "x-api-key", "X-API-KEY", "apikey",
      "OPENAI_API_KEY", "HF_TOKEN", "hfToken", "HFToken", "authorization", "Authorization",
      "proxy-authorization", "x-auth-token", "X-Subject-Token", "access_token", "accessToken",
      "ssh_private_key", "sshPrivateKey", "private_key", "app_secret", "appSecret", "app_key", "appKey",
      "APP_KEY", "access_key", "AccessKey", "secret_key", "SecretKey", "secret_access_key", "client_secret",
      "password", "Password", "db-password", "PASSWD", "passphrase", "credential", "credentials",
      "git_credential", "signature", "Signature", "request_signature", "sk", "SK", "user_sk", "ak",
      "HUAWEICLOUD_SDK_SK", "HUAWEICLOUD_SDK_SECURITY_TOKEN", "tokens", "api_keys", "token_value",
      "password_base64", "app_code", "app_codes", "cookie", "set-cookie", "encryption_key", "signing_key"})
  void secretNames(String name) {
    assertThat(Redactor.isSecretField(name)).as(name).isTrue();
    assertThat(Redactor.json("{\"" + name + "\":\"s3cr3t-value\"}")).as(name)
        .isEqualTo("{\"" + name + "\":\"****\"}");
  }

  @ParameterizedTest
  @ValueSource(strings = {"key", "Key", "keys", "key_id", "ssh_key_name", "primary_key", "partition_key",
      "monkey", "token_type", "tokenizer", "token_count", "tokens_quota", "secret_name", "password_policy",
      "adminPass", "name", "description", "task", "disk", "mask", "peak", "error_code", "app_id",
      "app_name", "signature_version", "authorization_url", "auth", "methods"})
  void plainNames(String name) {
    assertThat(Redactor.isSecretField(name)).as(name).isFalse();
    assertThat(Redactor.json("{\"" + name + "\":\"visible\"}")).as(name)
        .isEqualTo("{\"" + name + "\":\"visible\"}");
  }

  @Test
  void theLeaksReportedInTheIssue() {
    String body = "{\"user_config\":{\"api_key\":\"sk-live-111\",\"apiKey\":\"sk-live-222\"},"
        + "\"env_vars\":{\"OPENAI_API_KEY\":\"sk-live-333\",\"HF_TOKEN\":\"hf_xxx\",\"MODEL\":\"qwen\"},"
        + "\"headers\":{\"authorization\":\"Bearer abc.def\"},"
        + "\"tokens\":[\"tok-1\",\"tok-2\"]}";

    String masked = Redactor.json(body);

    assertThat(masked).doesNotContain("sk-live", "hf_xxx", "abc.def", "tok-1", "tok-2")
        .contains("\"api_key\":\"****\"", "\"apiKey\":\"****\"", "\"OPENAI_API_KEY\":\"****\"",
            "\"HF_TOKEN\":\"****\"", "\"MODEL\":\"****\"", "\"authorization\":\"****\"",
            "\"tokens\":[\"****\",\"****\"]");
  }

  @Test
  void everyValueOfAnEnvironmentVariableMapIsMaskedWhateverItsName() {
    for (String map : List.of("env_vars", "envVars", "envs", "env", "environment_variables")) {
      assertThat(Redactor.json("{\"" + map + "\":{\"MODEL_DIR\":\"/models/qwen\",\"PORT\":8080}}")).as(map)
          .isEqualTo("{\"" + map + "\":{\"MODEL_DIR\":\"****\",\"PORT\":\"****\"}}");
    }
    assertThat(Redactor.json("{\"env_var_name\":\"DATA_DIR\",\"environment\":\"prod\"}"))
        .isEqualTo("{\"env_var_name\":\"DATA_DIR\",\"environment\":\"prod\"}");
  }

  @Test
  void everythingUnderASecretIsMaskedAndTheShapeKept() throws Exception {
    String body = "{\"api_key\":{\"value\":\"sk-1\",\"scopes\":[\"read\",{\"extra\":\"sk-2\"}],\"n\":7,"
        + "\"none\":null},\"tokens\":[[\"a\",\"b\"],{\"t\":\"c\"}],\"name\":\"ep\"}";

    String masked = Redactor.json(body);

    assertThat(masked).isEqualTo("{\"api_key\":{\"value\":\"****\",\"scopes\":[\"****\",{\"extra\":\"****\"}],"
        + "\"n\":\"****\",\"none\":null},\"tokens\":[[\"****\",\"****\"],{\"t\":\"****\"}],\"name\":\"ep\"}");
    assertThat(Json.mapper().readTree(masked).at("/api_key/scopes/1/extra").asText()).isEqualTo("****");
  }

  @Test
  void aTagKeyIsNotASecretKey() {
    String tags = "{\"tags\":[{\"key\":\"env\",\"value\":\"prod\"},{\"key\":\"model_version\",\"value\":\"0.1\"}]}";

    assertThat(Redactor.json(tags)).isEqualTo(tags);
  }

  @Test
  void pluralNamesWithNumbersAreCounts() {
    assertThat(Redactor.json("{\"max_tokens\":4096,\"usage\":{\"prompt_tokens\":17,\"total_tokens\":20},"
        + "\"tokens\":5,\"api_keys\":[\"k1\"],\"max_new_tokens\":\"sixty\"}"))
        .isEqualTo("{\"max_tokens\":4096,\"usage\":{\"prompt_tokens\":17,\"total_tokens\":20},"
            + "\"tokens\":5,\"api_keys\":[\"****\"],\"max_new_tokens\":\"****\"}");
    // singular names mask numbers too: a numeric PIN or secret is still a secret
    assertThat(Redactor.json("{\"password\":123456,\"token\":true}"))
        .isEqualTo("{\"password\":\"****\",\"token\":\"****\"}");
  }

  @Test
  void credentialObjectsShowOnlyWhoAndWhat() {
    String body = "{\"credentials\":[{\"name\":\"HF_TOKEN\",\"value\":\"hf_abc\"},"
        + "{\"type\":\"obs\",\"ak\":\"AK1\",\"data\":{\"sk\":\"SK1\",\"region\":\"r\"}}],"
        + "\"credential\":\"plain-credential\"}";

    assertThat(Redactor.json(body)).isEqualTo("{\"credentials\":[{\"name\":\"HF_TOKEN\",\"value\":\"****\"},"
        + "{\"type\":\"obs\",\"ak\":\"****\",\"data\":{\"sk\":\"****\",\"region\":\"****\"}}],"
        + "\"credential\":\"****\"}");
  }

  @Test
  void escapedJsonAtAnyDepthAndEscapedNames() {
    // an error message quoting a request body that itself quotes a config
    String twice = "{\"error_msg\":\"bad {\\\"detail\\\":\\\"{\\\\\\\"api_key\\\\\\\":\\\\\\\"sk-deep\\\\\\\"}\\\"}\"}";
    assertThat(Redactor.json(twice)).doesNotContain("sk-deep").contains("****");
    assertThat(Redactor.json("{\"pass\\u0077ord\":\"hunter2\"}")).isEqualTo("{\"pass\\u0077ord\":\"****\"}");
    // a key echoed in an escaped body: the escaped form of OPENAI_API_KEY
    assertThat(Redactor.json("{\"message\":\"env {\\\"OPENAI_API_KEY\\\":\\\"sk-333\\\"} rejected\"}"))
        .isEqualTo("{\"message\":\"env {\\\"OPENAI_API_KEY\\\":\\\"****\\\"} rejected\"}");
  }

  @Test
  void truncatedAndInvalidBodies() {
    assertThat(Redactor.json("{\"config\":{\"OPENAI_API_KEY\":\"sk-cut")).isEqualTo("{\"config\":{\"OPENAI_API_KEY\":\"****\"");
    assertThat(Redactor.json("{\"tokens\":[\"tok-1\",\"tok-2")).isEqualTo("{\"tokens\":[\"****\",\"****\"");
    assertThat(Redactor.json("{\"api_key\": sk-unquoted, \"name\": \"n\"}"))
        .isEqualTo("{\"api_key\": \"****\", \"name\": \"n\"}");
    String page = "<html><body>Bad Gateway <pre>{\"authorization\":\"Bearer xyz\"}</pre></body></html>";
    assertThat(Redactor.json(page))
        .isEqualTo("<html><body>Bad Gateway <pre>{\"authorization\":\"****\"}</pre></body></html>");
    assertThat(Redactor.json("}]]{\"token\":\"t\"}")).isEqualTo("}]]{\"token\":\"****\"}");
  }

  @Test
  void aMegabyteBodyIsMaskedWhole() {
    StringBuilder body = new StringBuilder("{\"items\":[");
    for (int i = 0; i < 8_000; i++) {
      body.append("{\"name\":\"item-").append(i).append("\",\"api_key\":\"sk-").append(i)
          .append("\",\"tags\":[{\"key\":\"k\",\"value\":\"v\"}],\"note\":\"").append("\\\"x\\\\".repeat(20))
          .append("\"},");
    }
    body.append("{\"password\":\"").append("\\\\\\\"".repeat(150_000)).append("\"}]}");
    assertThat(body.length()).isGreaterThan(1_000_000);

    String masked = Redactor.json(body.toString());

    assertThat(masked).doesNotContain("sk-").contains("\"name\":\"item-7999\"").endsWith("\"password\":\"****\"}]}");
    assertThat(masked.split("\"api_key\":\"\\*\\*\\*\\*\"", -1)).hasSize(8_001);
  }

  @Test
  void deepNestingAndPathologicalEscapesDoNotOverflow() {
    String deep = "[".repeat(300_000) + "{\"token\":\"deep-secret\"}" + "]".repeat(300_000);
    assertThat(Redactor.json(deep)).doesNotContain("deep-secret").contains("\"token\":\"****\"");

    String escapes = "{\"m\":\"" + "\\\"a\\\":".repeat(100_000) + "\"}";
    assertThat(Redactor.json(escapes)).isEqualTo(escapes);
  }

  @Test
  void secretHeadersIncludeKeyAndAppCodeHeaders() {
    assertThat(Redactor.isSecretHeader("X-Api-Key")).isTrue();
    assertThat(Redactor.isSecretHeader("X-Apig-AppCode")).isTrue();
    assertThat(Redactor.isSecretHeader("Content-Type")).isFalse();
    assertThat(Redactor.headers(okhttp3.Headers.of("X-Api-Key", "k-123", "X-Request-Id", "r-1")))
        .isEqualTo("X-Api-Key: ****\nX-Request-Id: r-1\n");
  }

  @Test
  void envVarsShowKeysAndMaskEveryValue() {
    Map<String, String> envVars = new LinkedHashMap<>();
    envVars.put("HF_TOKEN", "hf_xxx");
    envVars.put("MODEL_DIR", "/models/qwen");

    assertThat(Redactor.envVars(envVars)).isEqualTo("{HF_TOKEN=****, MODEL_DIR=****}");
    assertThat(Redactor.envVars(Map.of())).isEqualTo("{}");
    assertThat(Redactor.envVars(null)).isEqualTo("null");
  }

  @Test
  void freeFormPrintsJsonThroughTheRedactor() throws Exception {
    JsonNode userConfig = Json.mapper().readTree("{\"api_key\":\"sk-abc\",\"temperature\":0.2,"
        + "\"nested\":{\"OPENAI_API_KEY\":\"sk-def\"}}");

    assertThat(Redactor.freeForm(userConfig))
        .isEqualTo("{\"api_key\":\"****\",\"temperature\":0.2,\"nested\":{\"OPENAI_API_KEY\":\"****\"}}");
    assertThat(Redactor.freeForm(Optional.of(userConfig))).doesNotContain("sk-").contains("\"temperature\":0.2");
    assertThat(Redactor.freeForm(Map.of("tokens", List.of("t-1")))).isEqualTo("{\"tokens\":[\"****\"]}");
    assertThat(Redactor.freeForm(null)).isEqualTo("null");
  }

  @Test
  void freeFormOfSomethingUnprintableNamesOnlyItsType() {
    Object unprintable = new Object() {
      @SuppressWarnings("unused")
      public String getToken() {
        throw new IllegalStateException("sk-in-exception");
      }
    };

    assertThat(Redactor.freeForm(unprintable)).doesNotContain("sk-in-exception").contains("not printable");
  }

  @Test
  void theCredentialsARequestSentAreMaskedWhereAnAnswerEchoesThem() {
    Headers sent = Headers.of("X-Auth-Token", "MIItoken-abcdef0123456789", "Authorization",
        "SDK-HMAC-SHA256 Access=AKEXAMPLE0123456789, SignedHeaders=host;x-sdk-date, Signature=0a1b2c3d4e5f6a7b",
        "Accept", "application/json-whatever");
    String page = "<pre>X-Auth-Token: MIItoken-abcdef0123456789\nAuthorization: SDK-HMAC-SHA256 "
        + "Access=AKEXAMPLE0123456789,Signature=0a1b2c3d4e5f6a7b\nAccept: application/json-whatever</pre>";

    assertThat(Redactor.withoutSentCredentials(page, sent)).isEqualTo("<pre>X-Auth-Token: ****\nAuthorization: "
        + "SDK-HMAC-SHA256 Access=****,Signature=****\nAccept: application/json-whatever</pre>");
    assertThat(Redactor.withoutSentCredentials("", sent)).isEmpty();
    assertThat(Redactor.withoutSentCredentials("{\"a\":1}", Headers.of("X-Auth-Token", "short"))).isEqualTo("{\"a\":1}");
  }

  @Test
  void oneMaskString() {
    assertThat(Redactor.json("{\"token\":\"t\"}")).isEqualTo("{\"token\":\"" + Masking.MASK + "\"}");
    assertThat(Redactor.envVars(Map.of("A", "b"))).isEqualTo("{A=" + Masking.MASK + "}");
  }
}
