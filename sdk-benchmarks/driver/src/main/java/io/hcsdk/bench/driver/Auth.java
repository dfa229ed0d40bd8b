package io.hcsdk.bench.driver;

import java.util.Locale;

/** How a client authenticates: {@code X-Auth-Token}, or an {@code SDK-HMAC-SHA256} signature. */
public enum Auth {
  TOKEN,
  AKSK;

  /** {@code token} or {@code aksk}, in any case. */
  public static Auth parse(String text) {
    return valueOf(text.toUpperCase(Locale.ROOT));
  }

  public String label() {
    return this == TOKEN ? "token" : "AK/SK";
  }
}
