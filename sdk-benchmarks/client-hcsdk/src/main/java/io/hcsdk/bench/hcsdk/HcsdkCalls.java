package io.hcsdk.bench.hcsdk;

import io.hcsdk.bench.driver.Auth;
import io.hcsdk.bench.driver.FabricCalls;
import io.hcsdk.bench.driver.Fixture;
import io.hcsdk.core.ClientConfig;
import io.hcsdk.core.auth.AkSkCredentials;
import io.hcsdk.core.auth.Credentials;
import io.hcsdk.core.auth.TokenCredentials;
import io.hcsdk.core.json.Json;
import io.hcsdk.fabric.EndpointHandle;
import io.hcsdk.fabric.FabricClient;
import io.hcsdk.fabric.model.CreateEndpointRequest;
import io.hcsdk.fabric.model.Endpoint;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import okhttp3.OkHttpClient;

/**
 * hcsdk's ShowEndpoint and CreateEndpoint through its public API, as an application writes them:
 * one {@link FabricClient} for the process, {@code fabric.endpoints(ws).get(id)} and
 * {@code fabric.endpoints(ws).create(request)} per call, every default left on (validation, retries,
 * redaction).
 */
public final class HcsdkCalls implements FabricCalls {
  private final FabricClient fabric;
  private final CreateEndpointRequest createRequest;

  private HcsdkCalls(FabricClient fabric) {
    this.fabric = fabric;
    // A user builds the request once from their own data; the document's body stands in for it.
    this.createRequest = documentedCreateRequest();
  }

  /**
   * A client of the Fabric host at {@code fabricUrl} authenticating with {@code auth}; on
   * {@code httpClient} when one is given (the SDK then shares its pool, dispatcher and interceptors).
   */
  public static HcsdkCalls create(String fabricUrl, Auth auth, Optional<OkHttpClient> httpClient) {
    ClientConfig.Builder config = ClientConfig.builder()
        .endpoint(ClientConfig.FABRIC, fabricUrl)
        .credentials(credentials(auth));
    httpClient.ifPresent(config::httpClient);
    return new HcsdkCalls(FabricClient.create(config.build()));
  }

  /** The credentials every hcsdk benchmark uses for {@code auth}. */
  public static Credentials credentials(Auth auth) {
    return auth == Auth.TOKEN
        ? TokenCredentials.of(Fixture.TOKEN)
        : AkSkCredentials.builder().ak(Fixture.ACCESS_KEY).sk(Fixture.SECRET_KEY).projectId(Fixture.PROJECT_ID)
            .build();
  }

  /** The document's CreateEndpoint body as hcsdk's request model. */
  public static CreateEndpointRequest documentedCreateRequest() {
    return Json.read(new String(Fixture.createRequestBody(), StandardCharsets.UTF_8), CreateEndpointRequest.class);
  }

  @Override
  public Endpoint showEndpoint() {
    return fabric.endpoints(Fixture.WORKSPACE_ID).get(Fixture.ENDPOINT_ID);
  }

  @Override
  public EndpointHandle createEndpoint() {
    return fabric.endpoints(Fixture.WORKSPACE_ID).create(createRequest);
  }

  public FabricClient fabric() {
    return fabric;
  }

  @Override
  public void close() {
    fabric.close();
  }
}
