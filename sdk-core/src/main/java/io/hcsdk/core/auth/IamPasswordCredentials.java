package io.hcsdk.core.auth;

import io.hcsdk.core.HcException;
import java.io.InterruptedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import okhttp3.HttpUrl;
import okhttp3.Request;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An IAM user's password, exchanged for a project-scoped token ({@code X-Auth-Token}) through
 * {@code POST {iam}/v3/auth/tokens} on the pipeline's own HTTP client.
 *
 * <p>The token is cached and renewed {@link #REFRESH_BEFORE_EXPIRY} before it expires (by the
 * pipeline's clock). Concurrent callers share one IAM request. When a renewal fails while the
 * current token is still valid, the current token keeps being used and the renewal is retried
 * after {@link #REFRESH_RETRY_INTERVAL}. A 401 from a service makes
 * {@link #refreshAfterUnauthorized} drop the token and fetch a new one.
 *
 * <p>IAM errors surface as {@link io.hcsdk.core.error.ApiException} subtypes (a wrong password is
 * an {@link io.hcsdk.core.error.UnauthorizedException}), I/O failures as
 * {@link io.hcsdk.core.error.TransportException}. The lent HTTP client must not itself run these
 * credentials on its calls (that would ask for a token to fetch a token); it is detected and
 * fails fast.
 */
public final class IamPasswordCredentials implements Credentials {
  public static final String GLOBAL_IAM_ENDPOINT = "https://iam.myhuaweicloud.com";
  public static final Duration REFRESH_BEFORE_EXPIRY = Duration.ofMinutes(5);
  public static final Duration REFRESH_RETRY_INTERVAL = Duration.ofSeconds(30);

  private static final Logger log = LoggerFactory.getLogger(IamPasswordCredentials.class);

  private final String userName;
  private final String domainName;
  private final String projectId;
  private final String projectName;
  private final HttpUrl iamEndpoint;
  private final IamTokenClient client;

  private final Object lock = new Object();
  // Guarded by lock.
  private IamToken cached;
  private CompletableFuture<IamToken> inFlight;
  private Thread fetchingThread;
  private Instant retryRefreshAfter = Instant.MIN;

  private IamPasswordCredentials(Builder b) {
    this.userName = b.userName;
    this.domainName = b.domainName;
    this.projectId = b.projectId;
    this.projectName = b.projectName;
    this.iamEndpoint = b.iamEndpoint;
    this.client = new IamTokenClient(iamEndpoint, userName, b.password, domainName, projectId,
        projectName);
  }

  public static Builder builder() {
    return new Builder();
  }

  @Override
  public Request authenticate(Request request, AuthContext context) throws InterruptedIOException {
    return request.newBuilder().header(TokenCredentials.HEADER, token(context, false).value()).build();
  }

  /** Drops the token the service refused and fetches a new one; false when that fetch failed. */
  @Override
  public boolean refreshAfterUnauthorized(Request rejected, AuthContext context) {
    try {
      token(context, true);
      return true;
    } catch (HcException | InterruptedIOException e) {
      log.warn("Could not renew the IAM token after a 401: {}", e.getMessage());
      return false;
    }
  }

  /**
   * The current token, fetched when missing, due or {@code forced}. One caller fetches; the
   * others wait for its answer.
   */
  private IamToken token(AuthContext context, boolean forced) throws InterruptedIOException {
    Instant now = context.clock().instant();
    IamToken fallback;
    CompletableFuture<IamToken> future;
    boolean owner = false;
    synchronized (lock) {
      if (fetchingThread == Thread.currentThread()) {
        throw new IllegalStateException("The HTTP client lent to IamPasswordCredentials "
            + "authenticates its own calls with them; it must not");
      }
      IamToken current = cached;
      if (!forced && current != null) {
        if (now.isBefore(current.refreshAt(REFRESH_BEFORE_EXPIRY))) {
          return current;
        }
        if (now.isBefore(current.expiresAt()) && now.isBefore(retryRefreshAfter)) {
          return current; // a renewal failed moments ago; do not hammer IAM while this one works
        }
      }
      if (forced) {
        cached = null;
      }
      fallback = forced ? null : current;
      if (inFlight == null) {
        inFlight = new CompletableFuture<>();
        fetchingThread = Thread.currentThread();
        owner = true;
      }
      future = inFlight;
    }
    if (owner) {
      fetchAndPublish(context, future, now);
    }
    try {
      return future.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("interrupted while waiting for the IAM token");
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (fallback != null && context.clock().instant().isBefore(fallback.expiresAt())) {
        log.warn("Renewing the IAM token failed; using the current one until it expires at {}: {}",
            fallback.expiresAt(), cause.getMessage());
        return fallback;
      }
      if (cause instanceof RuntimeException runtime) {
        throw runtime;
      }
      if (cause instanceof Error error) {
        throw error;
      }
      throw new HcException("IAM token request failed", cause);
    }
  }

  private void fetchAndPublish(AuthContext context, CompletableFuture<IamToken> future, Instant now) {
    IamToken fresh = null;
    Throwable failure = null;
    try {
      fresh = client.fetch(context);
    } catch (RuntimeException | Error e) {
      failure = e;
    }
    synchronized (lock) {
      inFlight = null;
      fetchingThread = null;
      if (fresh != null) {
        cached = fresh;
        retryRefreshAfter = Instant.MIN;
      } else {
        retryRefreshAfter = now.plus(REFRESH_RETRY_INTERVAL);
      }
    }
    if (fresh != null) {
      future.complete(fresh);
    } else {
      future.completeExceptionally(failure);
    }
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

  public HttpUrl iamEndpoint() {
    return iamEndpoint;
  }

  @Override
  public String toString() {
    return "IamPasswordCredentials{user=" + userName + ", domain=" + domainName
        + (projectId != null ? ", projectId=" + projectId : ", projectName=" + projectName)
        + ", iam=" + iamEndpoint + ", password=" + Masking.MASK + "}";
  }

  /**
   * Builds {@link IamPasswordCredentials}: user name, password, domain name and exactly one of
   * project id or project name are required; the IAM endpoint defaults to
   * {@link #GLOBAL_IAM_ENDPOINT}.
   */
  public static final class Builder {
    private String userName;
    private String password;
    private String domainName;
    private String projectId;
    private String projectName;
    private HttpUrl iamEndpoint = HttpUrl.get(GLOBAL_IAM_ENDPOINT);

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

    /** Such as {@code https://iam.cn-north-4.myhuaweicloud.com}; a base path is kept. */
    public Builder iamEndpoint(String iamEndpoint) {
      HttpUrl url = HttpUrl.parse(iamEndpoint == null ? "" : iamEndpoint.trim());
      if (url == null) {
        throw new IllegalArgumentException("not an http(s) URL: " + iamEndpoint);
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
