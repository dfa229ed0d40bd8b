package io.hcsdk.testing;

import static io.hcsdk.testing.Fixtures.ENDPOINTS;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** The first simulator's API still works for code written against it (the benchmarks' process). */
class FabricSimulatorTest {

  @Test
  void acceptsAnyTokenAsBeforeUnlessOneIsRequired() {
    try (FabricSimulator open = FabricSimulator.start();
        FabricSimulator strict = FabricSimulator.builder().requireToken("t").stepsPerTransition(0).start()) {
      String id = Http.with(open.fabricUrl(), Map.of("X-Auth-Token", "whatever")).post(ENDPOINTS,
          Fixtures.endpoint("e", "job")).status("id");

      assertThat(open.requests()).hasSize(1);
      assertThat(open.endpoint(Fixtures.WS, id)).isPresent();
      assertThat(Http.with(strict.fabricUrl(), Map.of("X-Auth-Token", "whatever")).get(ENDPOINTS).status())
          .isEqualTo(401);
      assertThat(Http.with(strict.fabricUrl(), Map.of("X-Auth-Token", "t")).get(ENDPOINTS).status()).isEqualTo(200);
      assertThat(strict.cloud().account().token()).isEqualTo("t");
    }
  }

  @Test
  void signaturesAreVerifiedEvenWhenAnyTokenPasses() {
    try (CloudSimulator sim = CloudSimulator.builder().anyToken().start()) {
      Http.Reply forged = Http.with(sim.fabricUrl(), Map.of("Authorization",
          "SDK-HMAC-SHA256 Access=AK, SignedHeaders=host;x-sdk-date, Signature=abc")).get(ENDPOINTS);

      assertThat(forged.status()).isEqualTo(401);
      assertThat(Http.with(sim.fabricUrl(), Map.of("X-Auth-Token", "mine")).get(ENDPOINTS).status()).isEqualTo(200);
    }
  }
}
