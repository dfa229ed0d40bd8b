package io.hcsdk.fabric;

import io.hcsdk.core.ClientConfig;
import io.hcsdk.core.EnvironmentConfig;
import io.hcsdk.core.HcException;
import io.hcsdk.core.auth.CredentialsNotFoundException;
import io.hcsdk.core.http.HttpPipeline;
import io.hcsdk.core.resource.ServiceClientBuilder;
import io.hcsdk.core.spi.ServiceContext;
import io.hcsdk.core.validate.Validator;

/**
 * The entry point to DataArts Fabric: endpoints (host {@code fabric}) and service instances (host
 * {@code fabric-ep}) of a workspace. Thread-safe; build one per application and share it. Closing
 * it releases the connections and threads it created.
 *
 * <pre>{@code
 * try (FabricClient fabric = FabricClient.builder().region("cn-north-4")
 *     .credentials(TokenCredentials.of(token)).build()) {
 *   Endpoint endpoint = fabric.endpoints(workspaceId).create(request).waitUntilRunning();
 * }
 * }</pre>
 */
public final class FabricClient implements AutoCloseable {
  /** The path parameter that scopes every Fabric operation. */
  static final String WORKSPACE = "workspace_id";
  /** The documented maximum length of a workspace id (a UUID). */
  static final int MAX_WORKSPACE_ID = 36;

  private final HttpPipeline pipeline;
  private final ServiceContext context;
  // The clients of the workspace used last: applications call endpoints(ws) per call, and the
  // clients are immutable, so the common case reuses one instead of building and checking anew.
  private volatile EndpointClient lastEndpoints;
  private volatile ServiceInstanceClient lastInstances;

  private FabricClient(ClientConfig config) {
    this.pipeline = new HttpPipeline(config);
    this.context = ServiceContext.of(pipeline);
  }

  public static Builder builder() {
    return new Builder();
  }

  public static FabricClient create(ClientConfig config) {
    return builder().config(config).build();
  }

  /** Region, endpoints, workspace and credentials from the {@code HUAWEICLOUD_SDK_*} environment. */
  public static FabricClient fromEnvironment() {
    return create(ClientConfig.fromEnvironment());
  }

  public ClientConfig config() {
    return pipeline.config();
  }

  /**
   * Endpoints of {@code workspaceId}.
   *
   * @throws io.hcsdk.core.validate.ValidationException when {@code workspaceId} is not 1 to 36
   *     letters, digits and hyphens
   */
  public EndpointClient endpoints(String workspaceId) {
    EndpointClient last = lastEndpoints;
    if (last != null && last.workspaceId().equals(workspaceId)) {
      return last;
    }
    EndpointClient created = new EndpointClient(context.withScope(WORKSPACE, checkedWorkspace(workspaceId)));
    lastEndpoints = created;
    return created;
  }

  /** Endpoints of the configured workspace ({@code HUAWEICLOUD_SDK_WORKSPACE_ID}). */
  public EndpointClient endpoints() {
    return endpoints(defaultWorkspace());
  }

  /**
   * Service instances of {@code workspaceId} (on the {@code fabric-ep} host).
   *
   * @throws io.hcsdk.core.validate.ValidationException when {@code workspaceId} is not 1 to 36
   *     letters, digits and hyphens
   */
  public ServiceInstanceClient serviceInstances(String workspaceId) {
    ServiceInstanceClient last = lastInstances;
    if (last != null && last.workspaceId().equals(workspaceId)) {
      return last;
    }
    ServiceInstanceClient created =
        new ServiceInstanceClient(context.withScope(WORKSPACE, checkedWorkspace(workspaceId)));
    lastInstances = created;
    return created;
  }

  public ServiceInstanceClient serviceInstances() {
    return serviceInstances(defaultWorkspace());
  }

  /**
   * The documents' maximum for {@code workspace_id}, below the 64 characters the scope allows any id
   * (a longer one would be sent, and refused by the service); the scope checks the rest.
   */
  private static String checkedWorkspace(String workspaceId) {
    if (workspaceId != null && workspaceId.length() > MAX_WORKSPACE_ID) {
      Validator validator = Validator.root();
      validator.text(WORKSPACE, workspaceId, 1, MAX_WORKSPACE_ID, Validator.ID_CHARS, "letters, digits and hyphens");
      validator.throwIfInvalid(WORKSPACE);
    }
    return workspaceId;
  }

  private String defaultWorkspace() {
    return config().workspaceId().orElseThrow(() -> new HcException(
        "No workspace id: pass one to endpoints(workspaceId) / serviceInstances(workspaceId), or set "
            + "ClientConfig.workspaceId or " + EnvironmentConfig.WORKSPACE_ID));
  }

  @Override
  public void close() {
    pipeline.close();
  }

  @Override
  public String toString() {
    return "FabricClient{" + config() + "}";
  }

  /**
   * Builds a client from a {@link ClientConfig}, or from the most used settings directly (those every
   * service shares come from {@link ServiceClientBuilder}).
   */
  public static final class Builder extends ServiceClientBuilder<Builder> {
    private Builder() {}

    public Builder workspaceId(String workspaceId) {
      return configure(config -> config.workspaceId(workspaceId));
    }

    /** Overrides the endpoints host ({@code fabric}). */
    public Builder fabricEndpoint(String url) {
      return configure(config -> config.endpoint(ClientConfig.FABRIC, url));
    }

    /** Overrides the service-instances host ({@code fabric-ep}). */
    public Builder fabricEpEndpoint(String url) {
      return configure(config -> config.endpoint(ClientConfig.FABRIC_EP, url));
    }

    /** @throws CredentialsNotFoundException when no credentials were given: every Fabric call needs them */
    public FabricClient build() {
      return new FabricClient(buildConfig("FabricClient"));
    }
  }
}
