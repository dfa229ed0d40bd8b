package io.hcsdk.core.resource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hcsdk.core.ClientConfig;
import io.hcsdk.core.auth.CredentialsNotFoundException;
import io.hcsdk.core.auth.TokenCredentials;
import io.hcsdk.core.poll.WaitPolicy;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The settings every service client's builder shares, and no client without credentials. */
class ServiceClientBuilderTest {
  /** A service's builder: its own settings beside the shared ones, and a build that returns the config. */
  static final class DemoBuilder extends ServiceClientBuilder<DemoBuilder> {
    DemoBuilder workspace(String id) {
      return configure(config -> config.workspaceId(id));
    }

    ClientConfig build() {
      return buildConfig("DemoClient");
    }
  }

  @Test
  void theSharedSettingsReachTheConfigAndChainAsTheServicesOwnBuilder() {
    WaitPolicy waits = WaitPolicy.builder().timeout(Duration.ofMinutes(5)).build();

    ClientConfig config = new DemoBuilder().region("cn-north-4").credentials(TokenCredentials.of("t"))
        .waitPolicy(waits).workspace("ws-1").build();

    assertThat(config.region()).contains("cn-north-4");
    assertThat(config.waitPolicy()).isEqualTo(waits);
    assertThat(config.workspaceId()).contains("ws-1");
    assertThat(config.credentials()).isPresent();
  }

  @Test
  void aWholeConfigIsTheStartingPointOfLaterSettings() {
    ClientConfig base = ClientConfig.builder().region("cn-north-4").projectId("p1").build();

    ClientConfig config = new DemoBuilder().config(base).credentials(TokenCredentials.of("t")).region("cn-east-3")
        .build();

    assertThat(config.projectId()).contains("p1");
    assertThat(config.region()).contains("cn-east-3");
  }

  @Test
  void withoutCredentialsTheBuildIsRefusedNamingTheClient() {
    assertThatThrownBy(() -> new DemoBuilder().region("cn-north-4").build())
        .isInstanceOf(CredentialsNotFoundException.class)
        .hasMessageContaining("DemoClient needs credentials").hasMessageContaining("DemoClient.fromEnvironment()");
  }
}
