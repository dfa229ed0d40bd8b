package io.hcsdk.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** {@code java -jar sdk-testing-*-standalone.jar}: every host on one port, and how to reach it. */
class StandaloneTest {

  @Test
  void servesEveryHostOnOnePortAndPrintsItsUrlAndCredentials() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (CloudSimulator sim = SimulatorMain.start(new String[] {"--port", "0", "--token", "t0k3n", "--aksk",
        "MYAK:MYSK", "--pace", "30s", "--project", "proj-1"}, new PrintStream(bytes, true, StandardCharsets.UTF_8))) {
      String printed = bytes.toString(StandardCharsets.UTF_8);
      Matcher url = Pattern.compile("simulator on (http://127\\.0\\.0\\.1:\\d+) ").matcher(printed);
      assertThat(url.find()).isTrue();
      String base = url.group(1);

      assertThat(printed).contains("X-Auth-Token: t0k3n", "AK/SK (SDK-HMAC-SHA256): MYAK:MYSK", "pace: PT30S",
          "export HUAWEICLOUD_SDK_ENDPOINT_FABRIC_EP=" + base, "export HUAWEICLOUD_SDK_ENDPOINT_MODELARTS=" + base,
          "export HUAWEICLOUD_SDK_IAM_ENDPOINT=" + base, "export HUAWEICLOUD_SDK_PROJECT_ID=proj-1");
      Http http = Http.with(base, Map.of("X-Auth-Token", "t0k3n"));
      assertThat(http.get("/v1/workspaces/ws-1/endpoints").status()).isEqualTo(200);
      assertThat(http.get("/v1/workspaces/ws-1/services/instances").status()).isEqualTo(200);
      assertThat(http.get("/v1/proj-1/demanager/instances?de_type=Notebook").status()).isEqualTo(200);
      assertThat(Http.with(base, Map.of()).post("/v3/auth/tokens", "{}").status()).isEqualTo(400);
      assertThat(sim.requests().all()).extracting(CapturedRequest::host)
          .containsExactly(SimHost.FABRIC, SimHost.FABRIC_EP, SimHost.MODELARTS, SimHost.IAM);
    }
  }

  @Test
  void badArgumentsAreExplained() {
    PrintStream quiet = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);

    assertThatThrownBy(() -> SimulatorMain.start(new String[] {"--aksk", "no-colon"}, quiet))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("--aksk wants AK:SK");
    assertThatThrownBy(() -> SimulatorMain.start(new String[] {"--port", "http"}, quiet))
        .hasMessage("--port must be a number: http");
    assertThatThrownBy(() -> SimulatorMain.start(new String[] {"--pace", "soon"}, quiet))
        .hasMessageStartingWith("A pace is a number of reads");
    assertThatThrownBy(() -> SimulatorMain.start(new String[] {"--colour"}, quiet))
        .hasMessage("--colour needs a value");
    assertThatThrownBy(() -> SimulatorMain.start(new String[] {"--colour", "red"}, quiet))
        .hasMessage("unknown option --colour");
  }
}
