package io.hcsdk.fabric.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.hcsdk.core.json.HcStyle;
import io.hcsdk.core.validate.Validatable;
import io.hcsdk.core.validate.Validator;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One Ray Serve application.
 *
 * <p>Also read from responses, so its mandatory fields are {@link Optional}s that
 * {@link #validate} requires.
 */
@Value.Immutable
@HcStyle
@JsonSerialize(as = ImmutableServeApplication.class)
@JsonDeserialize(as = ImmutableServeApplication.class)
public interface ServeApplication extends Validatable {
  /** Application name: 1 to 64 letters, digits, {@code - _ .} and spaces. Mandatory in requests. */
  @JsonProperty("name")
  Optional<String> name();

  /** Import path of the application. Mandatory in requests. */
  @JsonProperty("import_path")
  Optional<String> importPath();

  /** Deployments: 1 to 5 entries. */
  @JsonProperty("deployments")
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  List<Deployment> deployments();

  /** Runtime environment of the application. Mandatory in requests. */
  @JsonProperty("runtime_env")
  Optional<ServeRuntimeEnv> runtimeEnv();

  /** Route prefix; must differ from the prefixes of the other applications. */
  @JsonProperty("route_prefix")
  Optional<String> routePrefix();

  static Builder builder() {
    return new Builder();
  }

  /** The builder of this type; {@code build()} rejects missing required fields. */
  class Builder extends ImmutableServeApplication.Builder {}

  @Override
  default void validate(Validator v) {
    Checks.requiredText(v, "name", name(), 1, 64, Validator.NAME_CHARS, Checks.NAME_CHARS_TEXT);
    Checks.required(v, "import_path", importPath());
    v.size("deployments", deployments(), 1, 5);
    v.each("deployments", deployments());
    Checks.present(v, "runtime_env", runtimeEnv());
  }
}
