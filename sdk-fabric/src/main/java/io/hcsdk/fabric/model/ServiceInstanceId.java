package io.hcsdk.fabric.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.hcsdk.core.json.HcStyle;
import org.immutables.value.Value;

/**
 * The 200 body of DeployService and UpdateServiceInstance. The document calls {@code id} an
 * "InstanceId object", but it is a plain string.
 */
@Value.Immutable
@HcStyle
@JsonSerialize(as = ImmutableServiceInstanceId.class)
@JsonDeserialize(as = ImmutableServiceInstanceId.class)
public interface ServiceInstanceId {
  /** Service instance ID. */
  @JsonProperty("id")
  String id();

  static Builder builder() {
    return new Builder();
  }

  /** The builder of this type; {@code build()} rejects missing required fields. */
  class Builder extends ImmutableServiceInstanceId.Builder {}
}
