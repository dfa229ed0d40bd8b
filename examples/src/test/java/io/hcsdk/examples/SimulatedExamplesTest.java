package io.hcsdk.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** Every example that runs against the simulator keeps doing what its output says. */
class SimulatedExamplesTest {
  private static String output(Consumer<PrintStream> example) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    example.accept(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    return bytes.toString(StandardCharsets.UTF_8);
  }

  @Test
  void quickstartRunsTheWholeFlow() {
    assertThat(output(Quickstart::run))
        .containsPattern("Created endpoint [0-9a-f]{32}: CREATING")
        .containsPattern("Endpoint [0-9a-f]{32} is RUNNING")
        .containsPattern("Service instance \\S+ is RUNNING")
        .contains("Creation failed as staged: FABRIC.0001 insufficient quota")
        .contains("[quickstart-endpoint=RUNNING, doomed-endpoint=CREATE_FAILED]")
        .contains("Deleted everything; endpoints left: 0");
  }

  @Test
  void pagingFetchesOnlyWhatItNeeds() {
    assertThat(output(PagingExample::run))
        .contains("First page: 10 of 25, next PageRequest{offset=10, limit=10}")
        .contains("Page 1: 10 endpoints", "Page 2: 10 endpoints", "Page 3: 5 endpoints")
        .doesNotContain("Page 4")
        .contains("First three [endpoint-1, endpoint-2, endpoint-3] cost 1 list call(s)")
        .contains("At most 12: 12 endpoints");
  }

  @Test
  void errorsArriveTypedAndTransientOnesAreRetried() {
    assertThat(output(ErrorsExample::run))
        .contains("Rejected before sending: name: may contain only")
        .contains("Rejected before sending: reserved_resource.apu.max_num: must be between 1 and 1000 (was 5000)")
        .containsPattern("Not found: common.01000001 .* \\(request id [^-)]+\\)")
        .contains("After two 503s the list still works: 0 endpoints")
        .containsPattern("Gave up after 4 attempts: HTTP 500 common.00000500: internal error");
  }
}
