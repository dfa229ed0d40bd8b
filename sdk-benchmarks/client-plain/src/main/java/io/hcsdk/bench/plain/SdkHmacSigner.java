package io.hcsdk.bench.plain;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import okhttp3.HttpUrl;

/**
 * A minimal hand-written {@code SDK-HMAC-SHA256} signer, the baseline hcsdk's AK/SK signing is held to:
 * only what the algorithm needs (see {@code api-docs/INDEX.md}), written the way a careful engineer
 * would for a hot path: one {@link MessageDigest} and one keyed {@link Mac} per thread, no regular
 * expressions, hex from a table.
 */
public final class SdkHmacSigner {
  public static final String ALGORITHM = "SDK-HMAC-SHA256";
  private static final DateTimeFormatter SDK_DATE =
      DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'", Locale.ROOT).withZone(ZoneOffset.UTC);
  private static final char[] HEX = "0123456789abcdef".toCharArray();
  private static final char[] HEX_UPPER = "0123456789ABCDEF".toCharArray();
  private static final ThreadLocal<MessageDigest> SHA256 = ThreadLocal.withInitial(() -> {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  });

  private final String accessKey;
  private final ThreadLocal<Mac> hmac;

  public SdkHmacSigner(String accessKey, String secretKey) {
    this.accessKey = accessKey;
    SecretKeySpec key = new SecretKeySpec(secretKey.getBytes(StandardCharsets.UTF_8), "HmacSHA256");
    this.hmac = ThreadLocal.withInitial(() -> {
      try {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(key);
        return mac;
      } catch (GeneralSecurityException e) {
        throw new IllegalStateException(e);
      }
    });
  }

  /** The {@code X-Sdk-Date} value of {@code instant}. */
  public static String sdkDate(Instant instant) {
    return SDK_DATE.format(instant);
  }

  /**
   * The {@code Authorization} header for a request. {@code signedHeaders}: lower-case names to
   * trimmed values, sorted, including {@code host} and {@code x-sdk-date}; {@code body} null for none.
   */
  public String authorization(String method, HttpUrl url, SortedMap<String, String> signedHeaders, byte[] body) {
    String canonicalRequest = canonicalRequest(method, url, signedHeaders, body);
    String stringToSign = ALGORITHM + "\n" + signedHeaders.get("x-sdk-date") + "\n" + sha256Hex(canonicalRequest);
    String signature = hex(hmac.get().doFinal(stringToSign.getBytes(StandardCharsets.UTF_8)));
    return ALGORITHM + " Access=" + accessKey + ", SignedHeaders=" + String.join(";", signedHeaders.keySet())
        + ", Signature=" + signature;
  }

  /** The canonical request, exposed for the published test vectors. */
  static String canonicalRequest(String method, HttpUrl url, SortedMap<String, String> signedHeaders, byte[] body) {
    StringBuilder out = new StringBuilder(256).append(method).append('\n');
    for (String segment : url.pathSegments()) {
      if (!segment.isEmpty()) {
        out.append('/');
        encode(segment, out);
      }
    }
    out.append("/\n");
    appendQuery(url, out);
    out.append('\n');
    for (Map.Entry<String, String> header : signedHeaders.entrySet()) {
      out.append(header.getKey()).append(':').append(header.getValue()).append('\n');
    }
    out.append('\n').append(String.join(";", signedHeaders.keySet())).append('\n');
    out.append(hex(SHA256.get().digest(body == null ? new byte[0] : body)));
    return out.toString();
  }

  static String sha256Hex(String text) {
    return hex(SHA256.get().digest(text.getBytes(StandardCharsets.UTF_8)));
  }

  private static void appendQuery(HttpUrl url, StringBuilder out) {
    int size = url.querySize();
    if (size == 0) {
      return;
    }
    List<String[]> pairs = new ArrayList<>(size);
    for (int i = 0; i < size; i++) {
      String value = url.queryParameterValue(i);
      pairs.add(new String[] {url.queryParameterName(i), value == null ? "" : value});
    }
    pairs.sort((a, b) -> a[0].equals(b[0]) ? a[1].compareTo(b[1]) : a[0].compareTo(b[0]));
    for (int i = 0; i < size; i++) {
      if (i > 0) {
        out.append('&');
      }
      encode(pairs.get(i)[0], out);
      out.append('=');
      encode(pairs.get(i)[1], out);
    }
  }

  /** RFC 3986: unreserved characters stay, every other UTF-8 byte becomes {@code %XX}. */
  private static void encode(String text, StringBuilder out) {
    for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
      int c = b & 0xff;
      if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')
          || c == '-' || c == '_' || c == '.' || c == '~') {
        out.append((char) c);
      } else {
        out.append('%').append(HEX_UPPER[c >> 4]).append(HEX_UPPER[c & 0xf]);
      }
    }
  }

  private static String hex(byte[] bytes) {
    char[] out = new char[bytes.length * 2];
    for (int i = 0; i < bytes.length; i++) {
      out[2 * i] = HEX[(bytes[i] >> 4) & 0xf];
      out[2 * i + 1] = HEX[bytes[i] & 0xf];
    }
    return new String(out);
  }
}
