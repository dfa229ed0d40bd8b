package io.hcsdk.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The README's quick start must keep working: run it and check what it reports. */
class QuickstartTest {
  @Test
  void runsTheWholeFlowAgainstTheSimulator() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    Quickstart.run(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    String output = bytes.toString(StandardCharsets.UTF_8);
    System.out.println(output);

    assertThat(output)
        .containsPattern("Created endpoint [0-9a-f]{32}: CREATING")
        .containsPattern("Endpoint [0-9a-f]{32} is RUNNING")
        .containsPattern("Service instance \\S+ is RUNNING")
        .contains("Creation failed as staged: FABRIC.0001 insufficient quota")
        .contains("[quickstart-endpoint=RUNNING, doomed-endpoint=CREATE_FAILED]")
        .contains("Deleted everything; endpoints left: 0");
  }
}
