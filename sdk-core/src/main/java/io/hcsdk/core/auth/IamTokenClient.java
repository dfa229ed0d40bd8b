package io.hcsdk.core.auth;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.hcsdk.core.error.ApiException;
import io.hcsdk.core.error.ResponseParseException;
import io.hcsdk.core.error.TransportException;
import io.hcsdk.core.internal.ErrorBodyParser;
import io.hcsdk.core.internal.Redactor;
import io.hcsdk.core.internal.RetryAfter;
import io.hcsdk.core.json.Json;
import java.io.IOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import javax.net.ssl.SSLHandshakeException;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The one IAM call: {@code POST {iam}/v3/auth/tokens} with a password, mapped to a token or a typed error. */
final class IamTokenClient {
  /** What the documents promise when a body lacks {@code token.expires_at}. */
  static final Duration DEFAULT_LIFETIME = Duration.ofHours(24);

  private static final Logger log = LoggerFactory.getLogger(IamTokenClient.class);
  private static final MediaType JSON = MediaType.get("application/json; charset=utf-8");
  private static final long MAX_ERROR_BODY = 64 * 1024;

  private final HttpUrl tokensUrl;
  private final String userName;
  private final String domainName;
  private final String password;
  private final String escapedPassword;
  private final String requestBody;

  IamTokenClient(HttpUrl iamEndpoint, String userName, String password, String domainName,
      String projectId, String projectName) {
    this.tokensUrl = iamEndpoint.newBuilder().addPathSegments("v3/auth/tokens").build();
    this.userName = userName;
    this.domainName = domainName;
    this.password = password;
    String quoted = Json.mapper().getNodeFactory().textNode(password).toString();
    this.escapedPassword = quoted.substring(1, quoted.length() - 1);
    this.requestBody = body(userName, password, domainName, projectId, projectName);
  }

  HttpUrl tokensUrl() {
    return tokensUrl;
  }

  /** Fetches a new token; throws ApiException, TransportException or ResponseParseException. */
  IamToken fetch(AuthContext context) {
    Clock clock = context.clock();
    Request request = new Request.Builder()
        .url(tokensUrl)
        .post(RequestBody.create(requestBody, JSON))
        .build();
    Instant sentAt = clock.instant();
    try (Response response = context.httpClient().newCall(request).execute()) {
      String requestId = response.header("X-Request-Id");
      if (!response.isSuccessful()) {
        String body = maskPassword(response.peekBody(MAX_ERROR_BODY).string());
        throw ApiException.of(ErrorBodyParser.parse(response.code(), requestId, body, 1,
            RetryAfter.parse(response.headers(), clock)));
      }
      String token = response.header("X-Subject-Token");
      String body = response.body().string();
      if (token == null || token.isBlank()) {
        throw new ResponseParseException("IAM answered without an X-Subject-Token header",
            response.code(), requestId, Redactor.excerpt(maskPassword(body), 200), null);
      }
      Instant expiresAt = expiresAt(body, sentAt);
      log.debug("Obtained an IAM token for user {} in domain {}, expiring at {}", userName,
          domainName, expiresAt);
      return new IamToken(token.trim(), sentAt, expiresAt);
    } catch (IOException e) {
      throw new TransportException("IAM token request to " + tokensUrl + " failed: " + e, e,
          mayHaveReachedServer(e), 1);
    }
  }

  private static Instant expiresAt(String body, Instant sentAt) {
    try {
      JsonNode expires = Json.mapper().readTree(body).path("token").path("expires_at");
      if (expires.isTextual()) {
        return OffsetDateTime.parse(expires.asText().trim()).toInstant();
      }
    } catch (IOException | DateTimeParseException unreadable) {
      // fall through: the token itself is good, only its expiry is unknown
    }
    log.warn("IAM response has no readable token.expires_at; assuming the documented {} lifetime",
        DEFAULT_LIFETIME);
    return sentAt.plus(DEFAULT_LIFETIME);
  }

  /**
   * Masks the password wherever IAM might echo it, beyond the {@code password} fields that
   * {@link Redactor} already masks. Very short passwords are left alone: masking every "ab"
   * would reveal more than it hides.
   */
  private String maskPassword(String text) {
    if (password.length() < 4 || text.isEmpty()) {
      return text;
    }
    return text.replace(password, Redactor.MASK).replace(escapedPassword, Redactor.MASK);
  }

  private static boolean mayHaveReachedServer(IOException e) {
    return !(e instanceof UnknownHostException || e instanceof ConnectException
        || e instanceof NoRouteToHostException || e instanceof SSLHandshakeException);
  }

  private static String body(String userName, String password, String domainName,
      String projectId, String projectName) {
    ObjectNode root = Json.mapper().createObjectNode();
    ObjectNode auth = root.putObject("auth");
    ObjectNode identity = auth.putObject("identity");
    identity.putArray("methods").add("password");
    ObjectNode user = identity.putObject("password").putObject("user");
    user.put("name", userName);
    user.put("password", password);
    user.putObject("domain").put("name", domainName);
    ObjectNode project = auth.putObject("scope").putObject("project");
    if (projectId != null) {
      project.put("id", projectId);
    } else {
      project.put("name", projectName);
    }
    return root.toString();
  }
}
