package io.hcsdk.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.hcsdk.core.ClientConfig;
import io.hcsdk.core.EnvironmentConfig;
import io.hcsdk.core.auth.EnvironmentCredentials;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
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

  @Test
  void theExamplesTableListsEveryExampleProgramAndOnlyThose() throws IOException {
    String readme = Files.readString(ROOT.resolve("README.md"));
    String table = readme.substring(readme.indexOf("## Examples"), readme.indexOf("## Modules"));
    Path sources = ROOT.resolve("examples/src/main/java/io/hcsdk/examples");
    List<String> programs;
    try (Stream<Path> files = Files.list(sources)) {
      programs = files.filter(f -> read(f).contains("public static void main(String[] args)"))
          .map(f -> f.getFileName().toString().replace(".java", "")).sorted().toList();
    }
    Matcher rows = Pattern.compile("\\| \\[`(\\w+)`]\\((examples/[^)]+)\\)").matcher(table);
    List<String> listed = new java.util.ArrayList<>();
    while (rows.find()) {
      listed.add(rows.group(1));
      assertThat(ROOT.resolve(rows.group(2))).exists();
    }

    assertThat(listed).containsExactlyInAnyOrderElementsOf(programs);
  }

  @Test
  void theSimulatorSectionNamesTheJarTheBuildMakes() throws IOException {
    String readme = Files.readString(ROOT.resolve("README.md"));
    String pom = Files.readString(ROOT.resolve("sdk-testing/pom.xml"));

    assertThat(pom).contains("<shadedClassifierName>standalone</shadedClassifierName>")
        .contains("<simulator.main>io.hcsdk.testing.SimulatorMain</simulator.main>");
    assertThat(readme).contains("## Simulator").contains("java -jar sdk-testing/target/sdk-testing-0.1.0-SNAPSHOT-standalone.jar");
  }

  private static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
