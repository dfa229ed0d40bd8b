package io.hcsdk.core.auth;

/**
 * How the SDK shows a secret wherever it would otherwise print one: the one mask string, used by
 * the credential types' {@code toString}, the log and message redactor and the models.
 */
public final class Masking {
  /** What stands in for a secret value. */
  public static final String MASK = "****";

  private Masking() {}

  /**
   * The first four characters of an access key, enough to tell two keys apart in a log; short
   * values are masked entirely since four characters would be most of them.
   */
  static String prefix(String accessKey) {
    return accessKey.length() >= 12 ? accessKey.substring(0, 4) + MASK : MASK;
  }
}
