package io.hcsdk.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Request bodies for the tests; the documents' examples are copied verbatim under resources/examples. */
public final class Fixtures {
  public static final String WS = "ws-1";
  public static final String ENDPOINTS = "/v1/workspaces/" + WS + "/endpoints";
  public static final String INSTANCES = "/v1/workspaces/" + WS + "/services/instances";

  private Fixtures() {}

  public static String endpoint(String name, String type) {
    return "{\"name\":\"" + name + "\",\"type\":\"" + type + "\",\"description\":\"d\"}";
  }

  public static String instance(String name, String endpointId, String modelId) {
    return "{\"name\":\"" + name + "\",\"endpoint_id\":\"" + endpointId + "\",\"source\":{\"id\":\"" + modelId
        + "\",\"version_id\":\"v1\"},\"config\":{\"model_instance_config\":{\"resource\":{\"min\":1,\"max\":2,"
        + "\"spec_code\":\"s\"}}}}";
  }

  /** The documented CreateEndpoint request example, verbatim. */
  public static String documentedCreateEndpoint() {
    return read("fabric-create-endpoint.request.json");
  }

  public static String documentedDeployService() {
    return read("fabric-deploy-service-instance.request.json");
  }

  /** The file name of CreateService's documented example {@code n} (1 to 7). */
  public static String createServiceExample(int n) {
    String kind = n <= 4 ? "real-time" : n <= 6 ? "batch" : "edge";
    return "modelarts-create-service.request-" + n + "-" + kind + ".json";
  }

  public static String read(String name) {
    try (InputStream in = Fixtures.class.getResourceAsStream("/examples/" + name)) {
      if (in == null) {
        throw new IllegalStateException("Missing test resource examples/" + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
