package io.hcsdk.testing.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * One operation as its spec declares it: what the simulator routes, validates and answers.
 *
 * @param id the {@code operationId}, such as {@code CreateEndpoint}
 * @param method upper-case HTTP method
 * @param host the {@code x-hcsdk-host} key ({@code fabric}, {@code fabric-ep}, {@code modelarts}, {@code iam})
 * @param path the path template
 * @param parameters path and query parameters, $refs resolved
 * @param body the request body schema, when there is one
 * @param bodyRequired whether a body must be sent
 * @param successStatus the first documented 2xx
 * @param successSchema the success body's schema; empty for no body
 * @param paging the {@code x-hcsdk-paging} declaration of a paged list
 * @param document the spec that declared it, for resolving $refs
 */
public record OperationSpec(String id, String method, String host, PathTemplate path, List<ParamSpec> parameters,
    Optional<JsonNode> body, boolean bodyRequired, int successStatus, Optional<JsonNode> successSchema,
    Optional<JsonNode> paging, SpecDocument document) {

  /**
   * A path or query parameter.
   *
   * @param name wire name
   * @param in {@code path} or {@code query}
   * @param required whether it must be given
   * @param schema its schema (may be a $ref)
   */
  public record ParamSpec(String name, String in, boolean required, JsonNode schema) {}

  public OperationSpec {
    method = method.toUpperCase(Locale.ROOT);
    parameters = List.copyOf(parameters);
  }

  /** The query parameters. */
  public List<ParamSpec> queryParameters() {
    return parameters.stream().filter(p -> p.in().equals("query")).toList();
  }

  /** The path parameters. */
  public List<ParamSpec> pathParameters() {
    return parameters.stream().filter(p -> p.in().equals("path")).toList();
  }

  /** The name of the success body's schema ({@code Endpoint}), when it is a named one. */
  public Optional<String> successSchemaName() {
    return successSchema.flatMap(SpecDocument::refName);
  }

  /** The name of the request body's schema, when it is a named one. */
  public Optional<String> bodySchemaName() {
    return body.flatMap(SpecDocument::refName);
  }

  @Override
  public String toString() {
    return id + " (" + method + " " + path + ")";
  }
}
