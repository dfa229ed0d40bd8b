package io.hcsdk.testing;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.hcsdk.core.json.Json;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * What a handler answers, before it becomes a MockResponse: kept independent of MockWebServer so
 * handlers and faults stay plain data.
 *
 * @param disconnect drop the connection instead of answering (for IOException retry tests)
 */
record SimResponse(int status, String body, Map<String, String> headers, boolean disconnect) {

  SimResponse {
    body = body == null ? "" : body;
    headers = Map.copyOf(headers);
  }

  static SimResponse json(int status, JsonNode body) {
    try {
      return new SimResponse(status, Json.mapper().writeValueAsString(body), Map.of(), false);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  static SimResponse raw(int status, String body, Map<String, String> headers) {
    return new SimResponse(status, body, headers, false);
  }

  static SimResponse empty(int status) {
    return new SimResponse(status, "", Map.of(), false);
  }

  static SimResponse dropConnection() {
    return new SimResponse(0, "", Map.of(), true);
  }

  static SimResponse error(int status, String code, String message) {
    return json(status, Json.mapper().createObjectNode().put("error_code", code).put("error_msg", message));
  }
}
