package io.hcsdk.core.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import okhttp3.HttpUrl;
import org.junit.jupiter.api.Test;

class AkSkSignerTest {
  @Test
  void publishedVector1MatchesCanonicalRequestHashAndSignature() {
    AkSkSigner signer = AkSkSigner.of("QTWAOYTTINDUT2QVKYUC", "MFyfvK41ba2giqM7Uio6PznpdUKGpownRZlmVmHc");
    HttpUrl url = HttpUrl.get("https://service.region.example.com/v1/77b6a44cba5143ab91d13ab9a8ff44fd/vpcs"
        + "?limit=2&marker=13551d6b-755d-4757-b956-536f674975c0");

    AkSkSigner.Signature signature = signer.sign("GET", url, Map.of(
        "Content-Type", "application/json",
        "Host", "service.region.example.com",
        "X-Sdk-Date", "20191115T033655Z"), new byte[0]);

    assertThat(signature.canonicalRequest()).isEqualTo("GET\n"
        + "/v1/77b6a44cba5143ab91d13ab9a8ff44fd/vpcs/\n"
        + "limit=2&marker=13551d6b-755d-4757-b956-536f674975c0\n"
        + "content-type:application/json\nhost:service.region.example.com\nx-sdk-date:20191115T033655Z\n\n"
        + "content-type;host;x-sdk-date\n"
        + AkSkSigner.EMPTY_BODY_SHA256);
    assertThat(signature.canonicalRequestHash())
        .isEqualTo("b25362e603ee30f4f25e7858e8a7160fd36e803bb2dfe206278659d71a9bcd7a");
    assertThat(signature.stringToSign()).isEqualTo("SDK-HMAC-SHA256\n20191115T033655Z\n"
        + "b25362e603ee30f4f25e7858e8a7160fd36e803bb2dfe206278659d71a9bcd7a");
    assertThat(signature.signature())
        .isEqualTo("7be6668032f70418fcc22abc52071e57aff61b84a1d2381bb430d6870f4f6ebe");
    assertThat(signature.authorization()).isEqualTo("SDK-HMAC-SHA256 Access=QTWAOYTTINDUT2QVKYUC, "
        + "SignedHeaders=content-type;host;x-sdk-date, "
        + "Signature=7be6668032f70418fcc22abc52071e57aff61b84a1d2381bb430d6870f4f6ebe");
  }

  @Test
  void publishedVector2GetWithEmptyBody() {
    AkSkSigner.Signature signature = AkSkSigner.of("AccessKey", "SecretKey").sign("GET",
        HttpUrl.get("https://service.endpoint.myhuaweicloud.com/resources?size=1"),
        Map.of("host", "service.endpoint.myhuaweicloud.com", "x-sdk-date", "20200608T023900Z"),
        (byte[]) null);

    assertThat(signature.signedHeaders()).isEqualTo("host;x-sdk-date");
    assertThat(signature.signature())
        .isEqualTo("cfb4171acec81de07d50e53d57eb77edd537414d66ddb1d7d780f128e12cd842");
  }

  @Test
  void publishedVector3PostWithBody() {
    AkSkSigner.Signature signature = AkSkSigner.of("AccessKey", "SecretKey").sign("post",
        HttpUrl.get("https://service.endpoint.myhuaweicloud.com/resources?size=1"),
        Map.of("host", "service.endpoint.myhuaweicloud.com", "x-sdk-date", "20200608T023900Z"),
        "{\"name\":\"test\",\"id\":1}".getBytes(StandardCharsets.UTF_8));

    assertThat(signature.canonicalRequest()).startsWith("POST\n/resources/\nsize=1\n");
    assertThat(signature.signature())
        .isEqualTo("436b1ac0a1ae03705934bb70ef2f2e09f7bfed2117d731a38235053199323a1f");
  }

  @Test
  void encodesPerRfc3986() {
    assertThat(AkSkSigner.encode("plain-._~Az09")).isEqualTo("plain-._~Az09");
    assertThat(AkSkSigner.encode("a b")).isEqualTo("a%20b");
    assertThat(AkSkSigner.encode("a+b*c/d:e=f&g")).isEqualTo("a%2Bb%2Ac%2Fd%3Ae%3Df%26g");
    assertThat(AkSkSigner.encode("é中")).isEqualTo("%C3%A9%E4%B8%AD");
    assertThat(AkSkSigner.encode("")).isEmpty();
  }

  @Test
  void canonicalUriEncodesEachSegmentAndAlwaysEndsInSlash() {
    assertThat(AkSkSigner.canonicalUri(HttpUrl.get("https://h.example.com"))).isEqualTo("/");
    assertThat(AkSkSigner.canonicalUri(HttpUrl.get("https://h.example.com/"))).isEqualTo("/");
    assertThat(AkSkSigner.canonicalUri(List.of())).isEqualTo("/");
    assertThat(AkSkSigner.canonicalUri(HttpUrl.get("https://h.example.com/v1/x/"))).isEqualTo("/v1/x/");
    assertThat(AkSkSigner.canonicalUri(HttpUrl.get("https://h.example.com/a%20b/c~d/%E4%B8%AD")))
        .isEqualTo("/a%20b/c~d/%E4%B8%AD/");
    // An encoded slash stays inside its segment; a raw "+" in a path is a plus, not a space.
    assertThat(AkSkSigner.canonicalUri(HttpUrl.get("https://h.example.com/a%2Fb/c+d")))
        .isEqualTo("/a%2Fb/c%2Bd/");
    assertThat(AkSkSigner.canonicalUri(new HttpUrl.Builder().scheme("https").host("h.example.com")
        .addPathSegment("name with space").addPathSegment("é").build()))
        .isEqualTo("/name%20with%20space/%C3%A9/");
  }

