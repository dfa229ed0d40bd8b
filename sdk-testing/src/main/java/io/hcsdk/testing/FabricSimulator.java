package io.hcsdk.testing;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.hcsdk.core.ClientConfig;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import mockwebserver3.MockWebServer;

/**
 * An in-process DataArts Fabric: endpoints on one local server, service instances on another, so a
 * client that sends a call to the wrong host gets the gateway's 404 {@code APIG.0101} as in the cloud.
 *
 * <p>Works at the JSON level and shares nothing with the client's models: it checks what the SDK
 * sends rather than what the SDK assumes. Statuses advance by reads, not time: a resource stays in a
 * transitional status for {@link Builder#stepsPerTransition(int)} Show calls, and the next Show sees
 * the following status (CREATING → RUNNING, UPDATING → RUNNING, DELETING → 404; instances
 * PENDING → CREATING → RUNNING). Thread-safe: the SDK may poll from many threads.
 *
 * <pre>{@code
 * try (FabricSimulator sim = FabricSimulator.start()) {
 *   ClientConfig config = sim.configure(ClientConfig.builder())
 *       .credentials(TokenCredentials.of("any-token")).workspaceId("ws-1").build();
 *   sim.throttleNext(1); // the SDK's first call sees a 429 APIG.0308 and should retry
 * }
 * }</pre>
 */
public final class FabricSimulator implements AutoCloseable {
  /** The body of the gateway's 429 ({@code APIG.0308}), as {@link #throttleNext(int)} sends it. */
  public static final String THROTTLED_BODY = Errors.THROTTLED_BODY;

  // MockWebServer logs every exchange at INFO through java.util.logging; a polling test would
  // flood the console. Held in a field because JUL keeps loggers weakly and would drop the level.
  private static final Logger ENGINE_LOG = quietEngineLog();

  private final MockWebServer fabric = new MockWebServer();
  private final MockWebServer fabricEp = new MockWebServer();
  private final Router router;

  private FabricSimulator(Builder b) {
    this.router = new Router(b.clock, b.stepsPerTransition, b.requiredToken);
    fabric.setDispatcher(router.dispatcherFor(SimHost.FABRIC));
    fabricEp.setDispatcher(router.dispatcherFor(SimHost.FABRIC_EP));
    fabric.setServerSocketFactory(new NoDelayServerSockets());
    fabricEp.setServerSocketFactory(new NoDelayServerSockets());
    try {
      InetAddress loopback = InetAddress.getByName("127.0.0.1");
      fabric.start(loopback, 0);
      fabricEp.start(loopback, 0);
    } catch (IOException e) {
      close();
      throw new UncheckedIOException("Could not start the Fabric simulator", e);
    }
  }

