package io.hcsdk.testing.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.hcsdk.core.auth.AkSkSigner;
import io.hcsdk.core.json.Json;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import okhttp3.Headers;
import okhttp3.HttpUrl;

/**
 * The gateway's authentication: {@code X-Auth-Token} must name a token the simulator knows (given, or
 * issued by its IAM), unexpired and not revoked; AK/SK requests must carry a correct
 * {@code SDK-HMAC-SHA256} signature of a registered pair, a signed {@code host} and an {@code X-Sdk-Date}
 * within 15 minutes of the simulator's clock (and, for temporary credentials, their signed
 * {@code X-Security-Token}). Thread-safe.
 */
public final class Authenticator {
  /** The gateway's tolerance between {@code X-Sdk-Date} and its own clock. */
  public static final Duration DATE_WINDOW = Duration.ofMinutes(15);
  public static final String SUBJECT_TOKEN_HEADER = "X-Subject-Token";

  private static final String ALGORITHM_PREFIX = AkSkSigner.ALGORITHM + " ";
  private static final DateTimeFormatter SDK_DATE =
      DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'", Locale.ROOT).withZone(ZoneOffset.UTC);

  private record TokenState(Instant expiresAt, boolean revoked, boolean issued) {}

  private record KeyPair(String sk, Optional<String> securityToken) {}

  private record User(String domain, String name) {}

  private final Clock clock;
  private final Duration tokenLifetime;
  private final Map<String, TokenState> tokens = new ConcurrentHashMap<>();
  private final Map<String, KeyPair> keys = new ConcurrentHashMap<>();
  private final Map<User, String> users = new ConcurrentHashMap<>();
  private final List<String> issued = new ArrayList<>();
  private volatile boolean anyToken;

  public Authenticator(Clock clock, Duration tokenLifetime) {
    this.clock = clock;
    this.tokenLifetime = tokenLifetime;
  }

  /** Accept any non-blank token it does not know (known ones still expire); signatures stay verified. */
  public void acceptAnyToken(boolean accept) {
    this.anyToken = accept;
  }

  /** A token the gateway accepts until it is expired or revoked. */
  public void addToken(String token) {
    tokens.put(token, new TokenState(Instant.MAX, false, false));
  }

  public void addAkSk(String ak, String sk, Optional<String> securityToken) {
    keys.put(ak, new KeyPair(sk, securityToken));
  }

  public void addUser(String domain, String name, String password) {
    users.put(new User(domain, name), password);
  }

  /** Makes {@code token} expired from now on; unknown tokens are an error (a test typo). */
  public void expire(String token) {
    TokenState s = require(token);
    tokens.put(token, new TokenState(clock.instant().minusMillis(1), s.revoked(), s.issued()));
  }

  public void revoke(String token) {
    TokenState s = require(token);
    tokens.put(token, new TokenState(s.expiresAt(), true, s.issued()));
  }

  /** Expires every token IAM issued so far (the given ones stay). */
  public void expireIssued() {
    synchronized (issued) {
      issued.forEach(this::expire);
    }
  }

  public List<String> issuedTokens() {
    synchronized (issued) {
      return List.copyOf(issued);
    }
  }

  public Optional<Instant> expiry(String token) {
    return Optional.ofNullable(tokens.get(token)).map(TokenState::expiresAt);
  }

  /** Empty when the request is authenticated, else the gateway's 401. */
  public Optional<SimResponse> check(String method, HttpUrl url, Headers headers, byte[] body) {
    String authorization = headers.get("Authorization");
    if (authorization != null && authorization.startsWith(ALGORITHM_PREFIX)) {
      return checkSignature(method, url, headers, body, authorization.substring(ALGORITHM_PREFIX.length()));
    }
    String token = headers.get("X-Auth-Token");
    if (token == null || token.isBlank()) {
      return Optional.of(ErrorBodies.badToken());
    }
    TokenState state = tokens.get(token.trim());
    if (state == null) {
      return anyToken ? Optional.empty() : Optional.of(ErrorBodies.badToken());
    }
    if (state.revoked() || !clock.instant().isBefore(state.expiresAt())) {
      return Optional.of(ErrorBodies.expiredToken());
    }
    return Optional.empty();
  }

