package io.hcsdk.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.huaweicloud.sdk.core.auth.BasicCredentials;
import com.huaweicloud.sdk.core.exception.ClientRequestException;
import com.huaweicloud.sdk.core.http.HttpConfig;
import com.huaweicloud.sdk.dataartsfabric.v1.DataArtsFabricClient;
import com.huaweicloud.sdk.dataartsfabric.v1.model.CreateEndpointRequest;
import com.huaweicloud.sdk.dataartsfabric.v1.model.CreateEndpointResponse;
import com.huaweicloud.sdk.dataartsfabric.v1.model.EndpointInput;
import com.huaweicloud.sdk.dataartsfabric.v1.model.EndpointType;
import com.huaweicloud.sdk.dataartsfabric.v1.model.ShowEndpointRequest;
import com.huaweicloud.sdk.dataartsfabric.v1.model.ShowEndpointResponse;
import org.junit.jupiter.api.Test;

/**
 * Huawei Cloud's own Java SDK ({@code huaweicloud-sdk-dataartsfabric}) signs with AK/SK against the
 * simulator, which verifies every signature: another client's reading of the algorithm agrees with ours.
 */
class OfficialSdkInteropTest {

  @Test
  void theOfficialSdkCreatesAndShowsAnEndpointWithVerifiedSignatures() {
    try (CloudSimulator sim = CloudSimulator.builder().pace(Pace.instant()).singlePort(0).start()) {
      DataArtsFabricClient client = client(sim, sim.account().secretKey());

      CreateEndpointResponse created = client.createEndpoint(new CreateEndpointRequest()
          .withWorkspaceId(sim.account().workspaceId())
          .withBody(new EndpointInput().withName("from-the-official-sdk").withType(EndpointType.JOB)));
      ShowEndpointResponse shown = client.showEndpoint(new ShowEndpointRequest()
          .withWorkspaceId(sim.account().workspaceId()).withEndpointId(created.getId()));

      assertThat(created.getStatus().getValue()).isEqualTo("CREATING");
      assertThat(shown.getName()).isEqualTo("from-the-official-sdk");
      assertThat(shown.getStatus().getValue()).isEqualTo("RUNNING");
      sim.requests().assertEvery("CreateEndpoint", r -> r.status() == 202
          && r.header("Authorization").startsWith("SDK-HMAC-SHA256 Access=" + sim.account().accessKey()),
          "carry a signature the simulator verified");
      sim.requests().assertEvery("ShowEndpoint", r -> r.status() == 200, "pass verification");
    }
  }

  @Test
  void aWrongSecretKeyFailsTheSameVerification() {
    try (CloudSimulator sim = CloudSimulator.builder().singlePort(0).start()) {
      DataArtsFabricClient client = client(sim, "wrong-secret-key");

      assertThatThrownBy(() -> client.showEndpoint(new ShowEndpointRequest()
          .withWorkspaceId(sim.account().workspaceId()).withEndpointId("0123456789abcdef0123456789abcdef")))
          .isInstanceOfSatisfying(ClientRequestException.class, e -> {
            assertThat(e.getHttpStatusCode()).isEqualTo(401);
            assertThat(e.getErrorCode()).isEqualTo("APIG.0301");
          });
    }
  }

  private static DataArtsFabricClient client(CloudSimulator sim, String secretKey) {
    return DataArtsFabricClient.newBuilder()
        .withHttpConfig(HttpConfig.getDefaultHttpConfig().withTimeout(10))
        .withCredential(new BasicCredentials().withAk(sim.account().accessKey()).withSk(secretKey)
            .withProjectId(sim.account().projectId()))
        .withEndpoint(sim.fabricUrl())
        .build();
  }
}
