package io.hcsdk.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.hcsdk.core.auth.AkSkCredentials;
import io.hcsdk.core.auth.CredentialsNotFoundException;
import io.hcsdk.core.auth.EnvironmentCredentials;
import io.hcsdk.core.auth.TokenCredentials;
import io.hcsdk.core.http.ApiRequest;
import io.hcsdk.core.http.ApiResponse;
import io.hcsdk.core.http.HttpPipeline;
import io.hcsdk.core.retry.RetryPolicy;
import java.net.InetSocketAddress;
import java.net.Proxy;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.Test;

class ClientConfigTest {
  @Test
  void defaults() {
    ClientConfig config = ClientConfig.builder().build();

    assertThat(config.connectTimeout()).isEqualTo(Duration.ofSeconds(10));
    assertThat(config.readTimeout()).isEqualTo(Duration.ofSeconds(60));
    assertThat(config.writeTimeout()).isEqualTo(Duration.ofSeconds(60));
    assertThat(config.callTimeout()).isEqualTo(Duration.ofSeconds(120));
    assertThat(config.retryPolicy().maxRetries()).isEqualTo(3);
    assertThat(config.clock()).isEqualTo(Clock.systemUTC());
    assertThat(config.sleeper()).isSameAs(Sleeper.SYSTEM);
    assertThat(config.region()).isEmpty();
    assertThat(config.credentials()).isEmpty();
    assertThat(config.proxy()).isEmpty();
    assertThat(config.scheduler()).isEmpty();
    assertThat(config.httpClient()).isEmpty();
    assertThat(config.endpoints()).isEmpty();
  }

  @Test
  void endpointsFollowTheRegion() {
    ClientConfig config = ClientConfig.builder().region("cn-north-4").build();

    assertThat(config.endpoint(ClientConfig.FABRIC)).hasToString("https://fabric.cn-north-4.myhuaweicloud.com/");
    assertThat(config.endpoint(ClientConfig.FABRIC_EP)).hasToString("https://fabric-ep.cn-north-4.myhuaweicloud.com/");
    assertThat(config.endpoint(ClientConfig.MODELARTS)).hasToString("https://modelarts.cn-north-4.myhuaweicloud.com/");
    assertThat(config.endpoint(ClientConfig.IAM)).hasToString("https://iam.cn-north-4.myhuaweicloud.com/");
  }

  @Test
  void regionIsNormalised() {
    ClientConfig config = ClientConfig.builder().region(" CN-Southwest-2 ").build();

    assertThat(config.region()).contains("cn-southwest-2");
    assertThat(config.endpoint(ClientConfig.FABRIC)).hasToString("https://fabric.cn-southwest-2.myhuaweicloud.com/");
  }

  @Test
  void modelArtsInApSoutheast1UsesDotCn() {
    ClientConfig config = ClientConfig.builder().region("ap-southeast-1").build();

    assertThat(config.endpoint(ClientConfig.MODELARTS)).hasToString("https://modelarts.ap-southeast-1.myhuaweicloud.cn/");
    assertThat(config.endpoint(ClientConfig.FABRIC)).hasToString("https://fabric.ap-southeast-1.myhuaweicloud.com/");
  }

  @Test
  void iamIsGlobalWithoutARegion() {
    assertThat(ClientConfig.builder().build().endpoint(ClientConfig.IAM)).hasToString("https://iam.myhuaweicloud.com/");
  }

  @Test
  void overrideWinsAndMayBePlainHttp() {
    ClientConfig config = ClientConfig.builder().region("cn-north-4")
        .endpoint(ClientConfig.FABRIC, "http://localhost:8080/prefix/")
        .endpoint(ClientConfig.IAM, HttpUrl.get("https://iam.private.example"))
        .build();

    assertThat(config.endpoint(ClientConfig.FABRIC)).hasToString("http://localhost:8080/prefix/");
    assertThat(config.endpoint(ClientConfig.IAM)).hasToString("https://iam.private.example/");
    assertThat(config.endpoint(ClientConfig.FABRIC_EP)).hasToString("https://fabric-ep.cn-north-4.myhuaweicloud.com/");
    // an override needs no region
    assertThat(ClientConfig.builder().endpoint(ClientConfig.MODELARTS, "http://10.0.0.1").build()
        .endpoint(ClientConfig.MODELARTS)).hasToString("http://10.0.0.1/");
  }