  private Optional<SimResponse> checkSignature(String method, HttpUrl url, Headers headers, byte[] body,
      String credentials) {
    Map<String, String> parts = new LinkedHashMap<>();
    for (String part : credentials.split(",")) {
      int eq = part.indexOf('=');
      if (eq > 0) {
        parts.put(part.substring(0, eq).trim(), part.substring(eq + 1).trim());
      }
    }
    String ak = parts.get("Access");
    String signedHeaders = parts.get("SignedHeaders");
    String signature = parts.get("Signature");
    if (ak == null || signedHeaders == null || signature == null) {
      return Optional.of(ErrorBodies.badSignature("malformed Authorization header"));
    }
    KeyPair pair = keys.get(ak);
    if (pair == null) {
      return Optional.of(ErrorBodies.badSignature("the access key is not known"));
    }
    List<String> names = List.of(signedHeaders.toLowerCase(Locale.ROOT).split(";"));
    if (!names.contains("host") || !names.contains("x-sdk-date")) {
      return Optional.of(ErrorBodies.badSignature("host and x-sdk-date must be signed"));
    }
    String date = headers.get("X-Sdk-Date");
    if (date == null) {
      return Optional.of(ErrorBodies.badSignature("X-Sdk-Date is missing"));
    }
    Instant signedAt;
    try {
      signedAt = SDK_DATE.parse(date.trim(), Instant::from);
    } catch (DateTimeParseException e) {
      return Optional.of(ErrorBodies.badSignature("X-Sdk-Date is not yyyyMMdd'T'HHmmss'Z'"));
    }
    if (Duration.between(signedAt, clock.instant()).abs().compareTo(DATE_WINDOW) > 0) {
      return Optional.of(ErrorBodies.badSignature("X-Sdk-Date is more than 15 minutes from the server's time"));
    }
    if (pair.securityToken().isPresent()) {
      String given = headers.get("X-Security-Token");
      if (given == null || !names.contains("x-security-token") || !constantTimeEquals(given, pair.securityToken().get())) {
        return Optional.of(ErrorBodies.badSignature("the security token is missing, unsigned or wrong"));
      }
    }
    Map<String, String> toSign = new LinkedHashMap<>();
    for (String name : names) {
      String value = headers.get(name);
      if (value == null && name.equals("host")) {
        // HTTP/2 (negotiated over TLS) carries the host as the :authority pseudo-header, not a Host header.
        value = headers.get(":authority") != null ? headers.get(":authority")
            : url.port() == okhttp3.HttpUrl.defaultPort(url.scheme()) ? url.host() : url.host() + ":" + url.port();
      }
      if (value == null) {
        return Optional.of(ErrorBodies.badSignature("signed header " + name + " is missing"));
      }
      toSign.put(name, value);
    }
    String contentSha = headers.get("X-Sdk-Content-Sha256");
    String bodyHash = AkSkSigner.UNSIGNED_PAYLOAD.equals(contentSha) ? AkSkSigner.UNSIGNED_PAYLOAD
        : body.length == 0 ? AkSkSigner.EMPTY_BODY_SHA256 : AkSkSigner.sha256Hex(body);
    String expected = AkSkSigner.of(ak, pair.sk()).sign(method, url, toSign, bodyHash).signature();
    if (!constantTimeEquals(expected, signature)) {
      return Optional.of(ErrorBodies.badSignature("verify aksk signature fail"));
    }
    return Optional.empty();
  }

  /** IAM's {@code POST /v3/auth/tokens} with a password: 201, the token in {@code X-Subject-Token}. */
  public SimResponse issue(String rawBody) {
    JsonNode body;
    try {
      body = Json.mapper().readTree(rawBody == null || rawBody.isBlank() ? "{}" : rawBody);
    } catch (Exception e) {
      return ErrorBodies.invalid(iamOperation(), "The request body is not JSON").response();
    }
    JsonNode identity = body.path("auth").path("identity");
    JsonNode user = identity.path("password").path("user");
    boolean password = false;
    for (JsonNode m : identity.path("methods")) {
      password |= m.asText().equals("password");
    }
    String name = user.path("name").asText("");
    String secret = user.path("password").asText("");
    String domain = user.path("domain").path("name").asText("");
    JsonNode project = body.path("auth").path("scope").path("project");
    if (!password || name.isEmpty() || secret.isEmpty() || domain.isEmpty()
        || (!project.has("id") && !project.has("name"))) {
      return ErrorBodies.invalid(iamOperation(), "auth.identity.password.user (name, password, domain.name) and "
          + "auth.scope.project (id or name) are required").response();
    }
    String known = users.get(new User(domain, name));
    if (known == null || !constantTimeEquals(known, secret)) {
      return ErrorBodies.iamUnauthorized();
    }
    Instant now = clock.instant();
    Instant expiresAt = now.plus(tokenLifetime);
    String token = "MIIsim" + Ids.secretToken() + Ids.secretToken();
    tokens.put(token, new TokenState(expiresAt, false, true));
    synchronized (issued) {
      issued.add(token);
    }
    ObjectNode out = Json.mapper().createObjectNode();
    ObjectNode t = out.putObject("token");
    t.put("expires_at", Ids.isoMicros(expiresAt));
    t.put("issued_at", Ids.isoMicros(now));
    t.putArray("methods").add("password");
    ObjectNode u = t.putObject("user");
    u.put("name", name).put("id", Ids.hex(16));
    u.putObject("domain").put("name", domain).put("id", Ids.hex(16));
    ObjectNode p = t.putObject("project");
    p.put("id", project.path("id").asText(Ids.hex(16)));
    p.put("name", project.path("name").asText("cn-north-4"));
    return SimResponse.json(201, out).withHeader(SUBJECT_TOKEN_HEADER, token);
  }

  private static OperationSpec iamOperation() {
    return ApiSpec.get().operation(ApiSpec.IAM_TOKEN_OPERATION).orElseThrow();
  }

  private TokenState require(String token) {
    TokenState s = tokens.get(token);
    if (s == null) {
      throw new IllegalArgumentException("The simulator does not know this token");
    }
    return s;
  }

  private static boolean constantTimeEquals(String a, String b) {
    return MessageDigest.isEqual(a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));
  }
}
