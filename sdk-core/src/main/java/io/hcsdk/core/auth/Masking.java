package io.hcsdk.core.auth;

import io.hcsdk.core.internal.Redactor;

/** How the credential types show a secret in {@code toString}: never, or an AK's first characters. */
final class Masking {
  static final String MASK = Redactor.MASK;

  private Masking() {}

  /**
   * The first four characters of an access key, enough to tell two keys apart in a log; short
   * values are masked entirely since four characters would be most of them.
   */
  static String prefix(String accessKey) {
    return accessKey.length() >= 12 ? accessKey.substring(0, 4) + MASK : MASK;
  }
}
