package io.hcsdk.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.hcsdk.core.ClientConfig;
import io.hcsdk.core.auth.AkSkCredentials;
import io.hcsdk.core.error.UnauthorizedException;
import io.hcsdk.fabric.FabricClient;
import io.hcsdk.testing.internal.ApiSpec;
import io.hcsdk.testing.internal.Authenticator;
import io.hcsdk.testing.internal.SimResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import okhttp3.Headers;
import okhttp3.HttpUrl;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The gateway's authentication: known tokens, verified AK/SK signatures, and IAM's token issue. */
class AuthTest {
  private static final String IAM_OP = ApiSpec.IAM_TOKEN_OPERATION;

  // ----------------------------------------------------------------- the three published vectors (INDEX.md)

  @Test
  void theFirstPublishedVectorIsAccepted() {
    Authenticator auth = authenticatorAt("2019-11-15T03:36:55Z", "QTWAOYTTINDUT2QVKYUC",
        "MFyfvK41ba2giqM7Uio6PznpdUKGpownRZlmVmHc");
    HttpUrl url = HttpUrl.get("https://service.region.example.com/v1/77b6a44cba5143ab91d13ab9a8ff44fd/vpcs"
        + "?limit=2&marker=13551d6b-755d-4757-b956-536f674975c0");
    Headers headers = Headers.of("Content-Type", "application/json", "Host", "service.region.example.com",
        "X-Sdk-Date", "20191115T033655Z", "Authorization", "SDK-HMAC-SHA256 Access=QTWAOYTTINDUT2QVKYUC, "
            + "SignedHeaders=content-type;host;x-sdk-date, "
            + "Signature=7be6668032f70418fcc22abc52071e57aff61b84a1d2381bb430d6870f4f6ebe");

    assertThat(auth.check("GET", url, headers, new byte[0])).isEmpty();
    assertThat(auth.check("GET", url, tamper(headers), new byte[0])).hasValueSatisfying(AuthTest::isBadSignature);
  }

  @Test
  void theSecondAndThirdPublishedVectorsAreAccepted() {
    Authenticator auth = authenticatorAt("2020-06-08T02:39:00Z", "AccessKey", "SecretKey");
    HttpUrl url = HttpUrl.get("https://service.endpoint.myhuaweicloud.com/resources?size=1");
    Headers get = vector2Headers("cfb4171acec81de07d50e53d57eb77edd537414d66ddb1d7d780f128e12cd842");
    Headers post = vector2Headers("436b1ac0a1ae03705934bb70ef2f2e09f7bfed2117d731a38235053199323a1f");
    byte[] body = "{\"name\":\"test\",\"id\":1}".getBytes(StandardCharsets.UTF_8);

    assertThat(auth.check("GET", url, get, new byte[0])).isEmpty();
    assertThat(auth.check("POST", url, post, body)).isEmpty();
    assertThat(auth.check("POST", url, post, "{\"name\":\"test\",\"id\":2}".getBytes(StandardCharsets.UTF_8)))
        .hasValueSatisfying(AuthTest::isBadSignature);
  }

  @Test
  void aSignatureOutsideTheFifteenMinuteWindowOrWithoutHostIsRefused() {
    HttpUrl url = HttpUrl.get("https://service.endpoint.myhuaweicloud.com/resources?size=1");
    Headers headers = vector2Headers("cfb4171acec81de07d50e53d57eb77edd537414d66ddb1d7d780f128e12cd842");
    Authenticator late = authenticatorAt("2020-06-08T02:54:01Z", "AccessKey", "SecretKey");
    Authenticator justInTime = authenticatorAt("2020-06-08T02:54:00Z", "AccessKey", "SecretKey");
    Authenticator unknownKey = authenticatorAt("2020-06-08T02:39:00Z", "OtherKey", "SecretKey");
    Headers hostUnsigned = headers.newBuilder().set("Authorization", headers.get("Authorization")
        .replace("host;x-sdk-date", "x-sdk-date")).build();

    assertThat(late.check("GET", url, headers, new byte[0])).hasValueSatisfying(r ->
        assertThat(errorMessage(r)).contains("15 minutes"));
    assertThat(justInTime.check("GET", url, headers, new byte[0])).isEmpty();
    assertThat(unknownKey.check("GET", url, headers, new byte[0])).hasValueSatisfying(AuthTest::isBadSignature);
    assertThat(justInTime.check("GET", url, hostUnsigned, new byte[0])).hasValueSatisfying(r ->
        assertThat(errorMessage(r)).contains("host and x-sdk-date must be signed"));
  }

