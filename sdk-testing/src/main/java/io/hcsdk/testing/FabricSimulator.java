package io.hcsdk.testing;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.hcsdk.core.ClientConfig;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The first simulator's API, kept for the code written against it (the benchmarks' simulator process):
 * a {@link CloudSimulator} on the system clock, a port per host, two Show calls per transitional status,
 * and, as before, any non-blank {@code X-Auth-Token} accepted unless {@link Builder#requireToken} names
 * one. New code uses {@link CloudSimulator} (and {@link CloudSimulatorExtension}) directly.
 */
public final class FabricSimulator implements AutoCloseable {
  public static final String THROTTLED_BODY = CloudSimulator.THROTTLED_BODY;

  private final CloudSimulator cloud;

  private FabricSimulator(CloudSimulator cloud) {
    this.cloud = cloud;
  }

  public static FabricSimulator start() {
    return builder().start();
  }

  public static Builder builder() {
    return new Builder();
  }

  /** The simulator underneath, for everything this API never had. */
  public CloudSimulator cloud() {
    return cloud;
  }

  public String fabricUrl() {
    return cloud.fabricUrl();
  }

  public String fabricEpUrl() {
    return cloud.fabricEpUrl();
  }

  public ClientConfig.Builder configure(ClientConfig.Builder builder) {
    return cloud.configure(builder);
  }

  public FabricSimulator failNext(int count, int status, String body) {
    cloud.failNext(count, status, body);
    return this;
  }

  public FabricSimulator failNext(int count, int status, String body, Map<String, String> headers) {
    cloud.failNext(count, status, body, headers);
    return this;
  }

  public FabricSimulator throttleNext(int count) {
    cloud.throttleNext(count);
    return this;
  }

  public FabricSimulator disconnectNext(int count) {
    cloud.disconnectNext(count);
    return this;
  }

  public FabricSimulator failCreationOf(String endpointName, String errorCode, String errorMsg) {
    cloud.failCreationOf(endpointName, errorCode, errorMsg);
    return this;
  }

  public FabricSimulator failDeploymentOf(String instanceName, String errorCode, String errorMsg) {
    cloud.failDeploymentOf(instanceName, errorCode, errorMsg);
    return this;
  }

  public FabricSimulator clearFaults() {
    cloud.clearFaults();
    return this;
  }

  public void advanceAll() {
    cloud.advanceAll();
  }

  public Optional<ObjectNode> endpoint(String workspaceId, String endpointId) {
    return cloud.endpoint(workspaceId, endpointId);
  }

  public Optional<ObjectNode> serviceInstance(String workspaceId, String instanceId) {
    return cloud.serviceInstance(workspaceId, instanceId);
  }

  public int requestCount() {
    return cloud.requestCount();
  }

  /** Every request received so far, in arrival order. */
  public List<CapturedRequest> requests() {
    return cloud.requests().all();
  }

  public CapturedRequest takeRequest() {
    return cloud.takeRequest();
  }

  public void clearRequests() {
    cloud.clearRequests();
  }

  @Override
  public void close() {
    cloud.close();
  }

  /** The options the first simulator had. */
  public static final class Builder {
    private String requiredToken;
    private int stepsPerTransition = 2;
    private Clock clock = Clock.systemUTC();

    private Builder() {}

    /** Accept only this {@code X-Auth-Token} instead of any. */
    public Builder requireToken(String token) {
      if (token == null || token.isBlank()) {
        throw new IllegalArgumentException("token must not be blank");
      }
      this.requiredToken = token;
      return this;
    }

    /** Show calls a resource stays in each transitional status (default 2). */
    public Builder stepsPerTransition(int n) {
      Pace.reads(n); // checks n
      this.stepsPerTransition = n;
      return this;
    }

    public Builder clock(Clock clock) {
      this.clock = java.util.Objects.requireNonNull(clock, "clock");
      return this;
    }

    public FabricSimulator start() {
      CloudSimulator.Builder b = CloudSimulator.builder().clock(clock).pace(Pace.reads(stepsPerTransition));
      if (requiredToken == null) {
        b.anyToken();
      } else {
        b.account(SimAccount.random().withToken(requiredToken));
      }
      return new FabricSimulator(b.start());
    }
  }
}
