package io.hcsdk.bench.hcsdk;

import io.hcsdk.bench.driver.Fixture;
import io.hcsdk.bench.driver.Worker;
import io.hcsdk.core.auth.AkSkCredentials;
import io.hcsdk.fabric.FabricClient;
import io.hcsdk.fabric.model.Endpoint;

/**
 * A whole application's first call: a fresh JVM builds a client and shows one endpoint, nothing more.
 * {@code HcsdkColdStart <fabric url>}; prints {@code @@shown <id>} when the answer is in.
 */
public final class HcsdkColdStart {
  private HcsdkColdStart() {}

  public static void main(String[] args) {
    try (FabricClient fabric = FabricClient.builder()
        .fabricEndpoint(args[0])
        .credentials(AkSkCredentials.builder()
            .ak(Fixture.ACCESS_KEY).sk(Fixture.SECRET_KEY).projectId(Fixture.PROJECT_ID).build())
        .build()) {
      Endpoint endpoint = fabric.endpoints(Fixture.WORKSPACE_ID).get(Fixture.ENDPOINT_ID);
      System.out.println(Worker.MARK + "shown " + endpoint.id());
    }
  }
}
