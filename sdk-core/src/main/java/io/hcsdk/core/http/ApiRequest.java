package io.hcsdk.core.http;

import io.hcsdk.core.retry.RetryPolicy;
import io.hcsdk.core.validate.Violation;
import io.hcsdk.core.validate.ValidationException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;
import okhttp3.HttpUrl;

/**
 * One API call as a service module describes it: method, service, a path template whose
 * {@code {name}} segments are filled with percent-encoded values, query parameters (absent ones
 * omitted, lists repeated), extra headers, a JSON body, whether the operation is idempotent, and
 * optionally a whole-call timeout of its own. Immutable; {@link #toBuilder()} makes a modified copy.
 */
public final class ApiRequest {
  private final String operation;
  private final String method;
  private final String service;
  private final String pathTemplate;
  private final Map<String, String> pathParams;
  private final List<Map.Entry<String, String>> query;
  private final Map<String, String> headers;
  private final Object body;
  private final boolean idempotent;
  private final Duration callTimeout;

  private ApiRequest(Builder b) {
    this.operation = b.operation;
    this.method = b.method;
    this.service = b.service;
    this.pathTemplate = b.pathTemplate;
    this.pathParams = Collections.unmodifiableMap(new LinkedHashMap<>(b.pathParams));
    this.query = List.copyOf(b.query);
    // Most calls add no header of their own: no copy to make then.
    this.headers = b.headers.isEmpty() ? Collections.emptyMap()
        : Collections.unmodifiableMap(new LinkedHashMap<>(b.headers));
    this.body = b.body;
    this.idempotent = b.idempotent != null ? b.idempotent : RetryPolicy.isIdempotent(b.method);
    this.callTimeout = b.callTimeout;
  }

  public static Builder builder(String method, String service, String pathTemplate) {
    return new Builder(method, service, pathTemplate);
  }

  public static Builder get(String service, String pathTemplate) {
    return builder("GET", service, pathTemplate);
  }

  public static Builder post(String service, String pathTemplate) {
    return builder("POST", service, pathTemplate);
  }

  public static Builder put(String service, String pathTemplate) {
    return builder("PUT", service, pathTemplate);
  }

  public static Builder delete(String service, String pathTemplate) {
    return builder("DELETE", service, pathTemplate);
  }

  /** The documented operation name (CreateEndpoint), for logs and messages. */
  public String operation() {
    return operation;
  }

  public String method() {
    return method;
  }

  public String service() {
    return service;
  }

  public String pathTemplate() {
    return pathTemplate;
  }

  public Map<String, String> pathParams() {
    return pathParams;
  }

  public List<Map.Entry<String, String>> query() {
    return query;
  }

  public Map<String, String> headers() {
    return headers;
  }

  public Optional<Object> body() {
    return Optional.ofNullable(body);
  }

  /**
   * Whether sending this request twice has the effect of sending it once, which decides what may
   * be retried after an ambiguous failure. Defaults from the method (GET, HEAD, PUT, DELETE and
   * OPTIONS are idempotent, POST is not); an operation that starts an asynchronous transition
   * declares {@code false} even on PUT.
   */
  public boolean idempotent() {
    return idempotent;
  }

  /**
   * This call's own whole-call timeout; the pipeline uses the shorter of it and
   * {@link io.hcsdk.core.ClientConfig#callTimeout()}. Empty: the config's alone.
   */
  public Optional<Duration> callTimeout() {
    return Optional.ofNullable(callTimeout);
  }

  /** A builder holding everything this request holds, for a modified copy. */
  public Builder toBuilder() {
    Builder copy = new Builder(method, service, pathTemplate);
    copy.operation = operation;
    copy.pathParams.putAll(pathParams);
    copy.query.addAll(query);
    copy.headers.putAll(headers);
    copy.body = body;
    copy.idempotent = idempotent;
    copy.callTimeout = callTimeout;
    return copy;
  }

  /** The full URL under {@code base} (whose own path, if any, is kept as a prefix). */
  public HttpUrl url(HttpUrl base) {
    if (query.isEmpty()) {
      return PathTemplate.of(pathTemplate).url(base, pathParams);
    }
    HttpUrl.Builder url = base.newBuilder();
    PathTemplate.of(pathTemplate).appendTo(url, pathParams);
    for (Map.Entry<String, String> parameter : query) {
      url.addQueryParameter(parameter.getKey(), parameter.getValue());
    }
    return url.build();
  }

  @Override
  public String toString() {
    return operation + " " + method + " " + pathTemplate;
  }

