package io.hcsdk.core.internal;

/**
 * The JSON body of a request, tagged on it by the pipeline so that a signer can hash the bytes it
 * already has (once per call, whatever the retries) instead of writing the body out again.
 */
public final class BodyBytes {
  private static final char[] HEX = "0123456789abcdef".toCharArray();
  private final byte[] bytes;
  private volatile String sha256Hex;

  public BodyBytes(byte[] bytes) {
    this.bytes = bytes;
  }

  /** The lower-case hex SHA-256 of the body, computed on first use. */
  public String sha256Hex() {
    String hash = sha256Hex;
    if (hash == null) {
      hash = hex(sha256(bytes));
      sha256Hex = hash;
    }
    return hash;
  }

  private static byte[] sha256(byte[] data) {
    return Sha256.digest(data);
  }

  private static String hex(byte[] data) {
    char[] out = new char[data.length * 2];
    for (int i = 0; i < data.length; i++) {
      out[2 * i] = HEX[(data[i] >> 4) & 0xf];
      out[2 * i + 1] = HEX[data[i] & 0xf];
    }
    return new String(out);
  }
}
