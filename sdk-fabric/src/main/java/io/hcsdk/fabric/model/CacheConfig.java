package io.hcsdk.fabric.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.hcsdk.core.json.HcStyle;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A distributed cache of an endpoint ({@code cache_list} on create, {@code caches} in responses).
 */
@Value.Immutable
@HcStyle
@JsonSerialize(as = ImmutableCacheConfig.class)
@JsonDeserialize(as = ImmutableCacheConfig.class)
public interface CacheConfig {
  /** Mount path. */
  @JsonProperty("mnt_path")
  Optional<String> mntPath();

  /** Cache instance ID. */
  @JsonProperty("cache_ins_id")
  Optional<String> cacheInsId();

  static Builder builder() {
    return new Builder();
  }

  /** The builder of this type; {@code build()} rejects missing required fields. */
  class Builder extends ImmutableCacheConfig.Builder {}
}
