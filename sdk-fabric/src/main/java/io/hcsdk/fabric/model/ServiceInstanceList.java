package io.hcsdk.fabric.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.hcsdk.core.json.HcStyle;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** Body of ListServiceInstances: one page of service instances and the total count. */
@Value.Immutable
@HcStyle
@JsonSerialize(as = ImmutableServiceInstanceList.class)
@JsonDeserialize(as = ImmutableServiceInstanceList.class)
public interface ServiceInstanceList {
  /** Total number of instances matching the query. */
  @JsonProperty("total")
  Optional<Integer> total();

  /** Service instances of this page. */
  @JsonProperty("service_instances")
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  List<ServiceInstance> serviceInstances();

  static Builder builder() {
    return new Builder();
  }

  /** The builder of this type; {@code build()} rejects missing required fields. */
  class Builder extends ImmutableServiceInstanceList.Builder {}
}
