package io.hcsdk.core.auth;

import io.hcsdk.core.HcException;
import java.io.InterruptedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import okhttp3.HttpUrl;
import okhttp3.Request;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An IAM user's password, exchanged for a project-scoped token ({@code X-Auth-Token}) through
 * {@code POST {iam}/v3/auth/tokens} on the pipeline's own HTTP client. The IAM endpoint is the
 * one given to the builder, else the client's configured one ({@link AuthContext#iamEndpoint()}),
 * else {@link #GLOBAL_IAM_ENDPOINT}.
 *
 * <p>The token is cached and renewed {@link #REFRESH_BEFORE_EXPIRY} before it expires (by the
 * pipeline's clock). Concurrent callers share one IAM request; async callers compose on it
 * without blocking a thread. When a renewal fails while the current token is still valid, the
 * current token keeps being used and the renewal is retried after {@link #REFRESH_RETRY_INTERVAL}.
 * A 401 from a service drops the token only if it is the one the service refused, so any number
 * of 401s for one token cost one IAM request. The IAM request retries per the context's
 * {@link io.hcsdk.core.retry.RetryPolicy} (not after a 401: a wrong password stays wrong), and
 * nothing here outlives the context's deadline.
 *
 * <p>IAM errors surface as {@link io.hcsdk.core.error.ApiException} subtypes (a wrong password is
 * an {@link io.hcsdk.core.error.UnauthorizedException}), I/O failures and deadlines as
 * {@link io.hcsdk.core.error.TransportException}. The lent HTTP client must not itself run these
 * credentials on its calls (that would ask for a token to fetch a token); it is detected and
 * fails fast.
 */
public final class IamPasswordCredentials implements Credentials {
  public static final String GLOBAL_IAM_ENDPOINT = "https://iam.myhuaweicloud.com";
  public static final Duration REFRESH_BEFORE_EXPIRY = Duration.ofMinutes(5);
  public static final Duration REFRESH_RETRY_INTERVAL = Duration.ofSeconds(30);

  private static final Logger log = LoggerFactory.getLogger(IamPasswordCredentials.class);
  private static final HttpUrl GLOBAL = HttpUrl.get(GLOBAL_IAM_ENDPOINT);

  private final String userName;
  private final String domainName;
  private final String projectId;
  private final String projectName;
  private final HttpUrl iamEndpoint;
  private final TokenCache tokens;

  private IamPasswordCredentials(Builder b) {
    this.userName = b.userName;
    this.domainName = b.domainName;
    this.projectId = b.projectId;
    this.projectName = b.projectName;
    this.iamEndpoint = b.iamEndpoint;
    IamTokenClient client = new IamTokenClient(userName, b.password, domainName, projectId,
        projectName);
    this.tokens = new TokenCache(new TokenCache.Fetcher() {
      @Override
      public IamToken fetch(AuthContext context, Instant deadline) throws InterruptedIOException {
        return client.fetch(context, iamEndpoint(context), deadline);
      }

      @Override
      public CompletableFuture<IamToken> fetchAsync(AuthContext context, Instant deadline) {
        return client.fetchAsync(context, iamEndpoint(context), deadline);
      }
    });
  }

  public static Builder builder() {
    return new Builder();
  }

  @Override
  public Request authenticate(Request request, AuthContext context) throws InterruptedIOException {
    refuseTokenRequest(request);
    return withToken(request, tokens.token(context, null));
  }

  @Override
  public CompletableFuture<Request> authenticateAsync(Request request, AuthContext context) {
    try {
      refuseTokenRequest(request);
    } catch (IllegalStateException e) {
      return CompletableFuture.failedFuture(e);
    }
    CompletableFuture<IamToken> token = tokens.tokenAsync(context, null);
    CompletableFuture<Request> authenticated = new CompletableFuture<>();
    token.whenComplete((value, failure) -> {
      if (failure == null) {
        authenticated.complete(withToken(request, value));
      } else {
        authenticated.completeExceptionally(failure);
      }
    });
    return authenticated;
  }

  /**
   * Drops the token {@code rejected} carried if it is still the cached one, and makes sure a valid
   * token is ready (a newer cached one, the fetch in flight, or a new fetch). False when no token
   * could be had.
   */
  @Override
  public boolean refreshAfterUnauthorized(Request rejected, AuthContext context) {
    try {
      tokens.token(context, rejected.header(TokenCredentials.HEADER));
      return true;
    } catch (HcException | InterruptedIOException e) {
      log.warn("Could not renew the IAM token after a 401: {}", e.getMessage());
      return false;
    }
  }

  @Override
  public CompletableFuture<Boolean> refreshAfterUnauthorizedAsync(Request rejected,
      AuthContext context) {
    return tokens.tokenAsync(context, rejected.header(TokenCredentials.HEADER))
        .handle((token, failure) -> {
          if (failure != null) {
            log.warn("Could not renew the IAM token after a 401: {}", failure.getMessage());
          }
          return failure == null;
        });
  }

  private static Request withToken(Request request, IamToken token) {
    return request.newBuilder().header(TokenCredentials.HEADER, token.value()).build();
  }

  private static void refuseTokenRequest(Request request) {
    if (request.tag(IamTokenClient.TokenRequestTag.class) != null) {
      throw new IllegalStateException("The HTTP client lent to IamPasswordCredentials "
          + "authenticates its own calls with them; it must not");
    }
  }

  /** The builder's endpoint, else the client's, else the global one. */
  private HttpUrl iamEndpoint(AuthContext context) {
    return iamEndpoint != null ? iamEndpoint : context.iamEndpoint().orElse(GLOBAL);
  }

  public String userName() {
    return userName;
  }

  public String domainName() {
    return domainName;
  }

  public Optional<String> projectId() {
    return Optional.ofNullable(projectId);
  }

  public Optional<String> projectName() {
    return Optional.ofNullable(projectName);
  }

  /**
   * The IAM endpoint given to the builder; empty when none was, and the client's configured IAM
   * endpoint (else {@link #GLOBAL_IAM_ENDPOINT}) is used.
   */
  public Optional<HttpUrl> iamEndpoint() {
    return Optional.ofNullable(iamEndpoint);
  }

  @Override
  public String toString() {
    return "IamPasswordCredentials{user=" + userName + ", domain=" + domainName
        + (projectId != null ? ", projectId=" + projectId : ", projectName=" + projectName)
        + ", iam=" + (iamEndpoint != null ? IamTokenClient.display(iamEndpoint) : "(the client's)")
        + ", password=" + Masking.MASK + "}";
  }

  /**
   * Builds {@link IamPasswordCredentials}: user name, password, domain name and exactly one of
   * project id or project name are required; without an IAM endpoint, the client's configured
   * one is used, else {@link #GLOBAL_IAM_ENDPOINT}.
   */
  public static final class Builder {
    private String userName;
    private String password;
    private String domainName;
    private String projectId;
    private String projectName;
    private HttpUrl iamEndpoint;

    private Builder() {}

    public Builder userName(String userName) {
      this.userName = userName;
      return this;
    }

    public Builder password(String password) {
      this.password = password;
      return this;
    }

    /** The account (domain) the IAM user belongs to. */
    public Builder domainName(String domainName) {
      this.domainName = domainName;
      return this;
    }

    /** Scopes the token to this project id. */
    public Builder projectId(String projectId) {
      this.projectId = projectId;
      return this;
    }

    /** Scopes the token to this project name (such as {@code cn-north-4}). */
    public Builder projectName(String projectName) {
      this.projectName = projectName;
      return this;
    }

    /**
     * Such as {@code https://iam.cn-north-4.myhuaweicloud.com}; a base path is kept. Wins over
     * the client's configured IAM endpoint.
     */
    public Builder iamEndpoint(String iamEndpoint) {
      HttpUrl url = HttpUrl.parse(iamEndpoint == null ? "" : iamEndpoint.trim());
      if (url == null) {
        // Shown without any user info, which could hold a password.
        throw new IllegalArgumentException("the IAM endpoint is not an http(s) URL: "
            + String.valueOf(iamEndpoint).replaceAll("//[^/]*@", "//" + Masking.MASK + "@"));
      }
      return iamEndpoint(url);
    }

    public Builder iamEndpoint(HttpUrl iamEndpoint) {
      this.iamEndpoint = Objects.requireNonNull(iamEndpoint, "iamEndpoint");
      return this;
    }

    /** @throws IllegalArgumentException naming every missing or conflicting field (never a value) */
    public IamPasswordCredentials build() {
      StringBuilder problems = new StringBuilder();
      require(userName, "userName", problems);
      require(password, "password", problems);
      require(domainName, "domainName", problems);
      boolean hasId = projectId != null && !projectId.isBlank();
      boolean hasName = projectName != null && !projectName.isBlank();
      if (hasId == hasName) {
        problems.append(hasId ? "; give projectId or projectName, not both"
            : "; projectId or projectName is required");
      }
      if (problems.length() > 0) {
        throw new IllegalArgumentException("IamPasswordCredentials: " + problems.substring(2));
      }
      projectId = hasId ? projectId.trim() : null;
      projectName = hasName ? projectName.trim() : null;
      return new IamPasswordCredentials(this);
    }

    private static void require(String value, String name, StringBuilder problems) {
      if (value == null || value.isBlank()) {
        problems.append("; ").append(name).append(" is required");
      }
    }
  }
}
