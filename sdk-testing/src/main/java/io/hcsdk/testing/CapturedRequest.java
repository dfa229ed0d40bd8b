package io.hcsdk.testing;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import io.hcsdk.core.json.Json;
import java.util.Objects;
import java.util.Optional;
import okhttp3.Headers;
import okhttp3.HttpUrl;

/**
 * One request as the simulator received it and what became of it, so tests can assert exactly what
 * the client sent, retries included.
 *
 * @param host the host whose API it was routed to (for a path no API has: the host of the port it reached)
 * @param operation the {@code operationId} it was routed to; empty when the gateway knows no such API
 * @param method the HTTP method
 * @param url the full request URL (path and query)
 * @param headers the request headers, unredacted: they stay in memory
 * @param body the request body as UTF-8, empty when there was none
 * @param requestId the {@code X-Request-Id} the simulator answered with
 * @param status the status answered; 0 when the connection was dropped instead
 * @param fault the fault that met it, if one did
 */
public record CapturedRequest(SimHost host, Optional<String> operation, String method, HttpUrl url, Headers headers,
    String body, String requestId, int status, Optional<String> fault) {

  public CapturedRequest {
    Objects.requireNonNull(host, "host");
    Objects.requireNonNull(operation, "operation");
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(headers, "headers");
    body = body == null ? "" : body;
    Objects.requireNonNull(requestId, "requestId");
    Objects.requireNonNull(fault, "fault");
  }

  /** Whether it was routed to {@code operationId}. */
  public boolean is(String operationId) {
    return operation.filter(operationId::equals).isPresent();
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

  /** {@code POST /v1/... -> 202 (CreateEndpoint)}: for assertion messages. Never shows headers or bodies. */
  @Override
  public String toString() {
    return method + " " + path() + " -> " + (status == 0 ? "dropped" : status)
        + operation.map(o -> " (" + o + ")").orElse(" (no such API)") + fault.map(f -> " [" + f + "]").orElse("");
  }
}