  // ----------------------------------------------------------------- the SDK against the gateway

  @ParameterizedTest
  @EnumSource(AuthMode.class)
  void theSdkAuthenticatesInEveryMode(AuthMode mode) {
    try (CloudSimulator sim = CloudSimulator.builder().virtualTime().start();
        FabricClient fabric = sim.fabricClient(mode)) {
      fabric.endpoints().list();
      fabric.endpoints().list();

      sim.requests().assertEvery("ListEndpoints", r -> r.status() == 200, "succeed");
      sim.requests().assertCount(IAM_OP, mode == AuthMode.IAM ? 1 : 0);
      if (mode == AuthMode.AKSK) {
        sim.requests().assertEvery("ListEndpoints",
            r -> r.header("Authorization").startsWith("SDK-HMAC-SHA256 Access=" + sim.account().accessKey()),
            "carry the account's signature");
      }
    }
  }

  @Test
  void aWrongSecretKeyIsTheGateways401() {
    try (CloudSimulator sim = CloudSimulator.builder().virtualTime().start();
        FabricClient fabric = FabricClient.builder().config(sim.clientConfig(AuthMode.AKSK).toBuilder()
            .credentials(AkSkCredentials.of(sim.account().accessKey(), "not-the-secret")).build()).build()) {
      assertThatThrownBy(() -> fabric.endpoints().list()).isInstanceOfSatisfying(UnauthorizedException.class,
          e -> assertThat(e.errorCode()).contains("APIG.0301"));
    }
  }

  @Test
  void aSkewedClientClockIsCorrectedFromTheGatewaysDateHeader() {
    FakeTime clientClock = new FakeTime();
    try (CloudSimulator sim = CloudSimulator.builder().virtualTime().start()) {
      clientClock.set(sim.clock().instant().minus(Duration.ofMinutes(20)));
      ClientConfig skewed = sim.clientConfig(AuthMode.AKSK).toBuilder().clock(clientClock).build();
      try (FabricClient fabric = FabricClient.builder().config(skewed).build()) {
        fabric.endpoints().list();
      }

      assertThat(sim.requests().of("ListEndpoints")).extracting(CapturedRequest::status).containsExactly(401, 200);
    }
  }

  @Test
  void temporaryCredentialsNeedTheirSignedSecurityToken() {
    try (CloudSimulator sim = CloudSimulator.builder().virtualTime().temporaryAkSk("TMPAK", "tmp-sk", "st-123")
        .start()) {
      ClientConfig base = sim.clientConfig(AuthMode.AKSK);
      try (FabricClient good = FabricClient.builder().config(base.toBuilder().credentials(AkSkCredentials.builder()
              .ak("TMPAK").sk("tmp-sk").securityToken("st-123").build()).build()).build();
          FabricClient bad = FabricClient.builder().config(base.toBuilder()
              .credentials(AkSkCredentials.of("TMPAK", "tmp-sk")).build()).build()) {
        assertThat(good.endpoints().list().items()).isEmpty();
        assertThatThrownBy(() -> bad.endpoints().list()).isInstanceOf(UnauthorizedException.class);
      }
    }
  }

  // ----------------------------------------------------------------- tokens: expiry, revocation, IAM

  @Test
  void iamIssuesATokenWithExpiryThatTheGatewayThenAccepts() {
    try (CloudSimulator sim = CloudSimulator.builder().virtualTime().start()) {
      Http.Reply issued = Http.with(sim.iamUrl(), Map.of()).post("/v3/auth/tokens", iamBody(sim, sim.account()
          .iamPassword()));

      assertThat(issued.status()).isEqualTo(201);
      String token = issued.headers().get("X-Subject-Token");
      assertThat(token).isNotBlank().isEqualTo(sim.issuedTokens().get(0));
      JsonNode body = issued.json().path("token");
      assertThat(Instant.parse(body.path("expires_at").asText()))
          .isEqualTo(sim.clock().instant().plus(Duration.ofHours(24)));
      assertThat(body.at("/project/id").asText()).isEqualTo(sim.account().projectId());
      assertThat(Http.with(sim.fabricUrl(), Map.of("X-Auth-Token", token)).get(Fixtures.ENDPOINTS).status())
          .isEqualTo(200);
    }
  }

  @Test
  void aWrongPasswordIsIams401() {
    try (CloudSimulator sim = CloudSimulator.start()) {
      Http.Reply refused = Http.with(sim.iamUrl(), Map.of()).post("/v3/auth/tokens", iamBody(sim, "wrong"));

      assertThat(refused.status()).isEqualTo(401);
      assertThat(refused.json().at("/error/title").asText()).isEqualTo("Unauthorized");
      assertThat(refused.headers().get("X-Subject-Token")).isNull();
    }
  }

