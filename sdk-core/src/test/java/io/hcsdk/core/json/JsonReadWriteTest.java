package io.hcsdk.core.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import io.hcsdk.core.HcException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The helpers a user loads and prints models with, and what their errors may say. */
class JsonReadWriteTest {
  record Tag(@JsonProperty("key") String key, @JsonProperty("value") String value) {}

  record Deployment(
      @JsonProperty("name") String name,
      @JsonProperty("num_replicas") Optional<Integer> numReplicas,
      @JsonProperty("user_config") Optional<JsonNode> userConfig,
      @JsonProperty("env_vars") Map<String, String> envVars) {}

  record Secured(@JsonProperty("name") String name, @JsonProperty("api_key") UUID apiKey,
      @JsonProperty("owner") UUID owner) {}

  record Exploding(@JsonProperty("name") String name) {
    @Override
    @JsonProperty("name")
    public String name() {
      throw new IllegalStateException("cannot show the name");
    }
  }

  private static final String DEPLOYMENT = "{\"name\":\"d1\",\"num_replicas\":2,"
      + "\"user_config\":{\"api_key\":\"sk-1\"},\"env_vars\":{\"HF_TOKEN\":\"hf_xxx\"},\"added_later\":1}";

  @Test
  void readsFromTextBytesAndStreams() {
    Deployment fromText = Json.read(DEPLOYMENT, Deployment.class);
    Deployment fromBytes = Json.read(DEPLOYMENT.getBytes(StandardCharsets.UTF_8), Deployment.class);
    Deployment fromStream = Json.read(new ByteArrayInputStream(DEPLOYMENT.getBytes(StandardCharsets.UTF_8)),
        Deployment.class);

    assertThat(fromText.name()).isEqualTo("d1");
    assertThat(fromText.numReplicas()).contains(2);
    assertThat(fromText.userConfig().orElseThrow().path("api_key").asText()).isEqualTo("sk-1");
    assertThat(fromText.envVars()).containsEntry("HF_TOKEN", "hf_xxx");
    assertThat(fromBytes).isEqualTo(fromText);
    assertThat(fromStream).isEqualTo(fromText);
  }

  @Test
  void readsGenericTypes() {
    List<Tag> tags = Json.read("[{\"key\":\"env\",\"value\":\"prod\"}]", new TypeReference<List<Tag>>() {});

    assertThat(tags).containsExactly(new Tag("env", "prod"));
  }

  @Test
  void writesCompactAndPrettyAndRoundTrips() {
    Deployment deployment = Json.read(DEPLOYMENT, Deployment.class);

    String compact = Json.write(deployment);
    String pretty = Json.writePretty(deployment);

    assertThat(compact).isEqualTo("{\"name\":\"d1\",\"num_replicas\":2,\"user_config\":{\"api_key\":\"sk-1\"},"
        + "\"env_vars\":{\"HF_TOKEN\":\"hf_xxx\"}}");
    assertThat(pretty).contains("\n").contains("\"num_replicas\" : 2");
    assertThat(Json.read(pretty, Deployment.class)).isEqualTo(deployment);
    assertThat(Json.write(new Deployment("d", Optional.empty(), Optional.empty(), Map.of())))
        .isEqualTo("{\"name\":\"d\",\"env_vars\":{}}");
  }

  @Test
  void malformedJsonIsAJsonExceptionWithoutTheInput() {
    assertThatThrownBy(() -> Json.read("{\"name\":\"d1\",\"api_key\": sk-live-abc}", Deployment.class))
        .isInstanceOf(JsonException.class).isInstanceOf(HcException.class)
        .hasMessageContaining("cannot read Deployment from JSON: malformed JSON")
        .hasMessageContaining("line 1, column")
        .hasMessageNotContaining("sk-live-abc");
    assertThatThrownBy(() -> Json.read("sk-live-abc", Deployment.class))
        .isInstanceOf(JsonException.class).hasMessageNotContaining("sk-live-abc");
    assertThatThrownBy(() -> Json.read("{\"name\":\"d1\",\"user_config\":{\"password\":\"P@ss-cut",
        Deployment.class))
        .isInstanceOf(JsonException.class).hasMessageContaining("malformed JSON").hasMessageNotContaining("P@ss");
    // a free-form field is parsed while binding: Jackson wraps that parse error, which quotes the token
    assertThatThrownBy(() -> Json.read("{\"user_config\":{\"x\": sk-live-abc}}", Deployment.class))
        .isInstanceOf(JsonException.class).hasMessageContaining("malformed JSON")
        .hasMessageNotContaining("sk-live-abc");
  }

  @Test
  void aRejectedValueUnderASecretNameIsNotQuoted() {
    assertThatThrownBy(() -> Json.read("{\"name\":\"s\",\"api_key\":\"sk-live-abc\"}", Secured.class))
        .isInstanceOf(JsonException.class)
        .hasMessageContaining("cannot read Secured from JSON: the value does not fit UUID at $.api_key")
        .hasMessageNotContaining("sk-live-abc")
        .hasNoCause();
    // elsewhere the rejected value helps and is kept
    assertThatThrownBy(() -> Json.read("{\"owner\":\"not-a-uuid\"}", Secured.class))
        .isInstanceOf(JsonException.class).hasMessageContaining("not-a-uuid").hasMessageContaining("at $.owner");
  }

  @Test
  void theMessageIsRedactedEvenWhenJacksonQuotesTheDocument() {
    // the wrong shape at a free-form path: whatever Jackson quotes goes through the redactor
    assertThatThrownBy(() -> Json.read("{\"env_vars\":{\"HF_TOKEN\":{\"token\":\"hf_xxx\"}}}", Deployment.class))
        .isInstanceOf(JsonException.class).hasMessageContaining("$.env_vars.HF_TOKEN")
        .hasMessageNotContaining("hf_xxx");
  }

  @Test
  void nullAndEmptyDocumentsAreErrorsNotNulls() {
    assertThatThrownBy(() -> Json.read("null", Deployment.class))
        .isInstanceOf(JsonException.class).hasMessageContaining("the document is null");
    assertThatThrownBy(() -> Json.read("", Deployment.class)).isInstanceOf(JsonException.class);
  }

  @Test
  void aFailingStreamIsAJsonExceptionWithItsCause() {
    InputStream broken = new InputStream() {
      @Override
      public int read() throws IOException {
        throw new IOException("disk gone");
      }
    };

    assertThatThrownBy(() -> Json.read(broken, Deployment.class))
        .isInstanceOf(JsonException.class).hasRootCauseMessage("disk gone");
  }

  @Test
  void aValueThatCannotBeWrittenIsAJsonException() {
    assertThatThrownBy(() -> Json.write(new Exploding("x")))
        .isInstanceOf(JsonException.class)
        .hasMessageContaining("cannot write")
        .hasMessageContaining("Exploding");
  }
}
