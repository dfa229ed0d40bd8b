package io.hcsdk.testing;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.hcsdk.core.ClientConfig;
import io.hcsdk.core.auth.AkSkCredentials;
import io.hcsdk.core.auth.Credentials;
import io.hcsdk.core.auth.IamPasswordCredentials;
import io.hcsdk.core.auth.TokenCredentials;
import io.hcsdk.core.poll.WaitPolicy;
import io.hcsdk.fabric.FabricClient;
import io.hcsdk.modelarts.ModelArtsClient;
import io.hcsdk.testing.internal.ApiSpec;
import io.hcsdk.testing.internal.Authenticator;
import io.hcsdk.testing.internal.Bindings;
import io.hcsdk.testing.internal.Families;
import io.hcsdk.testing.internal.ResourceStore;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A wire-level DataArts Fabric, Fabric EP, ModelArts and IAM, driven by the services' own specs (the
 * {@code META-INF/hcsdk/*.yaml} the SDK was generated from): every operation routed, every request
 * checked against its schema and answered in the service's formats, resources run by one state machine
 * with paced lifecycles, the gateway's authentication (tokens, AK/SK signatures, IAM passwords) and
 * faults aimed at operations.
 *
 * <pre>{@code
 * try (CloudSimulator sim = CloudSimulator.builder().virtualTime().start();
 *      FabricClient fabric = sim.fabricClient(AuthMode.AKSK)) {      // or sim.modelArtsClient(...)
 *   sim.on("CreateEndpoint").throttleNext(1);             // 429 APIG.0308, retried by the client
 *   fabric.endpoints().create(request).waitUntilRunning(); // milliseconds: the waits are virtual
 *   sim.requests().assertCount("CreateEndpoint", 2);
 * }
 * }</pre>
 *
 * <p>Thread-safe. {@link CloudSimulatorExtension} runs one per test and injects it and ready clients.
 */
public final class CloudSimulator implements AutoCloseable {
  /** The gateway's 429 body ({@code APIG.0308}), as {@link #throttleNext(int)} sends it. */
  public static final String THROTTLED_BODY = io.hcsdk.testing.internal.ErrorBodies.THROTTLED_BODY;
  /**
   * The resource pool every project starts with (the documents' example pool), with
   * {@value #SEEDED_POOL_NODES} nodes; ModelArts has no operation that lists pools.
   */
  public static final String SEEDED_POOL = "auto-pool-os-86c13962597848eeb29c5861153a391f";
  public static final int SEEDED_POOL_NODES = 25;

  private final Clock clock;
  private final Optional<FakeTime> virtualTime;
  private final SimAccount account;
  private final Authenticator auth;
  private final ResourceStore store;
  private final FaultBook faults;
  private final RecordedRequests requests = new RecordedRequests();
  private final SimServers servers;
  private final Optional<VirtualScheduler> scheduler;

  private CloudSimulator(Builder b) {
    this.virtualTime = Optional.ofNullable(b.virtualTime);
    this.clock = virtualTime.<Clock>map(t -> t).orElse(b.clock);
    this.account = b.account;
    this.auth = new Authenticator(clock, b.tokenLifetime);
    account.register(auth);
    b.tokens.forEach(auth::addToken);
    auth.acceptAnyToken(b.anyToken);
    b.extraKeys.forEach(k -> auth.addAkSk(k.ak(), k.sk(), k.securityToken()));
    b.extraUsers.forEach(u -> auth.addUser(u.domain(), u.name(), u.password()));
    ApiSpec spec = ApiSpec.get();
    Bindings bindings = new Bindings(spec, Families.all());
    for (String family : b.paces.keySet()) {
      if (bindings.kind(family).isEmpty()) {
        throw new IllegalArgumentException("No resource family " + family + " to pace; the families are "
            + Families.all().stream().map(k -> k.name()).toList());
      }
    }
    this.store = new ResourceStore(clock, bindings, b.pace, b.paces, b.seedData);
    this.faults = new FaultBook(b.randomSeed);
    SimGateway gateway = new SimGateway(spec, store, auth, faults, requests, clock);
    this.servers = new SimServers(gateway, b.bindAddress, b.singlePort, b.tls);
    this.scheduler = virtualTime.map(t -> new VirtualScheduler(t, servers::busy));
  }

  /** A simulator with default options: system clock, a port per host, two Show calls per status. */
  public static CloudSimulator start() {
    return builder().start();
  }

  public static Builder builder() {
    return new Builder();
  }

  // ------------------------------------------------------------------------------------ where it is

  /** Base URL of a simulated host, e.g. {@code http://127.0.0.1:40123}. */
  public String url(SimHost host) {
    return servers.url(host);
  }

  public String fabricUrl() {
    return url(SimHost.FABRIC);
  }

  public String fabricEpUrl() {
    return url(SimHost.FABRIC_EP);
  }

  public String modelArtsUrl() {
    return url(SimHost.MODELARTS);
  }

  public String iamUrl() {
    return url(SimHost.IAM);
  }

  /**
   * Points every service endpoint of {@code builder} at this simulator and lends it the simulator's
   * HTTP client (which makes {@link Fault#refuse()} possible); with virtual time also its clock,
   * sleeper and scheduler, which the client must share to sign dates the gateway accepts.
   */
  public ClientConfig.Builder configure(ClientConfig.Builder builder) {
    for (SimHost host : SimHost.values()) {
      builder.endpoint(host.key(), url(host));
    }
    builder.httpClient(servers.httpClient());
    virtualTime.ifPresent(t -> builder.clock(t).sleeper(t));
    scheduler.ifPresent(builder::scheduler);
    return builder;
  }

  /**
   * A complete configuration for this simulator: {@link #configure}, the account's workspace and
   * project, and credentials of {@code mode}. With the system clock, waits poll every few tens of
   * milliseconds instead of the default seconds.
   */
  public ClientConfig clientConfig(AuthMode mode) {
    ClientConfig.Builder b = configure(ClientConfig.builder())
        .region("cn-north-4")
        .workspaceId(account.workspaceId())
        .projectId(account.projectId())
        .credentials(credentials(mode));
    if (virtualTime.isEmpty()) {
      b.waitPolicy(WaitPolicy.builder().initialDelay(Duration.ofMillis(20)).maxInterval(Duration.ofMillis(100))
          .build());
    }
    return b.build();
  }

  /** Credentials of {@code mode} that this simulator accepts. */
  public Credentials credentials(AuthMode mode) {
    return switch (mode) {
      case TOKEN -> TokenCredentials.of(account.token());
      case AKSK -> AkSkCredentials.builder().ak(account.accessKey()).sk(account.secretKey())
          .projectId(account.projectId()).build();
      case IAM -> IamPasswordCredentials.builder().userName(account.iamUser()).password(account.iamPassword())
          .domainName(account.iamDomain()).projectId(account.projectId()).iamEndpoint(iamUrl()).build();
    };
  }

  /** A {@link FabricClient} on this simulator with a token; close it (or the simulator) when done. */
  public FabricClient fabricClient() {
    return fabricClient(AuthMode.TOKEN);
  }

  public FabricClient fabricClient(AuthMode mode) {
    return FabricClient.builder().config(clientConfig(mode)).build();
  }

  /** A {@link ModelArtsClient} on this simulator with a token, in the account's project. */
  public ModelArtsClient modelArtsClient() {
    return modelArtsClient(AuthMode.TOKEN);
  }

  public ModelArtsClient modelArtsClient(AuthMode mode) {
    return ModelArtsClient.builder().config(clientConfig(mode)).build();
  }

  /** The credentials, workspace and project the simulator was started with. */
  public SimAccount account() {
    return account;
  }

  // ------------------------------------------------------------------------------------ time

  /** The simulator's clock: the virtual time, or the clock it was built with. */
  public Clock clock() {
    return clock;
  }

  /** The virtual time, when the simulator runs on it. */
  public Optional<FakeTime> virtualTime() {
    return virtualTime;
  }

  /** The scheduler on virtual time that {@link #configure} lends to async clients. */
  public Optional<VirtualScheduler> scheduler() {
    return scheduler;
  }

  // ------------------------------------------------------------------------------------ tokens

  /** Makes a known token expired: the gateway answers it with 401 {@code APIGW.0307}. */
  public void expireToken(String token) {
    auth.expire(token);
  }

  /** Revokes a known token: the gateway answers it with 401 {@code APIGW.0307}. */
  public void revokeToken(String token) {
    auth.revoke(token);
  }

  /** Expires every token the simulated IAM issued so far. */
  public void expireIssuedTokens() {
    auth.expireIssued();
  }

  /** The tokens the simulated IAM issued, oldest first. */
  public List<String> issuedTokens() {
    return auth.issuedTokens();
  }

  /** Makes the gateway accept one more token. */
  public void addToken(String token) {
    auth.addToken(token);
  }

  // ------------------------------------------------------------------------------------ faults

  /** Faults for requests routed to these operations ({@code operationId}s of the specs). */
  public FaultAim on(String... operationIds) {
    Set<String> ops = Set.of(operationIds);
    if (ops.isEmpty()) {
      throw new IllegalArgumentException("Name at least one operation, or use onAny()");
    }
    for (String op : ops) {
      if (ApiSpec.get().operation(op).isEmpty()) {
        throw new IllegalArgumentException("No operation " + op + " in the simulator's specs");
      }
    }
    return new FaultAim(this, faults, ops, Optional.empty());
  }

  /** Faults for any request, on any host, routed or not. */
  public FaultAim onAny() {
    return new FaultAim(this, faults, Set.of(), Optional.empty());
  }

  /** The next {@code count} requests on any host answer {@code status} with {@code body}. */
  public CloudSimulator failNext(int count, int status, String body) {
    onAny().failNext(count, status, body);
    return this;
  }

  public CloudSimulator failNext(int count, int status, String body, java.util.Map<String, String> headers) {
    onAny().failNext(count, status, body, headers);
    return this;
  }

  /** The next {@code count} requests get the gateway's 429 with {@link #THROTTLED_BODY}. */
  public CloudSimulator throttleNext(int count) {
    onAny().throttleNext(count);
    return this;
  }

  /** The next {@code count} requests lose their connection before any answer. */
  public CloudSimulator disconnectNext(int count) {
    onAny().dropNext(count);
    return this;
  }

  /**
   * The next {@code trigger} transitions ({@code create}, {@code update}, {@code delete}, {@code start},
   * ...) of the family's resources named (or with the id) {@code nameOrId} end in the transition's failure
   * status with these error fields; applies to transitions already under way.
   */
  public CloudSimulator failTransition(String family, String trigger, String nameOrId, String errorCode,
      String errorMessage) {
    requireFamily(family);
    store.failTransition(family, trigger, Optional.of(nameOrId), Optional.empty(), errorCode, errorMessage, -1);
    return this;
  }

  /** Every endpoint named {@code endpointName} ends its creation in {@code CREATE_FAILED}. */
  public CloudSimulator failCreationOf(String endpointName, String errorCode, String errorMsg) {
    return failTransition("endpoints", "create", endpointName, errorCode, errorMsg);
  }

  /** Every service instance named {@code instanceName} ends its deployment in {@code FAILED}. */
  public CloudSimulator failDeploymentOf(String instanceName, String errorCode, String errorMsg) {
    return failTransition("service-instances", "create", instanceName, errorCode, errorMsg);
  }

  /** Drops every armed fault, transition failure and after-create 404. */
  public CloudSimulator clearFaults() {
    faults.clear(Set.of());
    store.clearFailures();
    return this;
  }

  void hideAfterCreate(String operationId, Pace window) {
    Bindings.Binding binding = store.bindings().of(operationId)
        .orElseThrow(() -> new IllegalArgumentException(operationId + " belongs to no resource family"));
    store.hideAfterCreate(binding.kind().name(), window);
  }

  // ------------------------------------------------------------------------------------ state

  /** Moves every resource to the end of its transition at once (deleted ones disappear). */
  public void advanceAll() {
    store.advanceAll();
  }

  /**
   * Sets a resource's status outright, e.g. to flip a running endpoint to {@code FROZEN}, with the
   * error fields a failure carries.
   *
   * @return false when the family has no such resource
   */
  public boolean setStatus(String family, String id, String status, String errorCode, String errorMessage) {
    requireFamily(family);
    return store.forceStatus(family, id, status, Optional.ofNullable(errorCode), Optional.ofNullable(errorMessage));
  }

  /** A resource's current JSON (a copy); does not count as a read. */
  public Optional<ObjectNode> resource(String family, String id) {
    requireFamily(family);
    return store.snapshot(family, id);
  }

  /** Every resource of a family in every scope (copies), oldest first. */
  public List<ObjectNode> resources(String family) {
    requireFamily(family);
    return store.snapshots(family);
  }

  /** The endpoint's current JSON (a copy); does not count as a read. */
  public Optional<ObjectNode> endpoint(String workspaceId, String endpointId) {
    return store.snapshot("endpoints", workspaceId, endpointId);
  }

  /** The service instance's current JSON (a copy); does not count as a read. */
  public Optional<ObjectNode> serviceInstance(String workspaceId, String instanceId) {
    return store.snapshot("service-instances", workspaceId, instanceId);
  }

  /** The names of the resource families ({@code endpoints}, {@code devenvs}, {@code pool-nodes}, ...). */
  public List<String> families() {
    return Families.all().stream().map(k -> k.name()).toList();
  }

  // ------------------------------------------------------------------------------------ requests

  /** Every request received so far, with assertions. */
  public RecordedRequests requests() {
    return requests;
  }

  public int requestCount() {
    return requests.count();
  }

  /** The oldest request not yet taken; see {@link RecordedRequests#take()}. */
  public CapturedRequest takeRequest() {
    return requests.take();
  }

  public void clearRequests() {
    requests.clear();
  }

  // ------------------------------------------------------------------------------------ connections

  /**
   * The connections the simulator's servers accepted that are still open, from any client: a client
   * that was closed and released its connection pool leaves none.
   */
  public int openConnections() {
    return servers.openConnections();
  }

  /**
   * Waits until every connection the simulator's servers accepted is closed (a closed client's idle
   * connections close at once; the server then closes its side).
   *
   * @return false when {@code timeout} passed with connections still open
   * @throws InterruptedException when the waiting thread is interrupted
   */
  public boolean awaitConnectionsClosed(Duration timeout) throws InterruptedException {
    return servers.awaitConnectionsClosed(Objects.requireNonNull(timeout, "timeout"));
  }

  @Override
  public void close() {
    scheduler.ifPresent(VirtualScheduler::shutdownNow);
    servers.close();
  }

  @Override
  public String toString() {
    return "CloudSimulator[" + fabricUrl() + (virtualTime.isPresent() ? ", virtual time" : "") + "]";
  }

  private void requireFamily(String family) {
    if (store.bindings().kind(family).isEmpty()) {
      throw new IllegalArgumentException("No resource family " + family + "; the families are " + families());
    }
  }

  /** Options; each {@link #start()} builds an independent simulator. */
  public static final class Builder {
    private Clock clock = Clock.systemUTC();
    private FakeTime virtualTime;
    private Pace pace = Pace.reads(2);
    private final java.util.Map<String, Pace> paces = new java.util.LinkedHashMap<>();
    private SimAccount account = SimAccount.random();
    private final List<String> tokens = new java.util.ArrayList<>();
    private final List<SimAccount.KeyPair> extraKeys = new java.util.ArrayList<>();
    private final List<SimAccount.User> extraUsers = new java.util.ArrayList<>();
    private boolean anyToken;
    private Duration tokenLifetime = Duration.ofHours(24);
    private long randomSeed = 42;
    private boolean seedData = true;
    private String bindAddress = "127.0.0.1";
    private Optional<Integer> singlePort = Optional.empty();
    private Optional<javax.net.ssl.SSLSocketFactory> tls = Optional.empty();

    private Builder() {}

    /** The clock for timestamps, token expiry, signature dates and time-paced lifecycles (default UTC). */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      this.virtualTime = null;
      return this;
    }

    /** Runs on a new virtual time ({@link FakeTime}), shared with the clients {@link #configure}s. */
    public Builder virtualTime() {
      return virtualTime(new FakeTime());
    }

    /** Runs on this virtual time, shared with the clients {@link #configure}s. */
    public Builder virtualTime(FakeTime time) {
      this.virtualTime = Objects.requireNonNull(time, "time");
      return this;
    }

    /** How fast every family's resources move (default: 2 Show calls per transitional status). */
    public Builder pace(Pace pace) {
      this.pace = Objects.requireNonNull(pace, "pace");
      return this;
    }

    /** How fast one family's resources move ({@code endpoints}, {@code devenvs}, {@code services}, ...). */
    public Builder pace(String family, Pace pace) {
      paces.put(Objects.requireNonNull(family, "family"), Objects.requireNonNull(pace, "pace"));
      return this;
    }

    /** Old name for {@code pace(Pace.reads(n))}. */
    public Builder stepsPerTransition(int n) {
      return pace(Pace.reads(n));
    }

    /** The main account: token, AK/SK, IAM user, workspace and project (default: random credentials). */
    public Builder account(SimAccount account) {
      this.account = Objects.requireNonNull(account, "account");
      return this;
    }

    /** One more token the gateway accepts. */
    public Builder token(String token) {
      if (token == null || token.isBlank()) {
        throw new IllegalArgumentException("token must not be blank");
      }
      tokens.add(token);
      return this;
    }

    /**
     * Accepts any non-blank {@code X-Auth-Token}, not only those it knows (for callers that bring their own
     * fixed token); known tokens still expire and AK/SK signatures are still verified.
     */
    public Builder anyToken() {
      this.anyToken = true;
      return this;
    }

    /** One more AK/SK pair the gateway accepts. */
    public Builder akSk(String ak, String sk) {
      extraKeys.add(new SimAccount.KeyPair(ak, sk, Optional.empty()));
      return this;
    }

    /** Temporary AK/SK: requests must also carry (and sign) this {@code X-Security-Token}. */
    public Builder temporaryAkSk(String ak, String sk, String securityToken) {
      extraKeys.add(new SimAccount.KeyPair(ak, sk, Optional.of(securityToken)));
      return this;
    }

    /** One more IAM user the simulated IAM issues tokens to. */
    public Builder iamUser(String domain, String name, String password) {
      extraUsers.add(new SimAccount.User(domain, name, password));
      return this;
    }

    /** How long issued tokens last (default 24 hours, as IAM's). */
    public Builder tokenLifetime(Duration lifetime) {
      this.tokenLifetime = Objects.requireNonNull(lifetime, "lifetime");
      return this;
    }

    /** The seed of {@link FaultAim#sometimes}' random draws (default 42: runs repeat). */
    public Builder randomSeed(long seed) {
      this.randomSeed = seed;
      return this;
    }

    /** Whether read-only families (clusters, pools, nodes, workflows, apps) start with data (default yes). */
    public Builder seedData(boolean seed) {
      this.seedData = seed;
      return this;
    }

    /** Serves every host on one port ({@code 0}: any free one) instead of a port per host. */
    public Builder singlePort(int port) {
      this.singlePort = Optional.of(port);
      return this;
    }

    /**
     * Serves HTTPS with this server-side socket factory (its certificate), e.g. to check that a client
     * verifies certificates by default: it trusts this one only when its caller says so.
     */
    public Builder https(javax.net.ssl.SSLSocketFactory serverSockets) {
      this.tls = Optional.of(Objects.requireNonNull(serverSockets, "serverSockets"));
      return this;
    }

    /** The address to listen on (default {@code 127.0.0.1}). */
    public Builder bindAddress(String address) {
      this.bindAddress = Objects.requireNonNull(address, "address");
      return this;
    }

    public CloudSimulator start() {
      return new CloudSimulator(this);
    }
  }
}