  public static final class Builder {
    private String operation;
    private final String method;
    private final String service;
    private final String pathTemplate;
    private final Map<String, String> pathParams = new LinkedHashMap<>();
    private final List<Map.Entry<String, String>> query = new ArrayList<>();
    private final Map<String, String> headers = new LinkedHashMap<>();
    private Object body;
    private Boolean idempotent;
    private Duration callTimeout;

    private Builder(String method, String service, String pathTemplate) {
      this.method = Objects.requireNonNull(method, "method");
      this.service = Objects.requireNonNull(service, "service");
      this.pathTemplate = Objects.requireNonNull(pathTemplate, "pathTemplate");
      this.operation = method + " " + pathTemplate;
    }

    public Builder operation(String operation) {
      this.operation = Objects.requireNonNull(operation, "operation");
      return this;
    }

    /**
     * Fills {@code {name}}. A blank value, or one that is exactly {@code .} or {@code ..} (which
     * could change the path even when encoded), is reported by {@link #build()} as a violation.
     */
    public Builder pathParam(String name, String value) {
      // Checked in build(), not here: a later call for the same name replaces the value, so it must
      // also replace the verdict (a violation recorded here would outlive a corrected value).
      pathParams.put(Objects.requireNonNull(name, "name"), value == null ? "" : value);
      return this;
    }

    /** Adds {@code name=value}; a null value is omitted. Numbers, booleans and enums use their string form. */
    public Builder query(String name, Object value) {
      if (value instanceof Optional<?>) {
        ((Optional<?>) value).ifPresent(v -> query(name, v));
      } else if (value instanceof OptionalInt) {
        OptionalInt v = (OptionalInt) value;
        if (v.isPresent()) {
          query.add(Map.entry(name, Integer.toString(v.getAsInt())));
        }
      } else if (value instanceof OptionalLong) {
        OptionalLong v = (OptionalLong) value;
        if (v.isPresent()) {
          query.add(Map.entry(name, Long.toString(v.getAsLong())));
        }
      } else if (value instanceof OptionalDouble) {
        // Without this branch toString() would send "OptionalDouble.empty" / "OptionalDouble[0.5]".
        OptionalDouble v = (OptionalDouble) value;
        if (v.isPresent()) {
          query.add(Map.entry(name, Double.toString(v.getAsDouble())));
        }
      } else if (value instanceof Collection<?>) {
        for (Object element : (Collection<?>) value) {
          query(name, element);
        }
      } else if (value instanceof Object[]) {
        // Repeated like a list; toString() of an array would send "[Ljava.lang.String;@1a2b".
        for (Object element : (Object[]) value) {
          query(name, element);
        }
      } else if (value != null) {
        query.add(Map.entry(name, value.toString()));
      }
      return this;
    }

    public Builder header(String name, String value) {
      headers.put(Objects.requireNonNull(name, "name"), Objects.requireNonNull(value, "value"));
      return this;
    }

    /** The JSON body; a {@link io.hcsdk.core.validate.Validatable} body is validated before sending. */
    public Builder body(Object body) {
      this.body = Objects.requireNonNull(body, "body");
      return this;
    }

    /** Overrides the idempotency the method implies (see {@link ApiRequest#idempotent()}). */
    public Builder idempotent(boolean idempotent) {
      this.idempotent = idempotent;
      return this;
    }

    /**
     * Bounds this call, all attempts and backoffs together, at most by {@code timeout} (the
     * config's call timeout still applies when shorter); a waiter clips each poll to what is left.
     *
     * @throws IllegalArgumentException when {@code timeout} is zero or negative
     */
    public Builder callTimeout(Duration timeout) {
      Objects.requireNonNull(timeout, "timeout");
      if (timeout.isZero() || timeout.isNegative()) {
        throw new IllegalArgumentException("callTimeout must be positive, was " + timeout);
      }
      this.callTimeout = timeout;
      return this;
    }

    /** @throws ValidationException naming every missing or unsafe path parameter */
    public ApiRequest build() {
      List<Violation> violations = new ArrayList<>();
      for (Map.Entry<String, String> param : pathParams.entrySet()) {
        String value = param.getValue();
        if (value.isBlank()) {
          violations.add(new Violation(param.getKey(), "is required"));
        } else if (value.equals(".") || value.equals("..")) {
          violations.add(new Violation(param.getKey(), "must not be '.' or '..'"));
        }
      }
      PathTemplate template = PathTemplate.of(pathTemplate);
      for (String name : template.parameterNames()) {
        if (!pathParams.containsKey(name)) {
          violations.add(new Violation(name, "is required"));
        }
      }
      if (!violations.isEmpty()) {
        throw new ValidationException(operation + " path", violations);
      }
      return new ApiRequest(this);
    }
  }
}
