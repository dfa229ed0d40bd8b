package io.hcsdk.fabric.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.hcsdk.core.json.HcStyle;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A service instance as the server returns it (ShowServiceInstance, items of
 * ListServiceInstances).
 *
 * <p>Servers omit fields, so everything but {@code id} is optional, down to the nested
 * {@code source} and {@code config}, whose documented mandatory fields are {@link Optional}s
 * enforced by their {@code validate}, not by parsing.
 */
@Value.Immutable
@HcStyle
@JsonSerialize(as = ImmutableServiceInstance.class)
@JsonDeserialize(as = ImmutableServiceInstance.class)
public interface ServiceInstance {
  /** Service instance ID. */
  @JsonProperty("id")
  String id();

  /** Instance name. */
  @JsonProperty("name")
  Optional<String> name();

  /** Description. */
  @JsonProperty("description")
  Optional<String> description();

  /** ID of the endpoint the instance runs on. */
  @JsonProperty("endpoint_id")
  Optional<String> endpointId();

  /** Source: the model and its version. */
  @JsonProperty("source")
  Optional<SourceRef> source();

  /** Configuration. */
  @JsonProperty("config")
  Optional<ServiceInstanceConfig> config();

  /** Status. */
  @JsonProperty("status")
  Optional<ServiceInstanceStatus> status();

  /** Type. */
  @JsonProperty("type")
  Optional<ServiceInstanceType> type();

  /** Access URL. */
  @JsonProperty("url")
  Optional<String> url();

  /** Running duration. */
  @JsonProperty("duration")
  Optional<Long> duration();

  /** User who created the instance. */
  @JsonProperty("create_user")
  Optional<String> createUser();

  /** User who last updated the instance. */
  @JsonProperty("update_user")
  Optional<String> updateUser();

  /** Creation time. */
  @JsonProperty("create_time")
  Optional<OffsetDateTime> createTime();

  /** Last update time. */
  @JsonProperty("update_time")
  Optional<OffsetDateTime> updateTime();

  /** Error code of a failed operation. */
  @JsonProperty("error_code")
  Optional<String> errorCode();

  /** Error message of a failed operation. */
  @JsonProperty("error_msg")
  Optional<String> errorMsg();

  static Builder builder() {
    return new Builder();
  }

  /** The builder of this type; {@code build()} rejects missing required fields. */
  class Builder extends ImmutableServiceInstance.Builder {}
}
