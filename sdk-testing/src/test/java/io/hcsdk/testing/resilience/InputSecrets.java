package io.hcsdk.testing.resilience;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.hcsdk.core.ClientConfig;
import io.hcsdk.core.auth.AkSkCredentials;
import io.hcsdk.testing.AuthMode;
import io.hcsdk.testing.CloudSimulator;
import io.hcsdk.testing.Fault;
import io.hcsdk.testing.Fixtures;

/**
 * The secrets scenarios' material: every request field of both services that holds a secret,
 * filled with {@link Sentinels}; response rewrites that make the simulator return the secrets
 * a real service returns; error bodies that echo all of them back; and each way to authenticate.
 */
final class InputSecrets {
  private InputSecrets() {}

  /** How a client authenticates: the simulator's three, and a temporary AK/SK with its security token. */
  enum Auth {
    TOKEN, AKSK, TEMPORARY_AKSK, IAM;

    ClientConfig config(CloudSimulator sim) {
      return switch (this) {
        case TOKEN -> sim.clientConfig(AuthMode.TOKEN);
        case AKSK -> sim.clientConfig(AuthMode.AKSK);
        case IAM -> sim.clientConfig(AuthMode.IAM);
        case TEMPORARY_AKSK -> sim.clientConfig(AuthMode.AKSK).toBuilder()
            .credentials(AkSkCredentials.builder().ak(Sentinels.TEMP_AK).sk(Sentinels.TEMP_SK)
                .securityToken(Sentinels.SECURITY_TOKEN).projectId(sim.account().projectId()).build())
            .build();
      };
    }
  }

  /** Environment variables: one whose name says it is a token, one whose name says nothing. */
  static ObjectNode envVars() {
    return object().put("HF_TOKEN", Sentinels.ENV_VALUE).put("MODEL_DIR", Sentinels.ENV_VALUE);
  }

  /** Free-form JSON holding an API key at the top and deeper down. */
  static ObjectNode freeForm() {
    ObjectNode json = object().put("api_key", Sentinels.API_KEY).put("temperature", 0.2);
    json.putObject("llm").put("OPENAI_API_KEY", Sentinels.API_KEY).put("model", "m");
    return json;
  }

  /** The documented CreateEndpoint example with secrets in its env vars and its deployment's user_config. */
  static String createEndpoint(String name) {
    ObjectNode body = (ObjectNode) InputTable.json(Fixtures.documentedCreateEndpoint());
    body.put("name", name);
    ObjectNode app = (ObjectNode) body.at("/config/ray_service_config/ray_serve_config/applications/0");
    ((ObjectNode) app.get("runtime_env")).set("env_vars", envVars());
    ((ObjectNode) app.at("/deployments/0")).set("user_config", freeForm());
    return body.toString();
  }

  /** The documented DeployService example with an API key in free-form and unknown config keys. */
  static String deployService(String name, String endpointId) {
    ObjectNode body = (ObjectNode) InputTable.json(Fixtures.documentedDeployService());
    body.put("name", name).put("endpoint_id", endpointId);
    ObjectNode config = (ObjectNode) body.get("config");
    config.set("pgsql_instance_config", freeForm().put("password", Sentinels.API_KEY));
    config.set("llm_gateway", freeForm());
    return body.toString();
  }

  /** CreateService example 1 with secrets in envs, additional_properties and service_secrets. */
  static String createService(String name) {
    ObjectNode body = (ObjectNode) InputTable.json(Fixtures.read(Fixtures.createServiceExample(1)));
    body.put("service_name", name);
    ObjectNode config = (ObjectNode) body.at("/config/0");
    config.set("envs", envVars());
    config.set("additional_properties", freeForm());
    body.set("additional_properties", freeForm());
    body.putArray("service_secrets").addObject().put("secret_id", "s-1").put("api_key", Sentinels.API_KEY);
    return body.toString();
  }

  /** Every endpoint the simulator returns carries the URL token. */
  static Fault endpointUrlTokens() {
    return Fault.rewriteJson(json -> {
      each(json, "endpoints", e -> {
        ArrayNode urls = e.putArray("urls");
        urls.addObject().put("name", "private").put("address", "https://ep.invalid").put("type", "PRIVATE")
            .put("token", Sentinels.URL_TOKEN);
      });
      return json;
    });
  }

  /** A dev-env instance with its SSH key and the GitHub token of its repository. */
  static Fault devEnvCredentials() {
    return Fault.rewriteJson(json -> {
      each(json, "instances", i -> {
        ObjectNode spec = i.has("spec") ? (ObjectNode) i.get("spec") : i.putObject("spec");
        spec.set("credential", credential());
        spec.putObject("repository").put("id", "r-1").putObject("connection_info").put("url", "https://git.invalid/r")
            .set("credential", credential());
      });
      return json;
    });
  }

  /** APIG apps with their key, secret and app codes. */
  static Fault apigAppSecrets() {
    return Fault.rewriteJson(json -> {
      each(json, "apps", a -> {
        a.put("app_key", Sentinels.APP_KEY).put("app_secret", Sentinels.APP_SECRET);
        a.putArray("app_codes").add(Sentinels.APP_SECRET);
      });
      return json;
    });
  }

  /** An error body echoing every secret back, under the names a service would use. */
  static String echoingErrorBody(String code) {
    // The message quotes the request as services do ("... {json} rejected"); the body repeats it.
    ObjectNode quoted = object().put("api_key", Sentinels.API_KEY);
    quoted.set("env_vars", envVars());
    ObjectNode body = object().put("error_code", code)
        .put("error_msg", "The request " + quoted + " is invalid")
        .put("solution_msg", "Check the request " + quoted);
    ObjectNode echo = body.putObject("request");
    echo.set("env_vars", envVars());
    echo.set("user_config", freeForm());
    echo.put("x-auth-token", Sentinels.TOKEN).put("access_key", Sentinels.AK).put("secret_key", Sentinels.SK)
        .put("security_token", Sentinels.SECURITY_TOKEN).put("password", Sentinels.IAM_PASSWORD)
        .put("app_secret", Sentinels.APP_SECRET).put("app_key", Sentinels.APP_KEY);
    echo.putArray("urls").addObject().put("token", Sentinels.URL_TOKEN);
    echo.set("credential", credential());
    return body.toString();
  }

  private static ObjectNode credential() {
    return object().put("user_name", "git").put("ssh_private_key", Sentinels.SSH_PRIVATE_KEY)
        .put("access_token", Sentinels.ACCESS_TOKEN);
  }

  /** Applies {@code change} to the object itself (one resource) or to each item of its list. */
  private static void each(JsonNode json, String listField, java.util.function.Consumer<ObjectNode> change) {
    if (json.has(listField) && json.get(listField).isArray()) {
      json.get(listField).forEach(item -> change.accept((ObjectNode) item));
    } else if (json.isObject() && json.has("id") || json.isObject() && json.has("app_id")) {
      change.accept((ObjectNode) json);
    }
  }

  private static ObjectNode object() {
    return io.hcsdk.core.json.Json.mapper().createObjectNode();
  }
}
