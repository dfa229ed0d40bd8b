package io.hcsdk.core.auth;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.Request;
import okhttp3.RequestBody;
import io.hcsdk.core.internal.BodyBytes;
import okio.Buffer;
import okio.ByteString;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Access key / secret key credentials: every attempt is signed afresh with {@link AkSkSigner},
 * with {@code X-Sdk-Date} taken from the pipeline's clock, so a retry never replays a stale date.
 *
 * <p>Signed headers: {@code host}, {@code x-sdk-date}, and when present {@code content-type},
 * {@code x-project-id}, {@code x-security-token} and {@code x-sdk-content-sha256}. A request
 * carrying {@code X-Sdk-Content-Sha256: UNSIGNED-PAYLOAD} is signed without reading its body
 * (for bodies too large to buffer); any other body is buffered once to hash it.
 *
 * <pre>{@code
 * Credentials credentials = AkSkCredentials.builder().ak(ak).sk(sk).projectId(projectId).build();
 * }</pre>
 */
public final class AkSkCredentials implements Credentials {
  public static final String HEADER_DATE = "X-Sdk-Date";
  public static final String HEADER_SECURITY_TOKEN = "X-Security-Token";
  public static final String HEADER_PROJECT_ID = "X-Project-Id";
  public static final String HEADER_CONTENT_SHA256 = "X-Sdk-Content-Sha256";

  /**
   * How far a clock correction must move the signing date before a re-sign is worth it. The
   * gateway tolerates 15 minutes of skew, so a rejection means we were off by more than that;
   * a minute is well above the {@code Date} header's one-second resolution and a slow round trip,
   * and well below the tolerance.
   */
  public static final Duration CLOCK_SKEW_THRESHOLD = Duration.ofMinutes(1);

  private static final Logger log = LoggerFactory.getLogger(AkSkCredentials.class);

  private final String ak;
  private final AkSkSigner signer;
  private final String securityToken;
  private final String projectId;
  /** Added to the pipeline's clock for every {@code X-Sdk-Date}: the gateway's time minus ours. */
  private final AtomicReference<Duration> clockOffset = new AtomicReference<>(Duration.ZERO);

