package io.hcsdk.core.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.hcsdk.core.ClientConfig;
import java.io.IOException;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.Test;

/** The User-Agent carries the version the build recorded, not one written in the code (issue 7, defect 16). */
class UserAgentTest {
  @Test
  void theVersionComesFromTheBuild() throws IOException, InterruptedException {
    // sdk-core's pom passes ${project.version} to the tests, and filters it into version.properties
    String built = System.getProperty("hcsdk.expectedVersion");
    assertThat(built).as("set by sdk-core's surefire configuration").isNotBlank();
    assertThat(HttpPipeline.SDK_VERSION).isEqualTo(built);

    try (MockWebServer server = new MockWebServer()) {
      server.start();
      server.enqueue(new MockResponse.Builder().code(200).body("{}").build());
      try (HttpPipeline pipeline = new HttpPipeline(ClientConfig.builder()
          .endpoint(ClientConfig.FABRIC, server.url("/").toString()).build())) {
        pipeline.send(ApiRequest.get(ClientConfig.FABRIC, "/x").build(), Void.class);
      }
      assertThat(server.takeRequest().getHeaders().get("User-Agent")).startsWith("hcsdk-java/" + built + " Java/");
    }
  }
}
