package io.hcsdk.testing.resilience;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/**
 * Runs last (the suite orders classes by {@link Order}): every line the SDK and the simulator logged
 * during the whole suite, at TRACE, holds none of the {@link Sentinels}.
 */
@Resilience
@Order(Integer.MAX_VALUE)
class SecretsSweepTest {

  @Test
  void noSecretReachedAnyLogLineAtTrace() throws IOException {
    String file = System.getProperty("hcsdk.resilience.log");
    Assumptions.assumeTrue(file != null, "the suite's log file is set by the resilience surefire execution");
    List<String> lines = Files.readAllLines(Path.of(file), StandardCharsets.UTF_8);

    assertThat(lines).as("the suite logs at TRACE").anyMatch(line -> line.contains(" TRACE "));
    for (int i = 0; i < lines.size(); i++) {
      Sentinels.assertClean("log line " + (i + 1), lines.get(i));
    }
  }
}
