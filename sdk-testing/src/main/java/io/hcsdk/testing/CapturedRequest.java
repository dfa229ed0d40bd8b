package io.hcsdk.testing;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import io.hcsdk.core.json.Json;
import java.util.Objects;
import okhttp3.Headers;
import okhttp3.HttpUrl;

/**
 * One request as the simulator received it, recorded before any fault or routing so tests can
 * assert exactly what the SDK sent, retries included.
 *
 * @param host which simulated gateway received it
 * @param method the HTTP method
 * @param url the full request URL (path and query)
 * @param headers the request headers, unredacted: they stay in memory
 * @param body the request body as UTF-8, empty when there was none
 * @param requestId the {@code X-Request-Id} the simulator answered with
 */
public record CapturedRequest(
    SimHost host, String method, HttpUrl url, Headers headers, String body, String requestId) {

  public CapturedRequest {
    Objects.requireNonNull(host, "host");
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(headers, "headers");
    body = body == null ? "" : body;
    Objects.requireNonNull(requestId, "requestId");
  }

  /** The encoded path, e.g. {@code /v1/workspaces/ws/endpoints}. */
  public String path() {
    return url.encodedPath();
  }

  /** The decoded query string, or null when there was none. */
  public String query() {
    return url.query();
  }

  /** The first value of a query parameter, or null. */
  public String queryParameter(String name) {
    return url.queryParameter(name);
  }

  /** A header's last value (names are case-insensitive), or null. */
  public String header(String name) {
    return headers.get(name);
  }

  /** The body as JSON; {@link MissingNode} when empty. Throws if the body is not JSON. */
  public JsonNode bodyJson() {
    if (body.isBlank()) {
      return MissingNode.getInstance();
    }
    try {
      return Json.mapper().readTree(body);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Request body is not JSON: " + method + " " + path(), e);
    }
  }
}
