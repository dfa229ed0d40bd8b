package io.hcsdk.core;

import io.hcsdk.core.auth.Credentials;
import io.hcsdk.core.http.CallListener;
import io.hcsdk.core.poll.WaitPolicy;
import io.hcsdk.core.retry.RetryPolicy;
import java.net.InetSocketAddress;
import java.net.Proxy;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ScheduledExecutorService;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;

/**
 * Everything a service client needs, built once and shared: region and endpoints, credentials,
 * timeouts, proxy, retry policy, and the clock, sleeper and scheduler (replaceable in tests).
 * Immutable and thread-safe; {@link #toBuilder()} makes a modified copy.
 */
public final class ClientConfig {
  /** Service keys used to resolve hosts and endpoint overrides. */
  public static final String FABRIC = "fabric";
  public static final String FABRIC_EP = "fabric-ep";
  public static final String MODELARTS = "modelarts";
  public static final String IAM = "iam";

  /**
   * OkHttp runs each async call in flight on a thread of its own, so this bounds the SDK's threads.
   * Polls take milliseconds and come seconds apart: four at a time serve a thousand concurrent
   * waits (measured: sdk-benchmarks' ConcurrentWaitsBenchmark). Sync calls run on their callers'
   * threads and are not counted. Raise it for bursts of slow async calls.
   */
  public static final int DEFAULT_MAX_REQUESTS = 4;
  public static final int DEFAULT_MAX_REQUESTS_PER_HOST = 4;

  private final String region;
  private final Map<String, HttpUrl> endpoints;
  private final EndpointResolver endpointResolver;
  private final String projectId;
  private final String workspaceId;
  private final Credentials credentials;
  private final Duration connectTimeout;
  private final Duration readTimeout;
  private final Duration writeTimeout;
  private final Duration callTimeout;
  private final Proxy proxy;
  private final String proxyUser;
  private final String proxyPassword;
  private final String userAgentSuffix;
  private final OkHttpClient httpClient;
  private final List<X509Certificate> trustedCertificates;
  private final RetryPolicy retryPolicy;
  private final Clock clock;
  private final Sleeper sleeper;
  private final ScheduledExecutorService scheduler;
  private final WaitPolicy waitPolicy;
  private final CallListener callListener;
  private final int maxRequests;
  private final int maxRequestsPerHost;

