package io.hcsdk.bench.driver;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * What every client sends and every answer holds: the ids, the fake credentials (nothing here is a
 * real secret; the fixed-answer server checks no signature) and the two bodies of the CreateEndpoint
 * document, copied verbatim from {@code api-docs/examples}.
 */
public final class Fixture {
  public static final String WORKSPACE_ID = "7e0e6bd8c1a24b3da83e4c1a9f1f9a01";
  /** The id the documented answer carries. */
  public static final String ENDPOINT_ID = "0b5633ba2b904511ad514346f4d23d4b";
  public static final String PROJECT_ID = "77b6a44cba5143ab91d13ab9a8ff44fd";
  public static final String TOKEN = "bench-token-not-a-secret";
  /** The access key of the gateway's published signing example; not an account's key. */
  public static final String ACCESS_KEY = "QTWAOYTTINDUT2QVKYUC";
  public static final String SECRET_KEY = "bench-secret-key-not-a-secret";
  /** The request id every fixed answer carries. */
  public static final String REQUEST_ID = "5f1e5a2c9c7d4a1f8f3b2e6d7c8a9b0c";

  private static final String REQUEST_RESOURCE = "fabric-create-endpoint.request.json";
  private static final String RESPONSE_RESOURCE = "fabric-create-endpoint.response-202.json";

  private Fixture() {}

  /** The documented CreateEndpoint request body. */
  public static byte[] createRequestBody() {
    return resource(REQUEST_RESOURCE);
  }

  /** The documented 202 body of CreateEndpoint, which is also ShowEndpoint's body. */
  public static byte[] endpointBody() {
    return resource(RESPONSE_RESOURCE);
  }

  /** {@code /v1/workspaces/{ws}/endpoints}, the path of CreateEndpoint. */
  public static String endpointsPath() {
    return "/v1/workspaces/" + WORKSPACE_ID + "/endpoints";
  }

  /** {@code /v1/workspaces/{ws}/endpoints/{id}}, the path of ShowEndpoint. */
  public static String endpointPath() {
    return endpointsPath() + "/" + ENDPOINT_ID;
  }

  private static byte[] resource(String name) {
    try (InputStream in = Fixture.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("Missing resource " + name + " next to " + Fixture.class.getName());
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
