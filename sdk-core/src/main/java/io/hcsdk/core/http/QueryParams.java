package io.hcsdk.core.http;

import com.fasterxml.jackson.databind.JsonNode;
import io.hcsdk.core.json.Json;
import java.util.Map;

/**
 * Turns a list-request model into query parameters through its Jackson wire names, so a model's
 * {@code @JsonProperty("endpoint_id")} is also its query name and the two can never drift apart.
 */
public final class QueryParams {
  private QueryParams() {}

  /** Adds every present scalar field of {@code model}; arrays become repeated parameters. */
  public static ApiRequest.Builder addAll(ApiRequest.Builder builder, Object model) {
    JsonNode tree = Json.mapper().valueToTree(model);
    for (Map.Entry<String, JsonNode> field : tree.properties()) {
      JsonNode value = field.getValue();
      if (value.isArray()) {
        value.forEach(element -> addScalar(builder, field.getKey(), element));
      } else {
        addScalar(builder, field.getKey(), value);
      }
    }
    return builder;
  }

  private static void addScalar(ApiRequest.Builder builder, String name, JsonNode value) {
    if (value.isValueNode() && !value.isNull()) {
      builder.query(name, value.asText());
    }
  }
}
