package io.hcsdk.core.spi;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JavaType;
import io.hcsdk.core.json.Json;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One documented operation as data: name, method, host (service key), path template, body,
 * response and query types, the path parameters filled from a client's scope, and whether a retry
 * may repeat it. Service modules declare one constant per operation (generated from the spec);
 * {@link #call(ServiceContext)} runs it.
 *
 * <pre>{@code
 * static final Operation<CreateEndpointRequest, Endpoint> CREATE_ENDPOINT =
 *     Operation.builder("CreateEndpoint", "POST", "fabric", "/v1/workspaces/{workspace_id}/endpoints")
 *         .body(CreateEndpointRequest.class)
 *         .response(Endpoint.class)
 *         .scope("workspace_id")
 *         .build();
 * }</pre>
 *
 * @param <B> the JSON body type ({@code Void} when the operation sends none)
 * @param <R> the response body type ({@code Void} when the answer has none)
 */
public final class Operation<B, R> {
  private final String name;
  private final String method;
  private final String host;
  private final String pathTemplate;
  private final Class<B> bodyType;
  private final JavaType responseType;
  private final Class<?> queryType;
  private final List<String> scope;
  private final boolean idempotent;

  private Operation(Builder<B, R> b) {
    this.name = b.name;
    this.method = b.method;
    this.host = b.host;
    this.pathTemplate = b.pathTemplate;
    this.bodyType = b.bodyType;
    this.responseType = b.responseType;
    this.queryType = b.queryType;
    this.scope = List.copyOf(b.scope);
    this.idempotent = b.idempotent == null ? defaultIdempotency(b.method) : b.idempotent;
  }

  /** GET, HEAD, PUT and DELETE may be repeated; POST may not. */
  static boolean defaultIdempotency(String method) {
    return !method.equals("POST") && !method.equals("PATCH");
  }

  public static Builder<Void, Void> builder(String name, String method, String host, String pathTemplate) {
    return new Builder<>(name, method, host, pathTemplate);
  }

  /** A call of this operation within {@code context}: add path parameters, query, body, then send. */
  public Invocation<R> call(ServiceContext context) {
    return new Invocation<>(this, context);
  }

  public String name() {
    return name;
  }

  public String method() {
    return method;
  }

  public String host() {
    return host;
  }

  public String pathTemplate() {
    return pathTemplate;
  }

  public Optional<Class<B>> bodyType() {
    return Optional.ofNullable(bodyType);
  }

  public JavaType responseType() {
    return responseType;
  }

  public Optional<Class<?>> queryType() {
    return Optional.ofNullable(queryType);
  }

  /** Path parameters a client's {@link ServiceContext} fills (workspace, project). */
  public List<String> scope() {
    return scope;
  }

  /**
   * Whether a retry after the request may have reached the server is safe. Operations that start
   * an asynchronous transition (UpdateEndpoint) are not, whatever their method.
   */
  public boolean idempotent() {
    return idempotent;
  }

  @Override
  public String toString() {
    return name + " (" + method + " " + pathTemplate + ")";
  }

  public static final class Builder<B, R> {
    private final String name;
    private final String method;
    private final String host;
    private final String pathTemplate;
    private Class<B> bodyType;
    private JavaType responseType = Json.mapper().constructType(Void.class);
    private Class<?> queryType;
    private List<String> scope = List.of();
    private Boolean idempotent;

    private Builder(String name, String method, String host, String pathTemplate) {
      this.name = Objects.requireNonNull(name, "name");
      this.method = Objects.requireNonNull(method, "method");
      this.host = Objects.requireNonNull(host, "host");
      this.pathTemplate = Objects.requireNonNull(pathTemplate, "pathTemplate");
    }

    @SuppressWarnings("unchecked")
    private <B2, R2> Builder<B2, R2> retyped() {
      return (Builder<B2, R2>) this;
    }

    public <B2> Builder<B2, R> body(Class<B2> type) {
      Builder<B2, R> self = retyped();
      self.bodyType = Objects.requireNonNull(type, "type");
      return self;
    }

    public <R2> Builder<B, R2> response(Class<R2> type) {
      Builder<B, R2> self = retyped();
      self.responseType = Json.mapper().constructType(Objects.requireNonNull(type, "type"));
      return self;
    }

    /** For generic answers such as {@code List<Template>}. */
    public <R2> Builder<B, R2> response(TypeReference<R2> type) {
      Builder<B, R2> self = retyped();
      self.responseType = Json.mapper().getTypeFactory().constructType(Objects.requireNonNull(type, "type"));
      return self;
    }

    /** The query model whose JSON names are the query parameter names. */
    public Builder<B, R> query(Class<?> type) {
      this.queryType = Objects.requireNonNull(type, "type");
      return this;
    }

    public Builder<B, R> scope(String... pathParams) {
      this.scope = List.of(pathParams);
      return this;
    }

    public Builder<B, R> idempotent(boolean idempotent) {
      this.idempotent = idempotent;
      return this;
    }

    public Operation<B, R> build() {
      return new Operation<>(this);
    }
  }
}
