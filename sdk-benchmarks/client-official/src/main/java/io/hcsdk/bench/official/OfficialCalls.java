package io.hcsdk.bench.official;

import com.huaweicloud.sdk.core.auth.BasicCredentials;
import com.huaweicloud.sdk.core.http.HttpConfig;
import com.huaweicloud.sdk.core.utils.JsonUtils;
import com.huaweicloud.sdk.dataartsfabric.v1.DataArtsFabricClient;
import com.huaweicloud.sdk.dataartsfabric.v1.model.CreateEndpointRequest;
import com.huaweicloud.sdk.dataartsfabric.v1.model.CreateEndpointResponse;
import com.huaweicloud.sdk.dataartsfabric.v1.model.EndpointInput;
import com.huaweicloud.sdk.dataartsfabric.v1.model.ShowEndpointRequest;
import com.huaweicloud.sdk.dataartsfabric.v1.model.ShowEndpointResponse;
import io.hcsdk.bench.driver.FabricCalls;
import io.hcsdk.bench.driver.Fixture;
import java.nio.charset.StandardCharsets;

/**
 * The official SDK's ShowEndpoint and CreateEndpoint, as its documentation writes them: one
 * {@link DataArtsFabricClient} with {@link BasicCredentials} (AK/SK and the project id, so that it
 * never asks IAM for one), a new request object per call.
 *
 * <p>Its {@code EndpointInput} has no {@code config} or {@code cache_list}, so of the document's
 * request body it sends what its model knows (name, description, type, reserved_resource,
 * ray_resource, cap): about a third of the bytes hcsdk and the plain client send.
 */
public final class OfficialCalls implements FabricCalls {
  private final DataArtsFabricClient client;
  private final EndpointInput createBody;

  private OfficialCalls(DataArtsFabricClient client) {
    this.client = client;
    this.createBody = documentedCreateBody();
  }

  /** A client of the Fabric host at {@code fabricUrl} (http allowed), signing with AK/SK. */
  public static OfficialCalls create(String fabricUrl) {
    return new OfficialCalls(client(fabricUrl));
  }

  static DataArtsFabricClient client(String fabricUrl) {
    return DataArtsFabricClient.newBuilder()
        .withCredential(new BasicCredentials()
            .withAk(Fixture.ACCESS_KEY).withSk(Fixture.SECRET_KEY).withProjectId(Fixture.PROJECT_ID))
        .withHttpConfig(HttpConfig.getDefaultHttpConfig())
        .withEndpoint(fabricUrl)
        .build();
  }

  /** The document's CreateEndpoint body as the official model (fields it does not know are dropped). */
  static EndpointInput documentedCreateBody() {
    return JsonUtils.toObjectIgnoreUnknown(new String(Fixture.createRequestBody(), StandardCharsets.UTF_8),
        EndpointInput.class);
  }

  @Override
  public ShowEndpointResponse showEndpoint() {
    return client.showEndpoint(new ShowEndpointRequest()
        .withWorkspaceId(Fixture.WORKSPACE_ID).withEndpointId(Fixture.ENDPOINT_ID));
  }

  @Override
  public CreateEndpointResponse createEndpoint() {
    return client.createEndpoint(new CreateEndpointRequest()
        .withWorkspaceId(Fixture.WORKSPACE_ID).withBody(createBody));
  }
}
