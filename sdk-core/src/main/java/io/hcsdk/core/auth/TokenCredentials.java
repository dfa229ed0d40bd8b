package io.hcsdk.core.auth;

import okhttp3.Request;

/**
 * A token obtained elsewhere, sent as {@code X-Auth-Token}. It cannot renew itself, so a 401 is
 * final: {@link #refreshAfterUnauthorized} keeps its default {@code false}.
 */
public final class TokenCredentials implements Credentials {
  public static final String HEADER = "X-Auth-Token";

  private final String token;

  private TokenCredentials(String token) {
    this.token = token;
  }

  /** @throws IllegalArgumentException when the token is null or blank */
  public static TokenCredentials of(String token) {
    if (token == null || token.isBlank()) {
      throw new IllegalArgumentException("the token is required");
    }
    return new TokenCredentials(token.trim());
  }

  @Override
  public Request authenticate(Request request, AuthContext context) {
    return request.newBuilder().header(HEADER, token).build();
  }

  @Override
  public String toString() {
    return "TokenCredentials{token=" + Masking.MASK + "}";
  }
}
