package io.hcsdk.fabric.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.hcsdk.core.json.HcStyle;
import java.util.Optional;
import org.immutables.value.Value;

/** The owner of an endpoint. */
@Value.Immutable
@HcStyle
@JsonSerialize(as = ImmutableEndpointOwner.class)
@JsonDeserialize(as = ImmutableEndpointOwner.class)
public interface EndpointOwner {
  /** Account name. */
  @JsonProperty("domain_name")
  Optional<String> domainName();

  /** Account ID. */
  @JsonProperty("domain_id")
  Optional<String> domainId();

  /** User name. */
  @JsonProperty("user_name")
  Optional<String> userName();

  /** User ID. */
  @JsonProperty("user_id")
  Optional<String> userId();

  static Builder builder() {
    return new Builder();
  }

  /** The builder of this type; {@code build()} rejects missing required fields. */
  class Builder extends ImmutableEndpointOwner.Builder {}
}
