package io.hcsdk.bench.plain;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.TreeMap;
import okhttp3.HttpUrl;
import org.junit.jupiter.api.Test;

/** The baseline signer is only a fair baseline if it is right: the gateway's published vectors. */
class SdkHmacSignerTest {
  @Test
  void matchesTheVpcListingVector() {
    HttpUrl url = HttpUrl.get("https://service.region.example.com/v1/77b6a44cba5143ab91d13ab9a8ff44fd/vpcs"
        + "?limit=2&marker=13551d6b-755d-4757-b956-536f674975c0");
    TreeMap<String, String> headers = new TreeMap<>();
    headers.put("content-type", "application/json");
    headers.put("host", "service.region.example.com");
    headers.put("x-sdk-date", "20191115T033655Z");

    String canonical = SdkHmacSigner.canonicalRequest("GET", url, headers, null);
    String authorization = new SdkHmacSigner("QTWAOYTTINDUT2QVKYUC", "MFyfvK41ba2giqM7Uio6PznpdUKGpownRZlmVmHc")
        .authorization("GET", url, headers, null);

    assertThat(SdkHmacSigner.sha256Hex(canonical))
        .isEqualTo("b25362e603ee30f4f25e7858e8a7160fd36e803bb2dfe206278659d71a9bcd7a");
    assertThat(authorization).isEqualTo("SDK-HMAC-SHA256 Access=QTWAOYTTINDUT2QVKYUC, "
        + "SignedHeaders=content-type;host;x-sdk-date, "
        + "Signature=7be6668032f70418fcc22abc52071e57aff61b84a1d2381bb430d6870f4f6ebe");
  }

  @Test
  void matchesTheResourcesVectorsWithAndWithoutABody() {
    HttpUrl url = HttpUrl.get("https://service.endpoint.myhuaweicloud.com/resources?size=1");
    TreeMap<String, String> headers = new TreeMap<>();
    headers.put("host", "service.endpoint.myhuaweicloud.com");
    headers.put("x-sdk-date", "20200608T023900Z");
    SdkHmacSigner signer = new SdkHmacSigner("AccessKey", "SecretKey");

    String get = signer.authorization("GET", url, headers, null);
    String post = signer.authorization("POST", url, headers, "{\"name\":\"test\",\"id\":1}".getBytes(StandardCharsets.UTF_8));

    assertThat(get).endsWith("Signature=cfb4171acec81de07d50e53d57eb77edd537414d66ddb1d7d780f128e12cd842");
    assertThat(post).endsWith("Signature=436b1ac0a1ae03705934bb70ef2f2e09f7bfed2117d731a38235053199323a1f");
  }
}