  @Test
  void invalidOverrideIsRejected() {
    assertThatThrownBy(() -> ClientConfig.builder().endpoint(ClientConfig.FABRIC, "ftp://x"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("fabric");
    assertThatThrownBy(() -> ClientConfig.builder().endpoint(ClientConfig.FABRIC, " "))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void missingRegionNamesTheSettingAndTheVariables() {
    ClientConfig config = ClientConfig.builder().build();

    assertThatThrownBy(() -> config.endpoint(ClientConfig.FABRIC))
        .isInstanceOf(HcException.class)
        .hasMessageContaining("fabric")
        .hasMessageContaining("ClientConfig.region")
        .hasMessageContaining(EnvironmentConfig.REGION)
        .hasMessageContaining(EnvironmentConfig.ENDPOINT_FABRIC);
    assertThatThrownBy(() -> config.endpoint(ClientConfig.FABRIC_EP))
        .hasMessageContaining(EnvironmentConfig.ENDPOINT_FABRIC_EP);
    assertThatThrownBy(() -> config.endpoint(ClientConfig.MODELARTS))
        .hasMessageContaining(EnvironmentConfig.REGION)
        .hasMessageContaining(EnvironmentConfig.ENDPOINT_MODELARTS);
  }

  @Test
  void fromEnvironmentReadsEveryVariable() {
    Map<String, String> env = Map.of(
        "HUAWEICLOUD_SDK_REGION", "cn-north-4",
        "HUAWEICLOUD_SDK_ENDPOINT_FABRIC", "http://fabric.test:1",
        "HUAWEICLOUD_SDK_ENDPOINT_FABRIC_EP", "http://fabric-ep.test:2",
        "HUAWEICLOUD_SDK_ENDPOINT_MODELARTS", "http://modelarts.test:3",
        "HUAWEICLOUD_SDK_IAM_ENDPOINT", "http://iam.test:4",
        "HUAWEICLOUD_SDK_PROJECT_ID", " p-123 ",
        "HUAWEICLOUD_SDK_WORKSPACE_ID", "ws-9",
        "HUAWEICLOUD_SDK_AUTH_TOKEN", "env-token-value");

    ClientConfig config = ClientConfig.fromEnvironment(env);

    assertThat(config.region()).contains("cn-north-4");
    assertThat(config.endpoint(ClientConfig.FABRIC)).hasToString("http://fabric.test:1/");
    assertThat(config.endpoint(ClientConfig.FABRIC_EP)).hasToString("http://fabric-ep.test:2/");
    assertThat(config.endpoint(ClientConfig.MODELARTS)).hasToString("http://modelarts.test:3/");
    assertThat(config.endpoint(ClientConfig.IAM)).hasToString("http://iam.test:4/");
    assertThat(config.projectId()).contains("p-123");
    assertThat(config.workspaceId()).contains("ws-9");
    assertThat(config.credentials()).containsInstanceOf(TokenCredentials.class);
    assertThat(config.toString()).doesNotContain("env-token-value");
  }

  @Test
  void fromEnvironmentTreatsBlankAsUnset() {
    ClientConfig config = ClientConfig.fromEnvironment(Map.of("HUAWEICLOUD_SDK_REGION", " ",
        "HUAWEICLOUD_SDK_ENDPOINT_FABRIC", "", "HUAWEICLOUD_SDK_AUTH_TOKEN", "t"));

    assertThat(config.region()).isEmpty();
    assertThat(config.endpoints()).isEmpty();
  }

  @Test
  void fromEnvironmentWithoutCredentialsListsTheVariables() {
    assertThatThrownBy(() -> ClientConfig.fromEnvironment(Map.of("HUAWEICLOUD_SDK_REGION", "cn-north-4")))
        .isInstanceOfSatisfying(CredentialsNotFoundException.class, e -> assertThat(e.missing()).isEmpty())
        .hasMessageContaining(EnvironmentCredentials.AUTH_TOKEN)
        .hasMessageContaining(EnvironmentCredentials.AK)
        .hasMessageContaining(EnvironmentCredentials.SK)
        .hasMessageContaining(EnvironmentCredentials.IAM_USER)
        .hasMessageContaining(EnvironmentCredentials.IAM_PASSWORD);
  }

  @Test
  void toStringHidesSecrets() {
    ClientConfig config = ClientConfig.builder().region("cn-north-4")
        .credentials(TokenCredentials.of("TOKEN-SECRET-1"))
        .proxy("proxy.local", 3128)
        .proxyCredentials("proxy-user", "PROXY-PASS-2")
        .build();

    assertThat(config.toString()).contains("proxy-user", "proxyPassword=****", "cn-north-4")
        .doesNotContain("TOKEN-SECRET-1").doesNotContain("PROXY-PASS-2");
    ClientConfig akSk = config.toBuilder().credentials(AkSkCredentials.builder().ak("AKVALUE0123456789")
        .sk("SK-SECRET-3").securityToken("SEC-TOKEN-4").build()).build();
    assertThat(akSk.toString()).doesNotContain("SK-SECRET-3").doesNotContain("SEC-TOKEN-4")
        .doesNotContain("PROXY-PASS-2").doesNotContain("AKVALUE0123456789");
  }

  @Test
  void toBuilderCopiesEverything() {
    OkHttpClient shared = new OkHttpClient();
    ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor();
    try {
      Clock clock = Clock.fixed(java.time.Instant.EPOCH, java.time.ZoneOffset.UTC);
      Sleeper sleeper = duration -> { };
      RetryPolicy policy = RetryPolicy.none();
      TokenCredentials credentials = TokenCredentials.of("t");
      ClientConfig original = ClientConfig.builder().region("cn-north-4").endpoint("fabric", "http://f.test")
          .projectId("p").workspaceId("w").credentials(credentials)
          .connectTimeout(Duration.ofSeconds(1)).readTimeout(Duration.ofSeconds(2))
          .writeTimeout(Duration.ofSeconds(3)).callTimeout(Duration.ofSeconds(4))
          .proxy("proxy.local", 3128).proxyCredentials("u", "pw").userAgentSuffix("app/1")
          .httpClient(shared).retryPolicy(policy).clock(clock).sleeper(sleeper).scheduler(scheduler)
          .build();

      ClientConfig copy = original.toBuilder().build();

      assertThat(copy.region()).contains("cn-north-4");
      assertThat(copy.endpoints()).isEqualTo(original.endpoints());
      assertThat(copy.projectId()).contains("p");
      assertThat(copy.workspaceId()).contains("w");
      assertThat(copy.credentials()).containsSame(credentials);
      assertThat(copy.connectTimeout()).isEqualTo(Duration.ofSeconds(1));
      assertThat(copy.readTimeout()).isEqualTo(Duration.ofSeconds(2));
      assertThat(copy.writeTimeout()).isEqualTo(Duration.ofSeconds(3));
      assertThat(copy.callTimeout()).isEqualTo(Duration.ofSeconds(4));
      assertThat(copy.proxy()).isEqualTo(original.proxy());
      assertThat(copy.proxyUser()).contains("u");
      assertThat(copy.proxyPassword()).contains("pw");
      assertThat(copy.userAgentSuffix()).contains("app/1");
      assertThat(copy.httpClient()).containsSame(shared);
      assertThat(copy.retryPolicy()).isSameAs(policy);
      assertThat(copy.clock()).isSameAs(clock);
      assertThat(copy.sleeper()).isSameAs(sleeper);
      assertThat(copy.scheduler()).containsSame(scheduler);

      // and the copy is independent of the original
      ClientConfig changed = original.toBuilder().region("cn-southwest-2").endpoint("modelarts", "http://m.test").build();
      assertThat(original.region()).contains("cn-north-4");
      assertThat(original.endpoints()).containsOnlyKeys("fabric");
      assertThat(changed.endpoints()).containsOnlyKeys("fabric", "modelarts");
    } finally {
      scheduler.shutdownNow();
    }
  }

  @Test
  void invalidSettingsAreRejected() {
    assertThatThrownBy(() -> ClientConfig.builder().region(" ")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ClientConfig.builder().readTimeout(Duration.ofSeconds(-1)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("readTimeout");
    assertThatThrownBy(() -> ClientConfig.builder().proxyCredentials(" ", "pw"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void proxyWithCredentialsIsUsed() throws Exception {
    try (MockWebServer proxy = new MockWebServer()) {
      proxy.start();
      proxy.enqueue(new MockResponse.Builder().code(407).addHeader("Proxy-Authenticate", "Basic realm=\"x\"").build());
      proxy.enqueue(new MockResponse.Builder().code(200).body("{\"ok\":true}").build());
      ClientConfig config = ClientConfig.builder()
          // a host that cannot be resolved: only the proxy can reach it
          .endpoint(ClientConfig.FABRIC, "http://fabric.cn-north-4.example.invalid/")
          .proxy(new Proxy(Proxy.Type.HTTP, new InetSocketAddress(proxy.getHostName(), proxy.getPort())))
          .proxyCredentials("proxy-user", "PROXY-PASS-2")
          .credentials(TokenCredentials.of("tok"))
          .build();

      try (HttpPipeline pipeline = new HttpPipeline(config)) {
        ApiResponse<JsonNode> response = pipeline.send(ApiRequest.get(ClientConfig.FABRIC, "/v1/things").build(),
            JsonNode.class);
        assertThat(response.body().get("ok").asBoolean()).isTrue();
        // the 407 is the proxy's business, not a retry of ours
        assertThat(response.attempts()).isEqualTo(1);
      }

      RecordedRequest first = proxy.takeRequest(5, TimeUnit.SECONDS);
      RecordedRequest second = proxy.takeRequest(5, TimeUnit.SECONDS);
      assertThat(first.getRequestLine()).isEqualTo("GET http://fabric.cn-north-4.example.invalid/v1/things HTTP/1.1");
      assertThat(first.getHeaders().get("Proxy-Authorization")).isNull();
      assertThat(second.getRequestLine()).isEqualTo(first.getRequestLine());
      assertThat(second.getHeaders().get("Proxy-Authorization"))
          .isEqualTo(okhttp3.Credentials.basic("proxy-user", "PROXY-PASS-2"))
          .startsWith("Basic ");
      assertThat(second.getHeaders().get("X-Auth-Token")).isEqualTo("tok");
      assertThat(proxy.getRequestCount()).isEqualTo(2);
    }
  }

  @Test
  void proxyThatKeepsRefusingIsNotAskedForever() throws Exception {
    try (MockWebServer proxy = new MockWebServer()) {
      proxy.start();
      for (int i = 0; i < 3; i++) {
        proxy.enqueue(new MockResponse.Builder().code(407).addHeader("Proxy-Authenticate", "Basic realm=\"x\"").build());
      }
      ClientConfig config = ClientConfig.builder()
          .endpoint(ClientConfig.FABRIC, "http://fabric.cn-north-4.example.invalid/")
          .proxy("localhost", proxy.getPort())
          .proxyCredentials("proxy-user", "WRONG-PASS")
          .build();

      try (HttpPipeline pipeline = new HttpPipeline(config)) {
        assertThatThrownBy(() -> pipeline.send(ApiRequest.get(ClientConfig.FABRIC, "/v1/things").build(), Void.class))
            .isInstanceOf(io.hcsdk.core.error.ApiException.class)
            .satisfies(e -> assertThat(e.toString()).doesNotContain("WRONG-PASS"));
      }
      assertThat(proxy.getRequestCount()).isEqualTo(2);
    }
  }

  @Test
  void toStringHidesCredentialsInEndpointUrls() {
    ClientConfig config = ClientConfig.builder().endpoint(ClientConfig.FABRIC, "http://admin:hunter2@proxy.local:8080/").build();
    assertThat(config.toString()).doesNotContain("hunter2").doesNotContain("admin").contains("proxy.local:8080");
    assertThat(config.endpoint(ClientConfig.FABRIC).password()).isEqualTo("hunter2");
  }
}
