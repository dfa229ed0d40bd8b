package io.hcsdk.core.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.hcsdk.core.ClientConfig;
import io.hcsdk.testing.FakeTime;
import io.hcsdk.core.auth.AkSkCredentials;
import io.hcsdk.core.auth.IamPasswordCredentials;
import java.io.IOException;
import java.time.Instant;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Real credentials driven by the pipeline: what reaches the wire across retries and replays. */
class CredentialsPipelineTest {
  private final FakeTime time = new FakeTime(Instant.parse("2026-11-22T10:00:00Z"));
  private MockWebServer service;
  private MockWebServer iam;

  @BeforeEach
  void start() throws IOException {
    service = new MockWebServer();
    service.start();
    iam = new MockWebServer();
    iam.start();
  }

  @AfterEach
  void stop() {
    service.close();
    iam.close();
  }

  private HttpPipeline pipeline(io.hcsdk.core.auth.Credentials credentials) {
    return new HttpPipeline(ClientConfig.builder()
        .endpoint(ClientConfig.FABRIC, service.url("/").toString())
        .credentials(credentials)
        .clock(time)
        .sleeper(time)
        .build());
  }

  @Test
  void everyAkSkRetryIsSignedAfreshWithANewDate() throws Exception {
    service.enqueue(new MockResponse.Builder().code(503).addHeader("Retry-After", "2").build());
    service.enqueue(new MockResponse.Builder().code(200).body("{}").build());
    AkSkCredentials credentials = AkSkCredentials.builder().ak("QTWAOYTTINDUT2QVKYUC")
        .sk("MFyfvK41ba2giqM7Uio6PznpdUKGpownRZlmVmHc").projectId("p-1").build();

    try (HttpPipeline pipeline = pipeline(credentials)) {
      pipeline.send(ApiRequest.post(ClientConfig.FABRIC, "/v1/things").body(java.util.Map.of("a", 1)).build(),
          JsonNode.class);
    }

    RecordedRequest first = service.takeRequest();
    RecordedRequest second = service.takeRequest();
    assertThat(first.getHeaders().get("X-Sdk-Date")).isEqualTo("20261122T100000Z");
    assertThat(second.getHeaders().get("X-Sdk-Date")).isEqualTo("20261122T100002Z");
    assertThat(second.getHeaders().get("Authorization"))
        .startsWith("SDK-HMAC-SHA256 Access=QTWAOYTTINDUT2QVKYUC, SignedHeaders=content-type;host;x-project-id;x-sdk-date, Signature=")
        .isNotEqualTo(first.getHeaders().get("Authorization"));
    assertThat(second.getHeaders().get("X-Project-Id")).isEqualTo("p-1");
  }

  @Test
  void iamTokenIsRefreshedOnceAfterA401AndTheRequestReplayedOnce() throws Exception {
    iam.enqueue(token("token-1"));
    iam.enqueue(token("token-2"));
    service.enqueue(new MockResponse.Builder().code(401)
        .body("{\"error_code\":\"APIG.1002\",\"error_msg\":\"Incorrect token or token resolution failed\"}").build());
    service.enqueue(new MockResponse.Builder().code(200).body("{\"ok\":true}").build());
    IamPasswordCredentials credentials = IamPasswordCredentials.builder().userName("alice")
        .password("pa55-word-secret").domainName("acme").projectId("p-1")
        .iamEndpoint(iam.url("/").toString()).build();

    ApiResponse<JsonNode> response;
    try (HttpPipeline pipeline = pipeline(credentials)) {
      response = pipeline.send(ApiRequest.get(ClientConfig.FABRIC, "/v1/things").build(), JsonNode.class);
    }

    assertThat(response.body().get("ok").asBoolean()).isTrue();
    assertThat(response.attempts()).isEqualTo(2);
    assertThat(iam.getRequestCount()).isEqualTo(2);
    assertThat(iam.takeRequest().getUrl().encodedPath()).isEqualTo("/v3/auth/tokens");
    assertThat(service.getRequestCount()).isEqualTo(2);
    assertThat(service.takeRequest().getHeaders().get("X-Auth-Token")).isEqualTo("token-1");
    assertThat(service.takeRequest().getHeaders().get("X-Auth-Token")).isEqualTo("token-2");
  }

  private static MockResponse token(String value) {
    return new MockResponse.Builder().code(201).addHeader("X-Subject-Token", value)
        .body("{\"token\":{\"expires_at\":\"2026-11-23T10:00:00.000000Z\",\"methods\":[\"password\"]}}").build();
  }
}
