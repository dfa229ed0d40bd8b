package io.hcsdk.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.hcsdk.core.ClientConfig;
import io.hcsdk.core.EnvironmentConfig;
import io.hcsdk.core.auth.EnvironmentCredentials;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The README is part of the product: its commands and its variable table must stay true. */
class ReadmeTest {
  private static final Path ROOT = Path.of("..");

  @Test
  void quickStartCommandsAreTheOnesCiAndTheQuickstartProfileUse() throws IOException {
    String readme = Files.readString(ROOT.resolve("README.md"));
    String ci = Files.readString(ROOT.resolve(".ci/run"));
    String examplesPom = Files.readString(ROOT.resolve("examples/pom.xml"));

    assertThat(readme).contains("## Quick start")
        .contains("mvn -B -q -Pquickstart -pl examples -am verify -DskipTests")
        .contains("mvn -B verify");
    assertThat(ci).contains("\nmvn -B verify\n");
    assertThat(examplesPom).contains("<id>quickstart</id>").contains("<example>io.hcsdk.examples.Quickstart</example>");
  }

  @Test
  void everyEnvironmentVariableTheSdkReadsIsDocumented() throws IOException {
    String readme = Files.readString(ROOT.resolve("README.md"));
    List<String> configVariables = List.of(EnvironmentConfig.REGION, EnvironmentConfig.ENDPOINT_FABRIC,
        EnvironmentConfig.ENDPOINT_FABRIC_EP, EnvironmentConfig.ENDPOINT_MODELARTS, EnvironmentConfig.IAM_ENDPOINT,
        EnvironmentConfig.PROJECT_ID, EnvironmentConfig.WORKSPACE_ID);
    for (String variable : configVariables) {
      assertThat(readme).contains("`" + variable + "`");
    }
    for (String variable : EnvironmentCredentials.VARIABLES) {
      assertThat(readme).contains("`" + variable + "`");
    }
  }
}
