package io.hcsdk.fabric.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.hcsdk.core.json.HcStyle;
import java.util.Optional;
import org.immutables.value.Value;

/** An access URL of an endpoint. Its {@code token} is a secret, masked in {@code toString()}. */
@Value.Immutable
@HcStyle
@JsonSerialize(as = ImmutableEndpointUrl.class)
@JsonDeserialize(as = ImmutableEndpointUrl.class)
public interface EndpointUrl {
  /** URL name. */
  @JsonProperty("name")
  Optional<String> name();

  /** Address. */
  @JsonProperty("address")
  Optional<String> address();

  /** Network type. */
  @JsonProperty("type")
  Optional<UrlType> type();

  /** Access token: a secret, shown as {@code ****} by {@code toString()}. */
  @Value.Redacted
  @JsonProperty("token")
  Optional<String> token();

  static Builder builder() {
    return new Builder();
  }

  /** The builder of this type; {@code build()} rejects missing required fields. */
  class Builder extends ImmutableEndpointUrl.Builder {}
}
