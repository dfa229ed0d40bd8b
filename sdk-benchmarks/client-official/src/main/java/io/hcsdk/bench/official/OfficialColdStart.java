package io.hcsdk.bench.official;

import com.huaweicloud.sdk.dataartsfabric.v1.model.ShowEndpointRequest;
import com.huaweicloud.sdk.dataartsfabric.v1.model.ShowEndpointResponse;
import io.hcsdk.bench.driver.Fixture;
import io.hcsdk.bench.driver.Worker;

/**
 * A whole application's first call: a fresh JVM builds the official client and shows one endpoint.
 * {@code OfficialColdStart <fabric url>}; prints {@code @@shown <id>} when the answer is in.
 */
public final class OfficialColdStart {
  private OfficialColdStart() {}

  public static void main(String[] args) {
    ShowEndpointResponse endpoint = OfficialCalls.client(args[0]).showEndpoint(new ShowEndpointRequest()
        .withWorkspaceId(Fixture.WORKSPACE_ID).withEndpointId(Fixture.ENDPOINT_ID));
    System.out.println(Worker.MARK + "shown " + endpoint.getId());
  }
}
