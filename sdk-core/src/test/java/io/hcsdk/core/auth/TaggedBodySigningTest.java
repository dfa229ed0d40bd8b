package io.hcsdk.core.auth;

import static org.assertj.core.api.Assertions.assertThat;

import io.hcsdk.core.internal.BodyBytes;
import io.hcsdk.testing.FakeTime;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import org.junit.jupiter.api.Test;

/** The pipeline's tagged body bytes sign exactly as the body written out does, and are hashed once. */
class TaggedBodySigningTest {
  private static final MediaType JSON = MediaType.get("application/json; charset=utf-8");

  @Test
  void aTaggedBodySignsLikeTheBodyItself() {
    AuthContext context = AuthContext.of(new OkHttpClient(), new FakeTime(Instant.parse("2020-06-08T02:39:00Z")));
    AkSkCredentials credentials = AkSkCredentials.of("AccessKey", "SecretKey");
    byte[] body = "{\"name\":\"test\",\"id\":1}".getBytes(StandardCharsets.UTF_8);
    Request plain = new Request.Builder().url("https://service.endpoint.myhuaweicloud.com/resources?size=1")
        .post(RequestBody.create(body, JSON)).build();
    BodyBytes bytes = new BodyBytes(body);
    Request tagged = plain.newBuilder().tag(BodyBytes.class, bytes).build();

    String expected = authenticate(credentials, plain, context);

    assertThat(authenticate(credentials, tagged, context)).isEqualTo(expected);
    assertThat(bytes.sha256Hex()).isSameAs(bytes.sha256Hex());
  }

  private static String authenticate(AkSkCredentials credentials, Request request, AuthContext context) {
    try {
      return credentials.authenticate(request, context).header("Authorization");
    } catch (java.io.IOException e) {
      throw new AssertionError(e);
    }
  }
}