  private ClientConfig(Builder b) {
    this.region = b.region;
    this.endpoints = Map.copyOf(b.endpoints);
    this.endpointResolver = new EndpointResolver(b.region, endpoints);
    this.projectId = b.projectId;
    this.workspaceId = b.workspaceId;
    this.credentials = b.credentials;
    this.connectTimeout = b.connectTimeout;
    this.readTimeout = b.readTimeout;
    this.writeTimeout = b.writeTimeout;
    this.callTimeout = b.callTimeout;
    this.proxy = b.proxy;
    this.proxyUser = b.proxyUser;
    this.proxyPassword = b.proxyPassword;
    this.userAgentSuffix = b.userAgentSuffix;
    this.httpClient = b.httpClient;
    this.trustedCertificates = List.copyOf(b.trustedCertificates);
    this.retryPolicy = b.retryPolicy;
    this.clock = b.clock;
    this.sleeper = b.sleeper;
    this.scheduler = b.scheduler;
    this.waitPolicy = b.waitPolicy;
    this.callListener = b.callListener;
    this.maxRequests = b.maxRequests;
    this.maxRequestsPerHost = b.maxRequestsPerHost;
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Region, endpoints, project, workspace and credentials from the process environment. */
  public static ClientConfig fromEnvironment() {
    return fromEnvironment(System.getenv());
  }

  /** {@link #fromEnvironment()} over an explicit map (for tests and for launchers that pass their own). */
  public static ClientConfig fromEnvironment(Map<String, String> env) {
    return environmentBuilder(env).build();
  }

  /** A builder pre-filled from {@code env}, to adjust before building ({@link EnvironmentConfig}). */
  public static Builder environmentBuilder(Map<String, String> env) {
    return EnvironmentConfig.builder(env);
  }

  public Builder toBuilder() {
    return new Builder(this);
  }

  public Optional<String> region() {
    return Optional.ofNullable(region);
  }

  /** Overrides set for services, by service key. */
  public Map<String, HttpUrl> endpoints() {
    return endpoints;
  }

  /** Resolves service keys to base URLs from the region and the overrides. */
  public EndpointResolver endpointResolver() {
    return endpointResolver;
  }

  /** The base URL of {@code service} ({@link EndpointResolver#resolve}). */
  public HttpUrl endpoint(String service) {
    return endpointResolver.resolve(service);
  }

  public Optional<String> projectId() {
    return Optional.ofNullable(projectId);
  }

  public Optional<String> workspaceId() {
    return Optional.ofNullable(workspaceId);
  }

  public Optional<Credentials> credentials() {
    return Optional.ofNullable(credentials);
  }

  public Duration connectTimeout() {
    return connectTimeout;
  }

  public Duration readTimeout() {
    return readTimeout;
  }

  public Duration writeTimeout() {
    return writeTimeout;
  }

  /** Bounds one whole call: every attempt and every backoff together. */
  public Duration callTimeout() {
    return callTimeout;
  }

  public Optional<Proxy> proxy() {
    return Optional.ofNullable(proxy);
  }

  public Optional<String> proxyUser() {
    return Optional.ofNullable(proxyUser);
  }

  /** The proxy password; never printed by {@link #toString()}. */
  public Optional<String> proxyPassword() {
    return Optional.ofNullable(proxyPassword);
  }

  public Optional<String> userAgentSuffix() {
    return Optional.ofNullable(userAgentSuffix);
  }

  /** A caller-supplied client whose connection pool and dispatcher are shared (and never closed by us). */
  public Optional<OkHttpClient> httpClient() {
    return Optional.ofNullable(httpClient);
  }

  /** Certificates trusted in addition to the platform's certificate authorities (none by default). */
  public List<X509Certificate> trustedCertificates() {
    return trustedCertificates;
  }

  public RetryPolicy retryPolicy() {
    return retryPolicy;
  }

  public Clock clock() {
    return clock;
  }

  public Sleeper sleeper() {
    return sleeper;
  }

  /** A caller-supplied scheduler for async backoff and waiters; empty means the SDK's shared one. */
  /** How {@code waitUntil...} polls when a call names no policy of its own. */
  public WaitPolicy waitPolicy() {
    return waitPolicy;
  }

  /** Hears every attempt of every call ({@link CallListener#NONE} by default). */
  public CallListener callListener() {
    return callListener;
  }

  /** How many calls the client runs at once in all; more wait in the dispatcher's queue. */
  public int maxRequests() {
    return maxRequests;
  }

  /** How many calls the client runs at once to one host (OkHttp's own default is 5). */
  public int maxRequestsPerHost() {
    return maxRequestsPerHost;
  }

  public Optional<ScheduledExecutorService> scheduler() {
    return Optional.ofNullable(scheduler);
  }

  @Override
  public String toString() {
    return "ClientConfig{region=" + region + ", endpoints=" + printableEndpoints() + ", projectId=" + projectId
        + ", workspaceId=" + workspaceId + ", credentials=" + credentials + ", connectTimeout="
        + connectTimeout + ", readTimeout=" + readTimeout + ", writeTimeout=" + writeTimeout
        + ", callTimeout=" + callTimeout + ", proxy=" + proxy
        + (trustedCertificates.isEmpty() ? "" : ", trustedCertificates=" + trustedCertificates.size()) + (proxyUser == null ? "" : ", proxyUser="
        + proxyUser + ", proxyPassword=****") + ", retryPolicy=" + retryPolicy + "}";
  }

  /** Endpoint URLs without any user info, which may hold a password ({@code http://user:pw@host}). */
  private Map<String, String> printableEndpoints() {
    Map<String, String> printable = new LinkedHashMap<>();
    endpoints.forEach((service, url) -> printable.put(service,
        url.username().isEmpty() && url.password().isEmpty() ? url.toString()
            : url.newBuilder().username(io.hcsdk.core.auth.Masking.MASK).password("").build().toString()));
    return printable;
  }

  public static final class Builder {
    private String region;
    private final Map<String, HttpUrl> endpoints = new LinkedHashMap<>();
    private String projectId;
    private String workspaceId;
    private Credentials credentials;
    private Duration connectTimeout = Duration.ofSeconds(10);
    private Duration readTimeout = Duration.ofSeconds(60);
    private Duration writeTimeout = Duration.ofSeconds(60);
    private Duration callTimeout = Duration.ofSeconds(120);
    private Proxy proxy;
    private String proxyUser;
    private String proxyPassword;
    private String userAgentSuffix;
    private OkHttpClient httpClient;
    private final List<X509Certificate> trustedCertificates = new ArrayList<>();
    private RetryPolicy retryPolicy = RetryPolicy.defaults();
    private Clock clock = Clock.systemUTC();
    private Sleeper sleeper = Sleeper.SYSTEM;
    private ScheduledExecutorService scheduler;
    private WaitPolicy waitPolicy = WaitPolicy.defaults();
    private CallListener callListener = CallListener.NONE;
    private int maxRequests = DEFAULT_MAX_REQUESTS;
    private int maxRequestsPerHost = DEFAULT_MAX_REQUESTS_PER_HOST;

    private Builder() {}

    private Builder(ClientConfig c) {
      region = c.region;
      endpoints.putAll(c.endpoints);
      projectId = c.projectId;
      workspaceId = c.workspaceId;
      credentials = c.credentials;
      connectTimeout = c.connectTimeout;
      readTimeout = c.readTimeout;
      writeTimeout = c.writeTimeout;
      callTimeout = c.callTimeout;
      proxy = c.proxy;
      proxyUser = c.proxyUser;
      proxyPassword = c.proxyPassword;
      userAgentSuffix = c.userAgentSuffix;
      httpClient = c.httpClient;
      trustedCertificates.addAll(c.trustedCertificates);
      retryPolicy = c.retryPolicy;
      clock = c.clock;
      sleeper = c.sleeper;
      scheduler = c.scheduler;
      waitPolicy = c.waitPolicy;
      callListener = c.callListener;
      maxRequests = c.maxRequests;
      maxRequestsPerHost = c.maxRequestsPerHost;
    }

    public Builder region(String region) {
      this.region = nonBlank(region, "region").toLowerCase(Locale.ROOT);
      return this;
    }

    /** Overrides the base URL of one service (any URL; http is allowed, for tests and private clouds). */
    public Builder endpoint(String service, String url) {
      HttpUrl parsed = HttpUrl.parse(nonBlank(url, "endpoint url"));
      if (parsed == null) {
        throw new IllegalArgumentException("Not an http(s) URL for service '" + service + "': " + url);
      }
      return endpoint(service, parsed);
    }

    public Builder endpoint(String service, HttpUrl url) {
      endpoints.put(nonBlank(service, "service"), Objects.requireNonNull(url, "url"));
      return this;
    }

    public Builder projectId(String projectId) {
      this.projectId = nonBlank(projectId, "projectId");
      return this;
    }

    public Builder workspaceId(String workspaceId) {
      this.workspaceId = nonBlank(workspaceId, "workspaceId");
      return this;
    }

    public Builder credentials(Credentials credentials) {
      this.credentials = Objects.requireNonNull(credentials, "credentials");
      return this;
    }

    public Builder connectTimeout(Duration timeout) {
      this.connectTimeout = nonNegative(timeout, "connectTimeout");
      return this;
    }

    public Builder readTimeout(Duration timeout) {
      this.readTimeout = nonNegative(timeout, "readTimeout");
      return this;
    }

    public Builder writeTimeout(Duration timeout) {
      this.writeTimeout = nonNegative(timeout, "writeTimeout");
      return this;
    }

    /** Bounds one whole call, all attempts and backoffs together; zero means no bound. */
    public Builder callTimeout(Duration timeout) {
      this.callTimeout = nonNegative(timeout, "callTimeout");
      return this;
    }

    public Builder proxy(String host, int port) {
      return proxy(new Proxy(Proxy.Type.HTTP, InetSocketAddress.createUnresolved(host, port)));
    }

    public Builder proxy(Proxy proxy) {
      this.proxy = Objects.requireNonNull(proxy, "proxy");
      return this;
    }

    /** Basic credentials for the HTTP proxy (sent only in answer to a 407). */
    public Builder proxyCredentials(String user, String password) {
      this.proxyUser = nonBlank(user, "proxy user");
      this.proxyPassword = Objects.requireNonNull(password, "proxy password");
      return this;
    }

    /** Appended to the SDK's User-Agent, to tell your application's calls apart. */
    public Builder userAgentSuffix(String suffix) {
      this.userAgentSuffix = nonBlank(suffix, "userAgentSuffix");
      return this;
    }

    /**
     * Shares this client's connection pool and dispatcher. The SDK derives its own client from it
     * (adding its timeouts and proxy) and never shuts the shared parts down.
     */
    public Builder httpClient(OkHttpClient httpClient) {
      this.httpClient = Objects.requireNonNull(httpClient, "httpClient");
      return this;
    }

    /**
     * Trusts these certificates in addition to the platform's certificate authorities: a corporate proxy's
     * CA, or a test server's self-signed certificate. Chains and host names are still verified; without
     * this, a server whose certificate the platform does not trust is refused.
     */
    public Builder trustedCertificates(Collection<? extends X509Certificate> certificates) {
      for (X509Certificate certificate : certificates) {
        trustedCertificates.add(Objects.requireNonNull(certificate, "certificate"));
      }
      return this;
    }

    public Builder trustedCertificates(X509Certificate... certificates) {
      return trustedCertificates(Arrays.asList(certificates));
    }

    public Builder retryPolicy(RetryPolicy retryPolicy) {
      this.retryPolicy = Objects.requireNonNull(retryPolicy, "retryPolicy");
      return this;
    }

    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    public Builder sleeper(Sleeper sleeper) {
      this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
      return this;
    }

    public Builder scheduler(ScheduledExecutorService scheduler) {
      this.scheduler = Objects.requireNonNull(scheduler, "scheduler");
      return this;
    }

    public Builder waitPolicy(WaitPolicy waitPolicy) {
      this.waitPolicy = Objects.requireNonNull(waitPolicy, "waitPolicy");
      return this;
    }

    public Builder callListener(CallListener callListener) {
      this.callListener = Objects.requireNonNull(callListener, "callListener");
      return this;
    }

    /** Concurrent calls in all (default {@value ClientConfig#DEFAULT_MAX_REQUESTS}). */
    public Builder maxRequests(int maxRequests) {
      this.maxRequests = positive(maxRequests, "maxRequests");
      return this;
    }

    /** Concurrent calls to one host (default {@value ClientConfig#DEFAULT_MAX_REQUESTS_PER_HOST}). */
    public Builder maxRequestsPerHost(int maxRequestsPerHost) {
      this.maxRequestsPerHost = positive(maxRequestsPerHost, "maxRequestsPerHost");
      return this;
    }

    private static int positive(int value, String name) {
      if (value < 1) {
        throw new IllegalArgumentException(name + " must be at least 1");
      }
      return value;
    }

    public ClientConfig build() {
      return new ClientConfig(this);
    }

    private static String nonBlank(String value, String name) {
      if (value == null || value.isBlank()) {
        throw new IllegalArgumentException(name + " must not be blank");
      }
      return value.trim();
    }

    private static Duration nonNegative(Duration d, String name) {
      Objects.requireNonNull(d, name);
      if (d.isNegative()) {
        throw new IllegalArgumentException(name + " must not be negative");
      }
      return d;
    }
  }
}
