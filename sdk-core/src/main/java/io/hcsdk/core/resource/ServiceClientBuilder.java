package io.hcsdk.core.resource;

import io.hcsdk.core.ClientConfig;
import io.hcsdk.core.auth.Credentials;
import io.hcsdk.core.auth.CredentialsNotFoundException;
import io.hcsdk.core.poll.WaitPolicy;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * What every service client's builder takes, written once: a whole {@link ClientConfig} or its most
 * used settings directly, and a {@code build} that refuses a client without credentials (every
 * call needs them). A service's builder adds its own settings (its project or workspace, its host
 * overrides) and {@code build()}.
 *
 * @param <B> the service's builder
 */
public abstract class ServiceClientBuilder<B extends ServiceClientBuilder<B>> {
  private ClientConfig.Builder config = ClientConfig.builder();

  protected ServiceClientBuilder() {}

  @SuppressWarnings("unchecked")
  private B self() {
    return (B) this;
  }

  /** Starts from {@code config}; later calls on this builder adjust it. */
  public B config(ClientConfig config) {
    this.config = Objects.requireNonNull(config, "config").toBuilder();
    return self();
  }

  /** Any other {@link ClientConfig} setting: {@code .configure(c -> c.readTimeout(...))}. */
  public B configure(Consumer<ClientConfig.Builder> change) {
    change.accept(config);
    return self();
  }

  public B region(String region) {
    config.region(region);
    return self();
  }

  public B credentials(Credentials credentials) {
    config.credentials(credentials);
    return self();
  }

  /** How {@code waitUntil...} polls by default (first poll after 2 s, x1.5 up to 15 s, 30 min timeout). */
  public B waitPolicy(WaitPolicy waitPolicy) {
    config.waitPolicy(waitPolicy);
    return self();
  }

  /**
   * The configuration built, for the service's {@code build()}.
   *
   * @throws CredentialsNotFoundException when no credentials were given, naming {@code client} and
   *     the ways to give them
   */
  protected final ClientConfig buildConfig(String client) {
    ClientConfig built = config.build();
    if (built.credentials().isEmpty()) {
      throw new CredentialsNotFoundException(client + " needs credentials: call credentials(...) with "
          + "TokenCredentials, AkSkCredentials or IamPasswordCredentials, or use " + client + ".fromEnvironment()",
          List.of());
    }
    return built;
  }
}
