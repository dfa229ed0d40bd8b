package io.hcsdk.core.auth;

import io.hcsdk.core.internal.Sha256;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import okhttp3.HttpUrl;

/**
 * The API gateway's {@code SDK-HMAC-SHA256} algorithm, as a pure function of the request parts
 * and one AK/SK pair. Immutable and thread-safe; every intermediate step is exposed in
 * {@link Signature} so tests can check each against published vectors.
 *
 * <p>Most callers want {@link AkSkCredentials}, which picks the headers, sets the date and
 * applies the result to an OkHttp request.
 */
public final class AkSkSigner {
  public static final String ALGORITHM = "SDK-HMAC-SHA256";
  /** The {@code X-Sdk-Content-Sha256} value that tells the gateway the body is not hashed. */
  public static final String UNSIGNED_PAYLOAD = "UNSIGNED-PAYLOAD";
  /** hex(sha256("")), the body hash of a request without a body. */
  public static final String EMPTY_BODY_SHA256 =
      "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";

  private static final DateTimeFormatter SDK_DATE =
      DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'", Locale.ROOT).withZone(ZoneOffset.UTC);
  /** 10000-01-01T00:00:00Z in epoch seconds. */
  private static final long YEAR_10000 = 253_402_300_800L;
  private static final char[] HEX_UPPER = "0123456789ABCDEF".toCharArray();

  private final String accessKey;
  private final SecretKeySpec secretKey;
  private volatile Mac macPrototype;

  private AkSkSigner(String accessKey, String secretKey) {
    this.accessKey = requireText(accessKey, "access key");
    this.secretKey = new SecretKeySpec(
        requireText(secretKey, "secret key").getBytes(StandardCharsets.UTF_8), "HmacSHA256");
    this.macPrototype = newMac();
  }

  public static AkSkSigner of(String accessKey, String secretKey) {
    return new AkSkSigner(accessKey, secretKey);
  }

  /**
   * Signs a request whose body is {@code body} (null or empty for none). {@code headersToSign}
   * holds exactly the headers to sign, in any case; it must include {@code host} and
   * {@code x-sdk-date}, whose value is also the date of the string to sign.
   */
  public Signature sign(String method, HttpUrl url, Map<String, String> headersToSign, byte[] body) {
    String bodyHash = body == null || body.length == 0 ? EMPTY_BODY_SHA256 : sha256Hex(body);
    return sign(method, url, headersToSign, bodyHash);
  }

  /** As {@link #sign(String, HttpUrl, Map, byte[])} with the body's hex SHA-256 already known. */
  public Signature sign(String method, HttpUrl url, Map<String, String> headersToSign,
      String bodySha256Hex) {
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(bodySha256Hex, "bodySha256Hex");
    TreeMap<String, String> headers = lowerCaseSorted(headersToSign);
    String date = headers.get("x-sdk-date");
    if (date == null || !headers.containsKey("host")) {
      throw new IllegalArgumentException("the signed headers must include host and x-sdk-date");
    }
    StringBuilder canonicalHeaders = new StringBuilder(128);
    StringBuilder signedHeaders = new StringBuilder(64);
    for (Map.Entry<String, String> header : headers.entrySet()) {
      canonicalHeaders.append(header.getKey()).append(':').append(header.getValue()).append('\n');
      if (signedHeaders.length() > 0) {
        signedHeaders.append(';');
      }
      signedHeaders.append(header.getKey());
    }
    String canonicalRequest = method.toUpperCase(Locale.ROOT) + '\n'
        + canonicalUri(url) + '\n'
        + canonicalQuery(url) + '\n'
        + canonicalHeaders + '\n'
        + signedHeaders + '\n'
        + bodySha256Hex;
    String canonicalRequestHash = sha256Hex(canonicalRequest.getBytes(StandardCharsets.UTF_8));
    String stringToSign = ALGORITHM + '\n' + date + '\n' + canonicalRequestHash;
    String signature = Sha256.hex(hmacSha256(stringToSign));
    String authorization = ALGORITHM + " Access=" + accessKey + ", SignedHeaders=" + signedHeaders
        + ", Signature=" + signature;
    return new Signature(canonicalRequest, canonicalRequestHash, stringToSign,
        signedHeaders.toString(), signature, authorization);
  }

  /** {@code instant} as {@code X-Sdk-Date} wants it: UTC {@code yyyyMMdd'T'HHmmss'Z'}. */
  public static String formatDate(Instant instant) {
    long seconds = instant.getEpochSecond();
    if (seconds < 0 || seconds >= YEAR_10000) {
      return SDK_DATE.format(instant);
    }
    // Written by hand for the years 1970 to 9999, where the formatter's output is these 16 characters:
    // the formatter's general machinery cost about 1% of a signed CreateEndpoint's CPU.
    LocalDate date = LocalDate.ofEpochDay(seconds / 86_400);
    int secondOfDay = (int) (seconds % 86_400);
    char[] out = new char[16];
    put(out, 0, date.getYear(), 4);
    put(out, 4, date.getMonthValue(), 2);
    put(out, 6, date.getDayOfMonth(), 2);
    out[8] = 'T';
    put(out, 9, secondOfDay / 3600, 2);
    put(out, 11, secondOfDay / 60 % 60, 2);
    put(out, 13, secondOfDay % 60, 2);
    out[15] = 'Z';
    return new String(out);
  }

