package io.hcsdk.fabric.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.hcsdk.core.json.HcStyle;
import org.immutables.value.Value;

/** The 202 body of DeleteEndpoint. */
@Value.Immutable
@HcStyle
@JsonSerialize(as = ImmutableDeleteEndpointResponse.class)
@JsonDeserialize(as = ImmutableDeleteEndpointResponse.class)
public interface DeleteEndpointResponse {
  /** ID of the endpoint being deleted. */
  @JsonProperty("id")
  String id();

  static Builder builder() {
    return new Builder();
  }

  /** The builder of this type; {@code build()} rejects missing required fields. */
  class Builder extends ImmutableDeleteEndpointResponse.Builder {}
}
