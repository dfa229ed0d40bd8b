package io.hcsdk.codegen;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The Java emitted for golden/demo.yaml, a small spec using every feature, equals the expected
 * files under golden/expected/. After an intended change, regenerate them with
 * {@code mvn -pl sdk-codegen -am verify -Dgolden.update=true} and review the diff.
 */
class GoldenTest {
  static final Path GOLDEN = Path.of("src/test/resources/golden");
  static final Path EXPECTED = GOLDEN.resolve("expected");

  static Map<String, String> generated() {
    return Generator.generate(SpecDocument.read(GOLDEN.resolve("demo.yaml")));
  }

  @Test
  void emittedJavaEqualsTheGoldenFiles() throws IOException {
    Map<String, String> files = generated();
    if (Boolean.getBoolean("golden.update")) {
      deleteTree(EXPECTED);
      for (Map.Entry<String, String> file : files.entrySet()) {
        Path target = EXPECTED.resolve(file.getKey());
        Files.createDirectories(target.getParent());
        Files.writeString(target, file.getValue(), StandardCharsets.UTF_8);
      }
    }
    assertThat(new TreeSet<>(files.keySet())).containsExactlyElementsOf(expectedFiles());
    for (Map.Entry<String, String> file : files.entrySet()) {
      assertThat(file.getValue()).as(file.getKey())
          .isEqualTo(Files.readString(EXPECTED.resolve(file.getKey()), StandardCharsets.UTF_8));
    }
  }

  @Test
  void generationIsDeterministic() {
    assertThat(generated()).isEqualTo(generated());
  }

  private static List<String> expectedFiles() throws IOException {
    try (Stream<Path> all = Files.walk(EXPECTED)) {
      return all.filter(Files::isRegularFile)
          .map(p -> EXPECTED.relativize(p).toString().replace('\\', '/')).sorted().toList();
    }
  }

  private static void deleteTree(Path root) throws IOException {
    if (!Files.exists(root)) {
      return;
    }
    try (Stream<Path> all = Files.walk(root)) {
      for (Path p : all.sorted((a, b) -> b.getNameCount() - a.getNameCount()).toList()) {
        Files.delete(p);
      }
    }
  }
}
