package io.hcsdk.bench.plain;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.hcsdk.bench.driver.Auth;
import io.hcsdk.bench.driver.FabricCalls;
import io.hcsdk.bench.driver.Fixture;
import java.io.IOException;
import java.time.Instant;
import java.util.Optional;
import java.util.TreeMap;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

/**
 * The two calls hand-written on OkHttp and Jackson, the least a careful application does: the URL
 * built from the ids per call (ids change from call to call in real use), the body serialised per
 * call from the caller's data (a tree here), the status checked, the answer read as a tree.
 */
public final class PlainCalls implements FabricCalls {
  private static final MediaType JSON = MediaType.get("application/json");

  private final OkHttpClient http;
  private final ObjectMapper mapper = new ObjectMapper();
  private final HttpUrl fabric;
  private final String host;
  private final Auth auth;
  private final SdkHmacSigner signer = new SdkHmacSigner(Fixture.ACCESS_KEY, Fixture.SECRET_KEY);
  private final JsonNode createBody;

  PlainCalls(OkHttpClient http, String fabricUrl, Auth auth, boolean creates) throws IOException {
    this.http = http;
    this.fabric = HttpUrl.get(fabricUrl);
    this.host = fabric.port() == HttpUrl.defaultPort(fabric.scheme()) ? fabric.host() : fabric.host() + ":" + fabric.port();
    this.auth = auth;
    this.createBody = creates ? mapper.readTree(Fixture.createRequestBody()) : null;
  }

  /** A client of the Fabric host at {@code fabricUrl}; on {@code httpClient} when given, else a default one. */
  public static PlainCalls create(String fabricUrl, Auth auth, Optional<OkHttpClient> httpClient) throws IOException {
    return new PlainCalls(httpClient.orElseGet(OkHttpClient::new), fabricUrl, auth, true);
  }

  @Override
  public JsonNode showEndpoint() throws IOException {
    HttpUrl url = fabric.newBuilder()
        .addPathSegment("v1").addPathSegment("workspaces").addPathSegment(Fixture.WORKSPACE_ID)
        .addPathSegment("endpoints").addPathSegment(Fixture.ENDPOINT_ID)
        .build();
    return send("GET", url, null);
  }

  @Override
  public JsonNode createEndpoint() throws IOException {
    HttpUrl url = fabric.newBuilder()
        .addPathSegment("v1").addPathSegment("workspaces").addPathSegment(Fixture.WORKSPACE_ID)
        .addPathSegment("endpoints")
        .build();
    return send("POST", url, mapper.writeValueAsBytes(createBody));
  }

  private JsonNode send(String method, HttpUrl url, byte[] body) throws IOException {
    Request.Builder request = new Request.Builder().url(url)
        .method(method, body == null ? null : RequestBody.create(body, JSON));
    if (auth == Auth.TOKEN) {
      request.header("X-Auth-Token", Fixture.TOKEN);
    } else {
      sign(request, method, url, body);
    }
    try (Response response = http.newCall(request.build()).execute()) {
      if (!response.isSuccessful()) {
        throw new IOException(method + " " + url.encodedPath() + " answered " + response.code());
      }
      return mapper.readTree(response.body().byteStream());
    }
  }

  private void sign(Request.Builder request, String method, HttpUrl url, byte[] body) {
    String date = SdkHmacSigner.sdkDate(Instant.now());
    TreeMap<String, String> signed = new TreeMap<>();
    signed.put("host", host);
    signed.put("x-sdk-date", date);
    signed.put("x-project-id", Fixture.PROJECT_ID);
    if (body != null) {
      signed.put("content-type", JSON.toString());
    }
    request.header("X-Sdk-Date", date)
        .header("X-Project-Id", Fixture.PROJECT_ID)
        .header("Authorization", signer.authorization(method, url, signed, body));
  }
}
