package io.hcsdk.fabric.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.hcsdk.core.json.HcStyle;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.immutables.value.Value;

/** The token quota of an endpoint. */
@Value.Immutable
@HcStyle
@JsonSerialize(as = ImmutableTokensQuota.class)
@JsonDeserialize(as = ImmutableTokensQuota.class)
public interface TokensQuota {
  /** Total tokens. */
  @JsonProperty("total")
  Optional<Long> total();

  /** Used tokens. */
  @JsonProperty("used")
  Optional<Long> used();

  /** Expiry time of the quota. */
  @JsonProperty("expire_time")
  Optional<OffsetDateTime> expireTime();

  static Builder builder() {
    return new Builder();
  }

  /** The builder of this type; {@code build()} rejects missing required fields. */
  class Builder extends ImmutableTokensQuota.Builder {}
}