  @Test
  void expiredAndRevokedTokensGetTheGateways401() {
    try (CloudSimulator sim = CloudSimulator.builder().token("other").tokenLifetime(Duration.ofHours(1))
        .virtualTime().start()) {
      String issued = Http.with(sim.iamUrl(), Map.of()).post("/v3/auth/tokens", iamBody(sim,
          sim.account().iamPassword())).headers().get("X-Subject-Token");
      sim.virtualTime().orElseThrow().advance(Duration.ofMinutes(61));
      sim.revokeToken("other");

      Http.Reply expired = Http.with(sim.fabricUrl(), Map.of("X-Auth-Token", issued)).get(Fixtures.ENDPOINTS);
      Http.Reply revoked = Http.with(sim.fabricUrl(), Map.of("X-Auth-Token", "other")).get(Fixtures.ENDPOINTS);
      Http.Reply unknown = Http.with(sim.fabricUrl(), Map.of("X-Auth-Token", "never-issued")).get(Fixtures.ENDPOINTS);

      assertThat(expired.status()).isEqualTo(401);
      assertThat(expired.status("error_code")).isEqualTo("APIGW.0307");
      assertThat(revoked.status("error_code")).isEqualTo("APIGW.0307");
      assertThat(unknown.status("error_code")).isEqualTo("APIG.1002");
    }
  }

  @Test
  void theSdkRefreshesAnIamTokenTheGatewayNoLongerAccepts() {
    try (CloudSimulator sim = CloudSimulator.builder().virtualTime().start();
        FabricClient fabric = sim.fabricClient(AuthMode.IAM)) {
      fabric.endpoints().list();
      sim.expireIssuedTokens();

      fabric.endpoints().list();

      sim.requests().assertCount(IAM_OP, 2);
      assertThat(sim.requests().of("ListEndpoints")).extracting(CapturedRequest::status).containsExactly(200, 401, 200);
    }
  }

  @Test
  void aRevokedTokenReachesTheCallerAsUnauthorized() {
    try (CloudSimulator sim = CloudSimulator.builder().virtualTime().start();
        FabricClient fabric = sim.fabricClient(AuthMode.TOKEN)) {
      sim.revokeToken(sim.account().token());

      assertThatThrownBy(() -> fabric.endpoints().list()).isInstanceOfSatisfying(UnauthorizedException.class,
          e -> assertThat(e.errorCode()).contains("APIGW.0307"));
      assertThatThrownBy(() -> sim.revokeToken("unknown")).isInstanceOf(IllegalArgumentException.class);
    }
  }

  private static String iamBody(CloudSimulator sim, String password) {
    return "{\"auth\":{\"identity\":{\"methods\":[\"password\"],\"password\":{\"user\":{\"name\":\""
        + sim.account().iamUser() + "\",\"password\":\"" + password + "\",\"domain\":{\"name\":\""
        + sim.account().iamDomain() + "\"}}}},\"scope\":{\"project\":{\"id\":\"" + sim.account().projectId()
        + "\"}}}}";
  }

  private static Authenticator authenticatorAt(String now, String ak, String sk) {
    Authenticator auth = new Authenticator(new FakeTime(Instant.parse(now)), Duration.ofHours(24));
    auth.addAkSk(ak, sk, Optional.empty());
    return auth;
  }

  private static Headers vector2Headers(String signature) {
    return Headers.of("Host", "service.endpoint.myhuaweicloud.com", "X-Sdk-Date", "20200608T023900Z",
        "Content-Type", "application/json", "Authorization",
        "SDK-HMAC-SHA256 Access=AccessKey, SignedHeaders=host;x-sdk-date, Signature=" + signature);
  }

  private static Headers tamper(Headers headers) {
    String authorization = headers.get("Authorization");
    char last = authorization.charAt(authorization.length() - 1);
    return headers.newBuilder().set("Authorization",
        authorization.substring(0, authorization.length() - 1) + (last == '0' ? '1' : '0')).build();
  }

  private static void isBadSignature(SimResponse response) {
    assertThat(response.status()).isEqualTo(401);
    assertThat(response.body()).contains("\"error_code\":\"APIG.0301\"");
  }

  private static String errorMessage(SimResponse response) {
    try {
      return io.hcsdk.core.json.Json.mapper().readTree(response.body()).path("error_msg").asText();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