  /** {@code value} as {@code width} zero-padded decimal digits at {@code at}. */
  private static void put(char[] out, int at, int value, int width) {
    for (int i = at + width - 1; i >= at; i--) {
      out[i] = (char) ('0' + value % 10);
      value /= 10;
    }
  }

  /** The instant an {@code X-Sdk-Date} value names; empty when it is not one. */
  static Optional<Instant> parseDate(String date) {
    try {
      return Optional.of(SDK_DATE.parse(date.trim(), Instant::from));
    } catch (DateTimeParseException notADate) {
      return Optional.empty();
    }
  }

  /** Each decoded path segment {@link #encode encoded}, joined with {@code /}, ending in {@code /}. */
  public static String canonicalUri(HttpUrl url) {
    return canonicalUri(url.pathSegments());
  }

  /** As {@link #canonicalUri(HttpUrl)} for decoded segments; no segments gives {@code /}. */
  public static String canonicalUri(List<String> decodedSegments) {
    StringBuilder uri = new StringBuilder(64);
    for (String segment : decodedSegments) {
      uri.append('/').append(encode(segment));
    }
    if (uri.length() == 0 || uri.charAt(uri.length() - 1) != '/') {
      uri.append('/');
    }
    return uri.toString();
  }

  /**
   * The query parameters, names and values {@link #encode encoded}, sorted by encoded name then
   * encoded value, repeated names kept, joined with {@code &}. A name without a value gives
   * {@code name=}.
   */
  public static String canonicalQuery(HttpUrl url) {
    int size = url.querySize();
    if (size == 0) {
      return "";
    }
    List<String[]> pairs = new ArrayList<>(size);
    for (int i = 0; i < size; i++) {
      String value = url.queryParameterValue(i);
      pairs.add(new String[] {encode(url.queryParameterName(i)), encode(value == null ? "" : value)});
    }
    pairs.sort((a, b) -> {
      int byName = a[0].compareTo(b[0]);
      return byName != 0 ? byName : a[1].compareTo(b[1]);
    });
    StringBuilder query = new StringBuilder(size * 16);
    for (String[] pair : pairs) {
      if (query.length() > 0) {
        query.append('&');
      }
      query.append(pair[0]).append('=').append(pair[1]);
    }
    return query.toString();
  }

  /**
   * RFC 3986 percent-encoding of UTF-8 bytes: letters, digits and {@code -._~} stay, everything
   * else (space included) becomes {@code %XX} with upper-case hex.
   */
  public static String encode(String text) {
    int length = text.length();
    int i = 0;
    while (i < length && isUnreserved(text.charAt(i))) {
      i++;
    }
    if (i == length) {
      return text; // the usual case: ids and plain words need no copy
    }
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    StringBuilder out = new StringBuilder(bytes.length * 3);
    for (byte b : bytes) {
      char c = (char) (b & 0xff);
      if (isUnreserved(c)) {
        out.append(c);
      } else {
        out.append('%').append(HEX_UPPER[(b >> 4) & 0xf]).append(HEX_UPPER[b & 0xf]);
      }
    }
    return out.toString();
  }

  public static String sha256Hex(byte[] data) {
    return Sha256.digestHex(data);
  }

  private byte[] hmacSha256(String data) {
    // A copy of a keyed prototype: looking the algorithm up per call costs more than the signing,
    // and a copy per call keeps no per-thread state holding the key.
    Mac mac = macPrototype;
    if (mac != null) {
      try {
        return ((Mac) mac.clone()).doFinal(data.getBytes(StandardCharsets.UTF_8));
      } catch (CloneNotSupportedException e) {
        macPrototype = null; // a provider whose Mac cannot be copied: look it up per call
      }
    }
    return newMac().doFinal(data.getBytes(StandardCharsets.UTF_8));
  }

  private Mac newMac() {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(secretKey);
      return mac;
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is missing from this JVM", e);
    }
  }

  private static TreeMap<String, String> lowerCaseSorted(Map<String, String> headers) {
    TreeMap<String, String> sorted = new TreeMap<>();
    for (Map.Entry<String, String> header : headers.entrySet()) {
      String name = header.getKey().trim().toLowerCase(Locale.ROOT);
      String value = Objects.requireNonNull(header.getValue(), name).trim();
      if (sorted.put(name, value) != null) {
        throw new IllegalArgumentException("header " + name + " is given twice");
      }
    }
    return sorted;
  }

  private static boolean isUnreserved(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
        || c == '-' || c == '.' || c == '_' || c == '~';
  }

  private static String requireText(String value, String what) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException(what + " is required");
    }
    return value;
  }

  @Override
  public String toString() {
    return "AkSkSigner{ak=" + Masking.prefix(accessKey) + ", sk=" + Masking.MASK + "}";
  }

  /**
   * Every step of one signature. {@link #authorization()} is the {@code Authorization} header
   * value. {@code toString} hides the signature and the access key.
   */
  public record Signature(String canonicalRequest, String canonicalRequestHash, String stringToSign,
      String signedHeaders, String signature, String authorization) {
    @Override
    public String toString() {
      return "Signature{signedHeaders=" + signedHeaders + ", signature=" + Masking.MASK + "}";
    }
  }
}
