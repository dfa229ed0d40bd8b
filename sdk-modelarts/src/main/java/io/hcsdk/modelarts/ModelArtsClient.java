package io.hcsdk.modelarts;

import io.hcsdk.core.ClientConfig;
import io.hcsdk.core.EnvironmentConfig;
import io.hcsdk.core.HcException;
import io.hcsdk.core.http.HttpPipeline;
import io.hcsdk.core.resource.ServiceClientBuilder;
import io.hcsdk.core.spi.ServiceContext;
import java.util.function.Supplier;

/**
 * The entry point to ModelArts (host {@code modelarts}): the families of the configured project
 * ({@link ClientConfig#projectId()}, {@code HUAWEICLOUD_SDK_PROJECT_ID}), or of any other with
 * {@link #inProject}. Thread-safe; build one per application and share it. Closing it releases the
 * connections and threads it created.
 *
 * <pre>{@code
 * try (ModelArtsClient modelarts = ModelArtsClient.builder().region("cn-north-4").projectId(projectId)
 *     .credentials(TokenCredentials.of(token)).build()) {
 *   DevEnvInstance notebook = modelarts.devEnvs().create(request).waitUntilRunning();
 *   Service service = modelarts.inProject(otherProjectId).services().create(deploy).waitUntilRunning();
 * }
 * }</pre>
 */
public final class ModelArtsClient extends ModelArtsProject implements AutoCloseable {
  private final HttpPipeline pipeline;
  private final ServiceContext unscoped;

  private ModelArtsClient(ServiceContext unscoped) {
    super(configuredProject(unscoped));
    this.pipeline = unscoped.pipeline();
    this.unscoped = unscoped;
  }

  public static Builder builder() {
    return new Builder();
  }

  public static ModelArtsClient create(ClientConfig config) {
    return builder().config(config).build();
  }

  /** Region, endpoints, project and credentials from the {@code HUAWEICLOUD_SDK_*} environment. */
  public static ModelArtsClient fromEnvironment() {
    return create(ClientConfig.fromEnvironment());
  }

  public ClientConfig config() {
    return pipeline.config();
  }

  /**
   * The families of {@code projectId}, sharing this client's connections (closing this client ends
   * them too).
   *
   * @throws io.hcsdk.core.validate.ValidationException when {@code projectId} is not 1 to 64
   *     letters, digits and hyphens
   */
  public ModelArtsProject inProject(String projectId) {
    ServiceContext scoped = unscoped.withScope(PROJECT, projectId);
    return new ModelArtsProject(() -> scoped);
  }

  /** The configured project, checked when a family is first asked for, or a clear error without one. */
  private static Supplier<ServiceContext> configuredProject(ServiceContext unscoped) {
    return () -> unscoped.withScope(PROJECT, unscoped.config().projectId().orElseThrow(() -> new HcException(
        "No project id: call inProject(projectId), or set ClientConfig.projectId, ModelArtsClient.Builder.projectId"
            + " or " + EnvironmentConfig.PROJECT_ID)));
  }

  @Override
  public void close() {
    pipeline.close();
  }

  @Override
  public String toString() {
    return "ModelArtsClient{" + config() + "}";
  }

  /** Builds a client from a {@link ClientConfig}, or from the most used settings directly. */
  public static final class Builder extends ServiceClientBuilder<Builder> {
    private Builder() {}

    /** The project of {@link ModelArtsClient}'s own families (others: {@link #inProject}). */
    public Builder projectId(String projectId) {
      return configure(config -> config.projectId(projectId));
    }

    /** Overrides the ModelArts host ({@code modelarts}). */
    public Builder modelartsEndpoint(String url) {
      return configure(config -> config.endpoint(ClientConfig.MODELARTS, url));
    }

    /**
     * @throws io.hcsdk.core.auth.CredentialsNotFoundException when no credentials were given: every
     *     ModelArts call needs them
     */
    public ModelArtsClient build() {
      return new ModelArtsClient(ServiceContext.of(new HttpPipeline(buildConfig("ModelArtsClient"))));
    }
  }
}
