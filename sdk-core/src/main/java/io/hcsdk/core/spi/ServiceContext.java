package io.hcsdk.core.spi;

import io.hcsdk.core.ClientConfig;
import io.hcsdk.core.http.HttpPipeline;
import io.hcsdk.core.poll.Waiter;
import io.hcsdk.core.poll.WaiterSpec;
import io.hcsdk.core.validate.Validator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What every operation of a service client runs with: the pipeline (and through it the config)
 * and the scope, the path parameters a client fixes once (a Fabric {@code workspace_id}, a
 * ModelArts {@code project_id}) so that operations need only their own. Immutable; scoping makes a
 * copy.
 */
public final class ServiceContext {
  private final HttpPipeline pipeline;
  private final Map<String, String> scope;

  private ServiceContext(HttpPipeline pipeline, Map<String, String> scope) {
    this.pipeline = pipeline;
    this.scope = scope;
  }

  public static ServiceContext of(HttpPipeline pipeline) {
    return new ServiceContext(Objects.requireNonNull(pipeline, "pipeline"), Map.of());
  }

  /**
   * A copy whose operations fill {@code param} with {@code value}, checked like the service
   * documents such ids: 1 to 64 letters, digits and hyphens (a workspace id is a UUID, a project id
   * 32 hex digits), so a bad id fails here and never reaches a path.
   *
   * @throws io.hcsdk.core.validate.ValidationException naming {@code param}, before anything is sent
   */
  public ServiceContext withScope(String param, String value) {
    if (value != null && value.equals(scope.get(param))) {
      return this;
    }
    if (!isId(value)) {
      Validator validator = Validator.root();
      validator.text(param, value, 1, 64, Validator.ID_CHARS, "letters, digits and hyphens");
      validator.throwIfInvalid(param);
    }
    Map<String, String> copy = new LinkedHashMap<>(scope);
    copy.put(param, value);
    return new ServiceContext(pipeline, Map.copyOf(copy));
  }

  /** The check of {@link Validator#ID_CHARS} and the length without a regex: it runs per client made. */
  private static boolean isId(String value) {
    if (value == null || value.isEmpty() || value.length() > 64) {
      return false;
    }
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-')) {
        return false;
      }
    }
    return true;
  }

  public Optional<String> scope(String param) {
    return Optional.ofNullable(scope.get(param));
  }

  public HttpPipeline pipeline() {
    return pipeline;
  }

  public ClientConfig config() {
    return pipeline.config();
  }

  /** A waiter for {@code spec} on this client's wait policy, clock, sleeper and scheduler. */
  public <T> Waiter<T> waiter(WaiterSpec<T> spec, String description) {
    return spec.toWaiter(config().waitPolicy(), config().clock(), config().sleeper(), pipeline.scheduler())
        .describedAs(description);
  }

  /** The scope for messages and {@code toString}: {@code workspace=ws-1}. */
  public String scopeText() {
    StringBuilder text = new StringBuilder();
    scope.forEach((param, value) -> text.append(text.length() == 0 ? "" : ", ")
        .append(param.endsWith("_id") ? param.substring(0, param.length() - 3) : param).append('=').append(value));
    return text.toString();
  }

  @Override
  public String toString() {
    return "ServiceContext{" + scopeText() + "}";
  }
}
