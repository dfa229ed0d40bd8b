package io.hcsdk.fabric.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.hcsdk.core.json.HcStyle;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** Body of ListEndpoints: one page of endpoints and the total count. */
@Value.Immutable
@HcStyle
@JsonSerialize(as = ImmutableEndpointList.class)
@JsonDeserialize(as = ImmutableEndpointList.class)
public interface EndpointList {
  /** Total number of endpoints matching the query. */
  @JsonProperty("total")
  Optional<Integer> total();

  /** Endpoints of this page. */
  @JsonProperty("endpoints")
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  List<Endpoint> endpoints();

  static Builder builder() {
    return new Builder();
  }

  /** The builder of this type; {@code build()} rejects missing required fields. */
  class Builder extends ImmutableEndpointList.Builder {}
}
