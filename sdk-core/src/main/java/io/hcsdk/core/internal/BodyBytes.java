package io.hcsdk.core.internal;

/**
 * The JSON body of a request, tagged on it by the pipeline so that a signer can hash the bytes it
 * already has (once per call, whatever the retries) instead of writing the body out again.
 */
public final class BodyBytes {
  private final byte[] bytes;
  private volatile String sha256Hex;

  public BodyBytes(byte[] bytes) {
    this.bytes = bytes;
  }

  /** The lower-case hex SHA-256 of the body, computed on first use. */
  public String sha256Hex() {
    String hash = sha256Hex;
    if (hash == null) {
      hash = Sha256.digestHex(bytes);
      sha256Hex = hash;
    }
    return hash;
  }
}
