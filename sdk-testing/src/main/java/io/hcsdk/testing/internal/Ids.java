package io.hcsdk.testing.internal;

import java.security.SecureRandom;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.UUID;

/** Identifiers, secrets and timestamps in the shapes the real services use. */
public final class Ids {
  // SecureRandom because tokens and url tokens are secrets in the real services; users may copy the pattern.
  private static final SecureRandom RANDOM = new SecureRandom();
  private static final DateTimeFormatter ISO_MILLIS =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);
  private static final DateTimeFormatter ISO_MICROS =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSSSS'Z'").withZone(ZoneOffset.UTC);

  private Ids() {}

  /** {@code bytes * 2} lower-case hex characters (32 for 16: the documents' endpoint and project ids). */
  public static String hex(int bytes) {
    byte[] b = new byte[bytes];
    RANDOM.nextBytes(b);
    return HexFormat.of().formatHex(b);
  }

  public static String uuid() {
    return UUID.randomUUID().toString();
  }

  public static String requestId() {
    return hex(16);
  }

  public static String secretToken() {
    return hex(24);
  }

  /** Fabric's form: {@code 2025-01-01T00:00:00.000Z}. */
  public static String isoMillis(Instant instant) {
    return ISO_MILLIS.format(instant);
  }

  /** IAM's form of {@code expires_at}: microseconds, {@code Z}. */
  public static String isoMicros(Instant instant) {
    return ISO_MICROS.format(instant);
  }
}
