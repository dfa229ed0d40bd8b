package io.hcsdk.fabric.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.hcsdk.core.json.HcStyle;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An endpoint as the server returns it: the 202 body of CreateEndpoint and UpdateEndpoint, the
 * body of ShowEndpoint and the items of ListEndpoints.
 *
 * <p>Servers omit fields, so everything but {@code id} is optional or a possibly empty list. The
 * nested {@code reserved_resource}, {@code cap}, {@code caches} and {@code config} reuse the
 * request types; their documented mandatory fields are {@link Optional}s too (enforced by their
 * {@code validate}, not by parsing), so a response missing one still reads. The URL tokens are
 * secrets: {@code toString()} masks them.
 */
@Value.Immutable
@HcStyle
@JsonSerialize(as = ImmutableEndpoint.class)
@JsonDeserialize(as = ImmutableEndpoint.class)
public interface Endpoint {
  /** Visibility. */
  @JsonProperty("visibility")
  Optional<Visibility> visibility();

  /** Endpoint ID. */
  @JsonProperty("id")
  String id();

  /** Endpoint name. */
  @JsonProperty("name")
  Optional<String> name();

  /** Endpoint type. */
  @JsonProperty("type")
  Optional<EndpointType> type();

  /** Endpoint status. */
  @JsonProperty("status")
  Optional<EndpointStatus> status();

  /** Description. */
  @JsonProperty("description")
  Optional<String> description();

  /** Creation time. */
  @JsonProperty("create_time")
  Optional<OffsetDateTime> createTime();

  /** Last update time. */
  @JsonProperty("update_time")
  Optional<OffsetDateTime> updateTime();

  /** Owner of the endpoint. */
  @JsonProperty("owner")
  Optional<EndpointOwner> owner();

  /** Image package. */
  @JsonProperty("cap")
  Optional<CapRef> cap();

  /** Custom image ID. */
  @JsonProperty("custom_image_id")
  Optional<String> customImageId();

  /** General reserved resources. */
  @JsonProperty("reserved_resource")
  Optional<ReservedResource> reservedResource();

  /** Resources of the Ray cluster (response shape, unlike {@link RayResourceInput}). */
  @JsonProperty("ray_resource")
  Optional<RayResource> rayResource();

  /** Distributed caches. */
  @JsonProperty("caches")
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  List<CacheConfig> caches();

  /** Error code of a failed operation. */
  @JsonProperty("error_code")
  Optional<String> errorCode();

  /** Error message of a failed operation. */
  @JsonProperty("error_msg")
  Optional<String> errorMsg();

  /** Access URLs. */
  @JsonProperty("urls")
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  List<EndpointUrl> urls();

  /** IDs of the business engine instances. */
  @JsonProperty("business_engine_instance_ids")
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  List<String> businessEngineInstanceIds();

  /** Token quota. */
  @JsonProperty("tokens_quota")
  Optional<TokensQuota> tokensQuota();

  /** Runtime environment type. */
  @JsonProperty("runtime_env_type")
  Optional<RuntimeEnvType> runtimeEnvType();

  /** Endpoint configuration. */
  @JsonProperty("config")
  Optional<EndpointConfig> config();

  static Builder builder() {
    return new Builder();
  }

  /** The builder of this type; {@code build()} rejects missing required fields. */
  class Builder extends ImmutableEndpoint.Builder {}
}
