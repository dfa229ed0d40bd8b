package io.hcsdk.core.internal;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * SHA-256 of a byte array, and the lower-case hex the AK/SK signature writes digests in. Each hash runs on a copy of one unused prototype digest: looking the
 * algorithm up with {@code MessageDigest.getInstance} on every call (twice per AK/SK-signed call:
 * the body and the canonical request) cost more than hashing the short canonical request itself.
 * A copy per hash keeps no per-thread state.
 */
public final class Sha256 {
  private static final char[] HEX = "0123456789abcdef".toCharArray();
  /** Never updated, only copied; null when this JVM's provider cannot copy a digest. */
  private static final MessageDigest PROTOTYPE = prototype();

  private Sha256() {}

  public static byte[] digest(byte[] data) {
    MessageDigest digest = null;
    if (PROTOTYPE != null) {
      try {
        digest = (MessageDigest) PROTOTYPE.clone();
      } catch (CloneNotSupportedException e) {
        digest = null;
      }
    }
    return (digest != null ? digest : newDigest()).digest(data);
  }

  /** The lower-case hex of {@code data}'s SHA-256. */
  public static String digestHex(byte[] data) {
    return hex(digest(data));
  }

  /** {@code bytes} as lower-case hex, two characters a byte. */
  public static String hex(byte[] bytes) {
    char[] out = new char[bytes.length * 2];
    for (int i = 0; i < bytes.length; i++) {
      out[i * 2] = HEX[(bytes[i] >> 4) & 0xf];
      out[i * 2 + 1] = HEX[bytes[i] & 0xf];
    }
    return new String(out);
  }

  private static MessageDigest prototype() {
    MessageDigest digest = newDigest();
    try {
      digest.clone();
      return digest;
    } catch (CloneNotSupportedException e) {
      return null;
    }
  }

  private static MessageDigest newDigest() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }
}
