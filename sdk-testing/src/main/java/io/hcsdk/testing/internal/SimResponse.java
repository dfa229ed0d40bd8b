package io.hcsdk.testing.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.hcsdk.core.json.Json;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What the simulator answers, before it becomes an HTTP response: plain data, so handlers and faults
 * stay independent of the HTTP engine.
 *
 * @param status HTTP status
 * @param body the body text ("" for none)
 * @param headers extra headers (they win over the defaults: Content-Type, X-Request-Id, Date)
 */
public record SimResponse(int status, String body, Map<String, String> headers) {

  public SimResponse {
    body = body == null ? "" : body;
    headers = Map.copyOf(headers);
  }

  public static SimResponse json(int status, JsonNode body) {
    try {
      return new SimResponse(status, Json.mapper().writeValueAsString(body), Map.of());
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static SimResponse empty(int status) {
    return new SimResponse(status, "", Map.of());
  }

  public static SimResponse text(int status, String body, Map<String, String> headers) {
    return new SimResponse(status, body, headers);
  }

  /** This response with one more header. */
  public SimResponse withHeader(String name, String value) {
    Map<String, String> h = new LinkedHashMap<>(headers);
    h.put(name, value);
    return new SimResponse(status, body, h);
  }

  public boolean isSuccess() {
    return status >= 200 && status < 300;
  }
}
