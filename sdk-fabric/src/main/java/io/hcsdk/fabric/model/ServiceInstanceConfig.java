package io.hcsdk.fabric.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.hcsdk.core.json.HcStyle;
import io.hcsdk.core.validate.Validatable;
import io.hcsdk.core.validate.Validator;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Configuration of a service instance.
 *
 * <p>Free-form beyond the documented keys: {@code pgsql_instance_config} is kept as JSON, and any
 * other top-level key the server or a caller uses is kept in {@link #additionalProperties()} and
 * written back unchanged, so the configuration passes through untouched.
 */
@Value.Immutable
@HcStyle
@JsonSerialize(as = ImmutableServiceInstanceConfig.class)
@JsonDeserialize(as = ImmutableServiceInstanceConfig.class)
public interface ServiceInstanceConfig extends Validatable {
  /** Configuration of a model service instance. */
  @JsonProperty("model_instance_config")
  Optional<ModelServiceInstanceConfig> modelInstanceConfig();

  /** Configuration of a PostgreSQL service instance: free-form JSON. */
  @JsonProperty("pgsql_instance_config")
  Optional<JsonNode> pgsqlInstanceConfig();

  /** Every other top-level key, verbatim; written after the documented keys. */
  @JsonAnyGetter
  Map<String, JsonNode> additionalProperties();

  static Builder builder() {
    return new Builder();
  }

  /** The builder of this type; {@code build()} rejects missing required fields. */
  class Builder extends ImmutableServiceInstanceConfig.Builder {}

  @Override
  default void validate(Validator v) {
    v.nested("model_instance_config", modelInstanceConfig());
  }
}
