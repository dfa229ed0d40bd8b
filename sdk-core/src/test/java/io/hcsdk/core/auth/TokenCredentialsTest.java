package io.hcsdk.core.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import org.junit.jupiter.api.Test;

class TokenCredentialsTest {
  private final AuthContext context = AuthContext.of(new OkHttpClient(), Clock.systemUTC());

  @Test
  void addsXAuthTokenReplacingAnyOldOne() {
    Request request = new Request.Builder().url("https://h.example.com/v1/x")
        .header("X-Auth-Token", "stale").build();

    Request authenticated = TokenCredentials.of("MIIEhQYJKoZIhvcNAQcCoIIEdjCCBHICAQ").authenticate(request, context);

    assertThat(authenticated.headers("X-Auth-Token")).containsExactly("MIIEhQYJKoZIhvcNAQcCoIIEdjCCBHICAQ");
  }

  @Test
  void cannotRenewAndHidesTheToken() {
    TokenCredentials credentials = TokenCredentials.of("secret-token-value");

    assertThat(credentials.refreshAfterUnauthorized(new okhttp3.Request.Builder().url("https://example.com/").build(), context)).isFalse();
    assertThat(credentials.toString()).doesNotContain("secret-token-value").contains("****");
    assertThatThrownBy(() -> TokenCredentials.of(" ")).isInstanceOf(IllegalArgumentException.class);
  }
}