  private AkSkCredentials(Builder builder) {
    this.signer = AkSkSigner.of(builder.ak, builder.sk);
    this.ak = builder.ak;
    this.securityToken = blankToNull(builder.securityToken);
    this.projectId = blankToNull(builder.projectId);
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Permanent AK/SK. */
  public static AkSkCredentials of(String ak, String sk) {
    return builder().ak(ak).sk(sk).build();
  }

  @Override
  public Request authenticate(Request request, AuthContext context) throws IOException {
    HttpUrl url = request.url();
    String date = AkSkSigner.formatDate(context.clock().instant().plus(clockOffset.get()));
    Request.Builder signed = request.newBuilder()
        .removeHeader("Authorization")
        .header(HEADER_DATE, date)
        .header("Host", hostHeader(url));
    Map<String, String> toSign = new LinkedHashMap<>();
    toSign.put("host", hostHeader(url));
    toSign.put("x-sdk-date", date);

    RequestBody body = request.body();
    // OkHttp sends the body's own content type over any Content-Type header, so sign that one.
    String contentType = body != null && body.contentType() != null
        ? body.contentType().toString() : request.header("Content-Type");
    if (contentType != null) {
      signed.header("Content-Type", contentType);
      toSign.put("content-type", contentType);
    }
    if (securityToken != null) {
      signed.header(HEADER_SECURITY_TOKEN, securityToken);
      toSign.put("x-security-token", securityToken);
    }
    // A project id the request already carries is the more specific one: keep and sign it.
    String requestProjectId = request.header(HEADER_PROJECT_ID);
    if (requestProjectId != null) {
      toSign.put("x-project-id", requestProjectId);
    } else if (projectId != null) {
      signed.header(HEADER_PROJECT_ID, projectId);
      toSign.put("x-project-id", projectId);
    }

    String bodyHash;
    String contentSha256 = request.header(HEADER_CONTENT_SHA256);
    if (contentSha256 != null) {
      toSign.put("x-sdk-content-sha256", contentSha256);
    }
    if (AkSkSigner.UNSIGNED_PAYLOAD.equals(contentSha256)) {
      bodyHash = AkSkSigner.UNSIGNED_PAYLOAD;
    } else if (body == null) {
      bodyHash = AkSkSigner.EMPTY_BODY_SHA256;
    } else {
      BodyBytes known = request.tag(BodyBytes.class);
      bodyHash = known != null ? known.sha256Hex() : hashBody(request, body, signed);
    }
    AkSkSigner.Signature signature = signer.sign(request.method(), url, toSign, bodyHash);
    return signed.header("Authorization", signature.authorization()).build();
  }

  /**
   * Adopts the gateway's clock: every later {@code X-Sdk-Date} is the pipeline's clock plus
   * {@code serverTime} minus the pipeline's clock now. The offset moves only when it changes by
   * more than {@link #CLOCK_SKEW_THRESHOLD}, so the jitter of a round trip cannot make it wander.
   *
   * <p>Returns true when a request signed now would carry a date more than the threshold closer
   * to {@code serverTime} than {@code rejected}'s {@code X-Sdk-Date}: re-signing once may
   * succeed. That also holds for requests signed before a concurrent call already corrected the
   * offset, and never for a request signed after the correction (re-signing would change
   * nothing). Without a readable {@code X-Sdk-Date}, returns whether this call moved the offset.
   */
  @Override
  public boolean correctClockSkew(Request rejected, Instant serverTime, AuthContext context) {
    Objects.requireNonNull(serverTime, "serverTime");
    Instant now = context.clock().instant();
    Duration measured = Duration.between(now, serverTime);
    Duration before = clockOffset.getAndUpdate(
        current -> exceedsThreshold(measured.minus(current)) ? measured : current);
    boolean moved = exceedsThreshold(measured.minus(before));
    if (moved) {
      log.warn("Signing with the API gateway's clock from now on: it is {} ahead of ours "
          + "(negative: behind)", measured);
    }
    Instant sent = sentDate(rejected);
    if (sent == null) {
      return moved;
    }
    Instant resigned = now.plus(clockOffset.get());
    Duration wasOff = Duration.between(sent, serverTime).abs();
    Duration wouldBeOff = Duration.between(resigned, serverTime).abs();
    return exceedsThreshold(wasOff.minus(wouldBeOff));
  }

  /** The offset currently added to the pipeline's clock when signing. */
  public Duration clockOffset() {
    return clockOffset.get();
  }

  private static boolean exceedsThreshold(Duration difference) {
    return difference.abs().compareTo(CLOCK_SKEW_THRESHOLD) > 0;
  }

  private static Instant sentDate(Request rejected) {
    String date = rejected.header(HEADER_DATE);
    return date == null ? null : AkSkSigner.parseDate(date).orElse(null);
  }

  private static String hashBody(Request request, RequestBody body, Request.Builder signed)
      throws IOException {
    if (body.isDuplex()) {
      throw new IllegalArgumentException("a duplex body cannot be hashed; send "
          + HEADER_CONTENT_SHA256 + ": " + AkSkSigner.UNSIGNED_PAYLOAD + " to sign without it");
    }
    Buffer buffer = new Buffer();
    body.writeTo(buffer);
    if (!body.isOneShot()) {
      return buffer.sha256().hex();
    }
    // Hashing consumed a one-shot body: send the bytes we read instead.
    ByteString bytes = buffer.readByteString();
    MediaType type = body.contentType();
    signed.method(request.method(), RequestBody.create(bytes, type));
    return bytes.sha256().hex();
  }

  /** The Host header: host, plus the port unless it is the scheme's default; IPv6 in brackets. */
  static String hostHeader(HttpUrl url) {
    String host = url.host().contains(":") ? "[" + url.host() + "]" : url.host();
    return url.port() == HttpUrl.defaultPort(url.scheme()) ? host : host + ":" + url.port();
  }

  public Optional<String> projectId() {
    return Optional.ofNullable(projectId);
  }

  /** True for temporary credentials, which carry a security token. */
  public boolean isTemporary() {
    return securityToken != null;
  }

  @Override
  public String toString() {
    return "AkSkCredentials{ak=" + Masking.prefix(ak) + ", sk=" + Masking.MASK
        + (securityToken != null ? ", securityToken=" + Masking.MASK : "")
        + (projectId != null ? ", projectId=" + projectId : "") + "}";
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value;
  }

  /** Builds {@link AkSkCredentials}; {@code ak} and {@code sk} are required. */
  public static final class Builder {
    private String ak;
    private String sk;
    private String securityToken;
    private String projectId;

    private Builder() {}

    public Builder ak(String ak) {
      this.ak = Objects.requireNonNull(ak, "ak");
      return this;
    }

    public Builder sk(String sk) {
      this.sk = Objects.requireNonNull(sk, "sk");
      return this;
    }

    /** Makes these temporary credentials: sent and signed as {@code X-Security-Token}. */
    public Builder securityToken(String securityToken) {
      this.securityToken = securityToken;
      return this;
    }

    /** Sent and signed as {@code X-Project-Id} when the request does not carry one. */
    public Builder projectId(String projectId) {
      this.projectId = projectId;
      return this;
    }

    /** @throws IllegalArgumentException when ak or sk is missing or blank */
    public AkSkCredentials build() {
      if (ak == null || ak.isBlank() || sk == null || sk.isBlank()) {
        throw new IllegalArgumentException("AkSkCredentials needs both ak and sk");
      }
      return new AkSkCredentials(this);
    }
  }
}
