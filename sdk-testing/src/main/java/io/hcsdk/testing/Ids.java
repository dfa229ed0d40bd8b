package io.hcsdk.testing;

import java.security.SecureRandom;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.UUID;

/** Identifiers, secrets and timestamps in the shapes the real service uses. */
final class Ids {
  // SecureRandom because url tokens are secrets in the real service; users may copy the pattern.
  private static final SecureRandom RANDOM = new SecureRandom();
  private static final DateTimeFormatter ISO_MILLIS =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

  private Ids() {}

  /** 32 lower-case hex characters, like the documents' endpoint ids. */
  static String endpointId() {
    return hex(16);
  }

  /** A UUID string, like the documents' service instance and endpoint_id values. */
  static String instanceId() {
    return UUID.randomUUID().toString();
  }

  static String requestId() {
    return hex(16);
  }

  static String secretToken() {
    return hex(24);
  }

  static String timestamp(Instant instant) {
    return ISO_MILLIS.format(instant);
  }

  private static String hex(int bytes) {
    byte[] b = new byte[bytes];
    RANDOM.nextBytes(b);
    return HexFormat.of().formatHex(b);
  }
}
