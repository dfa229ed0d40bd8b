package io.hcsdk.fabric.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.hcsdk.core.json.HcStyle;
import io.hcsdk.core.validate.Validatable;
import io.hcsdk.core.validate.Validator;
import java.util.Optional;
import org.immutables.value.Value;

/** One Ray Serve deployment of a {@link ServeApplication}. */
@Value.Immutable
@HcStyle
@JsonSerialize(as = ImmutableDeployment.class)
@JsonDeserialize(as = ImmutableDeployment.class)
public interface Deployment extends Validatable {
  /** Deployment name: 1 to 64 letters, digits, {@code - _ .} and spaces. */
  @JsonProperty("name")
  Optional<String> name();

  /** Ray actor options. */
  @JsonProperty("ray_actor_options")
  Optional<RayActorOptions> rayActorOptions();

  /** Auto scaling configuration. */
  @JsonProperty("autoscaling_config")
  Optional<AutoscalingConfig> autoscalingConfig();

  /** Number of replicas, [0, 1000]. */
  @JsonProperty("num_replicas")
  Optional<Integer> numReplicas();

  /** User-defined configuration: free-form JSON, passed through untouched. */
  @JsonProperty("user_config")
  Optional<JsonNode> userConfig();

  /**
   * Maximum replicas per node, [1, 100] (server default 1). Responses may carry {@code ""}, read
   * as absent.
   */
  @JsonProperty("max_replicas_per_node")
  Optional<Integer> maxReplicasPerNode();

  /** Maximum concurrent requests per replica, [1, 100000]. */
  @JsonProperty("max_ongoing_requests")
  Optional<Integer> maxOngoingRequests();

  /** Maximum queued requests of the deployment, [-1, 100000]; -1 means no limit. */
  @JsonProperty("max_queued_requests")
  Optional<Integer> maxQueuedRequests();

  static Builder builder() {
    return new Builder();
  }

  /** The builder of this type; {@code build()} rejects missing required fields. */
  class Builder extends ImmutableDeployment.Builder {}

  @Override
  default void validate(Validator v) {
    v.text("name", name(), 1, 64, Validator.NAME_CHARS, Checks.NAME_CHARS_TEXT);
    v.nested("ray_actor_options", rayActorOptions());
    v.nested("autoscaling_config", autoscalingConfig());
    v.range("num_replicas", numReplicas(), 0, 1000);
    v.range("max_replicas_per_node", maxReplicasPerNode(), 1, 100);
    v.range("max_ongoing_requests", maxOngoingRequests(), 1, 100_000);
    v.range("max_queued_requests", maxQueuedRequests(), -1, 100_000);
  }
}