  /** A simulator with default options on two random local ports. */
  public static FabricSimulator start() {
    return builder().start();
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Base URL of the simulated {@code fabric} host (endpoints), e.g. {@code http://127.0.0.1:40123}. */
  public String fabricUrl() {
    return "http://127.0.0.1:" + fabric.getPort();
  }

  /** Base URL of the simulated {@code fabric-ep} host (service instances). */
  public String fabricEpUrl() {
    return "http://127.0.0.1:" + fabricEp.getPort();
  }

  /** Points both Fabric endpoint overrides of {@code builder} at this simulator and returns it. */
  public ClientConfig.Builder configure(ClientConfig.Builder builder) {
    return builder.endpoint(ClientConfig.FABRIC, fabricUrl()).endpoint(ClientConfig.FABRIC_EP, fabricEpUrl());
  }

  // --- fault injection: consumed by the next requests on either host, before routing and auth ---

  /** Answers the next {@code count} requests with {@code status} and {@code body} (any text). */
  public FabricSimulator failNext(int count, int status, String body) {
    return failNext(count, status, body, Map.of());
  }

  /** As {@link #failNext(int, int, String)}, adding response headers such as {@code Retry-After}. */
  public FabricSimulator failNext(int count, int status, String body, Map<String, String> headers) {
    if (status < 100 || status > 599) {
      throw new IllegalArgumentException("Not an HTTP status: " + status);
    }
    router.faults().add(count, SimResponse.raw(status, Objects.requireNonNull(body, "body"), headers));
    return this;
  }

  /** The next {@code count} requests get the gateway's 429 with {@link #THROTTLED_BODY}. */
  public FabricSimulator throttleNext(int count) {
    return failNext(count, 429, THROTTLED_BODY);
  }

  /** The next {@code count} requests lose their connection before any response (an IOException). */
  public FabricSimulator disconnectNext(int count) {
    router.faults().add(count, SimResponse.dropConnection());
    return this;
  }

  /**
   * Every endpoint named {@code endpointName} ends in {@code CREATE_FAILED} with these
   * {@code error_code}/{@code error_msg} instead of RUNNING; applies to endpoints already creating.
   */
  public FabricSimulator failCreationOf(String endpointName, String errorCode, String errorMsg) {
    router.failCreationOf(Objects.requireNonNull(endpointName), Objects.requireNonNull(errorCode),
        Objects.requireNonNull(errorMsg));
    return this;
  }

  /** Every service instance named {@code instanceName} ends in {@code FAILED} with these error fields. */
  public FabricSimulator failDeploymentOf(String instanceName, String errorCode, String errorMsg) {
    router.failDeploymentOf(Objects.requireNonNull(instanceName), Objects.requireNonNull(errorCode),
        Objects.requireNonNull(errorMsg));
    return this;
  }

  /** Drops queued faults and creation/deployment failures. */
  public FabricSimulator clearFaults() {
    router.clearFaults();
    return this;
  }

  // --- state ---

  /** Moves every resource to its settled status at once (deleted ones disappear). */
  public void advanceAll() {
    router.advanceAll();
  }

  /** The endpoint's current JSON (a copy); does not count as a read. */
  public Optional<ObjectNode> endpoint(String workspaceId, String endpointId) {
    return router.endpoint(workspaceId, endpointId);
  }

  /** The service instance's current JSON (a copy); does not count as a read. */
  public Optional<ObjectNode> serviceInstance(String workspaceId, String instanceId) {
    return router.instance(workspaceId, instanceId);
  }

  // --- recorded requests ---

  /** Requests received on both hosts so far, faulted and rejected ones included. */
  public int requestCount() {
    return router.log().count();
  }

  /** Every request received so far, in arrival order. */
  public List<CapturedRequest> requests() {
    return router.log().all();
  }

  /**
   * The oldest request not yet taken. Requests are recorded before the response is written, so
   * after a synchronous call returns its request is here; throws if there is none.
   */
  public CapturedRequest takeRequest() {
    return router.log().take().orElseThrow(() -> new IllegalStateException("No request left to take"));
  }

  /** Forgets recorded requests (state and faults stay). */
  public void clearRequests() {
    router.log().clear();
  }

  @Override
  public void close() {
    fabric.close();
    fabricEp.close();
  }

  private static Logger quietEngineLog() {
    Logger log = Logger.getLogger(MockWebServer.class.getName());
    if (log.getLevel() == null) { // respect a level the user configured
      log.setLevel(Level.WARNING);
    }
    return log;
  }

  /** Options; each {@link #start()} builds an independent simulator. */
  public static final class Builder {
    private String requiredToken;
    private int stepsPerTransition = 2;
    private Clock clock = Clock.systemUTC();

    private Builder() {}

    /** Accept only this {@code X-Auth-Token} (default: any non-empty one). AK/SK signatures still pass. */
    public Builder requireToken(String token) {
      if (token == null || token.isBlank()) {
        throw new IllegalArgumentException("token must not be blank");
      }
      this.requiredToken = token;
      return this;
    }

    /** Show calls a resource stays in each transitional status (default 2; 0 = the first Show moves on). */
    public Builder stepsPerTransition(int n) {
      if (n < 0) {
        throw new IllegalArgumentException("stepsPerTransition must be >= 0: " + n);
      }
      this.stepsPerTransition = n;
      return this;
    }

    /** Clock for create/update times and instance durations (default UTC system clock). */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    public FabricSimulator start() {
      return new FabricSimulator(this);
    }
  }
}