  @Test
  void canonicalQuerySortsByKeyThenValueKeepingRepeats() {
    HttpUrl url = new HttpUrl.Builder().scheme("https").host("h.example.com")
        .addQueryParameter("b", "2").addQueryParameter("a", "z").addQueryParameter("a", "x y")
        .addQueryParameter("a", "~tilde").addQueryParameter("名", "值").addQueryParameter("flag", null)
        .build();

    assertThat(AkSkSigner.canonicalQuery(url))
        .isEqualTo("%E5%90%8D=%E5%80%BC&a=x%20y&a=z&a=~tilde&b=2&flag=");
    assertThat(AkSkSigner.canonicalQuery(HttpUrl.get("https://h.example.com/p"))).isEmpty();
    assertThat(AkSkSigner.canonicalQuery(HttpUrl.get("https://h.example.com/p?q=a+b&r=%2B")))
        .isEqualTo("q=a%20b&r=%2B");
  }

  @Test
  void trimsHeaderValuesAndLowerCasesNames() {
    AkSkSigner signer = AkSkSigner.of("AccessKey", "SecretKey");
    HttpUrl url = HttpUrl.get("https://service.endpoint.myhuaweicloud.com/resources?size=1");
    AkSkSigner.Signature padded = signer.sign("GET", url,
        Map.of("HOST", "  service.endpoint.myhuaweicloud.com ", "X-SDK-DATE", "20200608T023900Z "),
        AkSkSigner.EMPTY_BODY_SHA256);

    assertThat(padded.signature())
        .isEqualTo("cfb4171acec81de07d50e53d57eb77edd537414d66ddb1d7d780f128e12cd842");
  }

  @Test
  void rejectsHeadersWithoutHostOrDate() {
    AkSkSigner signer = AkSkSigner.of("AccessKey", "SecretKey");
    HttpUrl url = HttpUrl.get("https://h.example.com/");

    assertThatThrownBy(() -> signer.sign("GET", url, Map.of("host", "h.example.com"), new byte[0]))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("x-sdk-date");
    assertThatThrownBy(() -> signer.sign("GET", url, Map.of("x-sdk-date", "20200608T023900Z"),
        new byte[0])).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> AkSkSigner.of("ak", " ")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void formatsTheSdkDateInUtc() {
    assertThat(AkSkSigner.formatDate(Instant.parse("2019-11-15T03:36:55.987Z")))
        .isEqualTo("20191115T033655Z");
  }

  @Test
  void formatsEveryDateAsTheFormatterDoes() {
    java.time.format.DateTimeFormatter formatter = java.time.format.DateTimeFormatter
        .ofPattern("yyyyMMdd'T'HHmmss'Z'", java.util.Locale.ROOT).withZone(java.time.ZoneOffset.UTC);
    java.util.Random random = new java.util.Random(7);
    java.util.List<Instant> instants = new java.util.ArrayList<>(java.util.List.of(Instant.EPOCH,
        Instant.ofEpochSecond(-1), Instant.parse("9999-12-31T23:59:59.999Z"), Instant.parse("+10000-01-01T00:00:00Z"),
        Instant.parse("2024-02-29T12:00:00Z"), Instant.parse("2100-03-01T00:00:00Z"), Instant.parse("0001-01-01T00:00:00Z")));
    for (int i = 0; i < 20_000; i++) {
      instants.add(Instant.ofEpochSecond(random.nextLong() % 400_000_000_000L, random.nextInt(1_000_000_000)));
    }
    for (Instant instant : instants) {
      assertThat(AkSkSigner.formatDate(instant)).as("%s", instant).isEqualTo(formatter.format(instant));
    }
  }

  @Test
  void toStringsHideSecrets() {
    AkSkSigner signer = AkSkSigner.of("QTWAOYTTINDUT2QVKYUC", "MFyfvK41ba2giqM7Uio6PznpdUKGpownRZlmVmHc");
    AkSkSigner.Signature signature = signer.sign("GET", HttpUrl.get("https://h.example.com/"),
        Map.of("host", "h.example.com", "x-sdk-date", "20200608T023900Z"), new byte[0]);

    assertThat(signer.toString()).doesNotContain("QTWAOYTTINDUT2QVKYUC", "MFyfvK41ba2giqM7");
    assertThat(signature.toString()).doesNotContain(signature.signature(), "QTWAOYTTINDUT2QVKYUC")
        .contains("host;x-sdk-date");
  }
}
