package io.hcsdk.testing.resilience;

import io.hcsdk.core.ClientConfig;
import io.hcsdk.fabric.FabricClient;
import io.hcsdk.modelarts.ModelArtsClient;
import io.hcsdk.testing.AuthMode;
import io.hcsdk.testing.CloudSimulator;
import io.hcsdk.testing.SimAccount;
import java.util.function.UnaryOperator;

/**
 * Simulators whose account is made of {@link Sentinels}: the token, AK/SK, IAM password (and a temporary
 * AK/SK with a security token) every scenario authenticates with are the secrets the final sweep looks for.
 */
public final class Sims {
  public static final SimAccount ACCOUNT = SimAccount.random().withToken(Sentinels.TOKEN)
      .withAkSk(Sentinels.AK, Sentinels.SK).withIamUser("sentinel-domain", "sentinel-user", Sentinels.IAM_PASSWORD);

  private Sims() {}

  /** A builder on virtual time with the sentinel account (and temporary AK/SK); add options, then start. */
  public static CloudSimulator.Builder builder() {
    return CloudSimulator.builder().virtualTime().account(ACCOUNT)
        .temporaryAkSk(Sentinels.TEMP_AK, Sentinels.TEMP_SK, Sentinels.SECURITY_TOKEN);
  }

  public static CloudSimulator start() {
    return builder().start();
  }

  /** A Fabric client of {@code mode} on {@code sim}, its configuration adjusted by {@code options}. */
  public static FabricClient fabric(CloudSimulator sim, AuthMode mode, UnaryOperator<ClientConfig.Builder> options) {
    return FabricClient.builder().config(options.apply(sim.clientConfig(mode).toBuilder()).build()).build();
  }

  public static FabricClient fabric(CloudSimulator sim, AuthMode mode) {
    return sim.fabricClient(mode);
  }

  public static ModelArtsClient modelArts(CloudSimulator sim, AuthMode mode,
      UnaryOperator<ClientConfig.Builder> options) {
    return ModelArtsClient.builder().config(options.apply(sim.clientConfig(mode).toBuilder()).build()).build();
  }

  public static ModelArtsClient modelArts(CloudSimulator sim, AuthMode mode) {
    return sim.modelArtsClient(mode);
  }

  /** Marks the tokens the simulator's IAM issued so far as secrets the sweep looks for. */
  public static void learnIssuedTokens(CloudSimulator sim) {
    sim.issuedTokens().forEach(Sentinels::learn);
  }
}
