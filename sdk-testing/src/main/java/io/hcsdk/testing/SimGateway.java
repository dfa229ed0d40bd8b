package io.hcsdk.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import io.hcsdk.core.json.Json;
import io.hcsdk.testing.internal.ApiSpec;
import io.hcsdk.testing.internal.Authenticator;
import io.hcsdk.testing.internal.Bindings;
import io.hcsdk.testing.internal.ErrorBodies;
import io.hcsdk.testing.internal.Ids;
import io.hcsdk.testing.internal.ResourceStore;
import io.hcsdk.testing.internal.SimError;
import io.hcsdk.testing.internal.SimRequest;
import io.hcsdk.testing.internal.SimResponse;
import io.hcsdk.testing.internal.Singletons;
import java.io.IOException;
import java.net.ConnectException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import mockwebserver3.SocketEffect;
import okhttp3.HttpUrl;
import okhttp3.Request;
import okio.Buffer;
import okio.ByteString;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The simulated API gateway in front of every service: route (an unknown API is {@code APIG.0101}),
 * record, apply an aimed fault, authenticate ({@code 401}), check the request against its operation's
 * schema ({@code 400}), hand it to the resource state machine, and write the answer with a request id
 * and the simulator's {@code Date}. Routing comes first because faults are aimed at operations and a
 * gateway cannot authorise an API it does not know.
 */
final class SimGateway {
  private static final Logger LOG = LoggerFactory.getLogger(SimGateway.class);
  private static final DateTimeFormatter HTTP_DATE = DateTimeFormatter.RFC_1123_DATE_TIME.withZone(ZoneOffset.UTC);

  private final ApiSpec spec;
  private final ResourceStore store;
  private final Authenticator auth;
  private final FaultBook faults;
  private final RecordedRequests log;
  private final Clock clock;
  private final AtomicInteger inFlight = new AtomicInteger();

  SimGateway(ApiSpec spec, ResourceStore store, Authenticator auth, FaultBook faults, RecordedRequests log,
      Clock clock) {
    this.spec = spec;
    this.store = store;
    this.auth = auth;
    this.faults = faults;
    this.log = log;
    this.clock = clock;
  }

  /** Requests being handled right now (the virtual scheduler waits for them before moving time). */
  int inFlight() {
    return inFlight.get();
  }

  /** The dispatcher of a port serving {@code hosts}; {@code portHost} names unroutable requests. */
  Dispatcher dispatcherFor(Set<SimHost> hosts, SimHost portHost) {
    Set<String> keys = hosts.stream().map(SimHost::key).collect(Collectors.toSet());
    return new Dispatcher() {
      @Override
      public MockResponse dispatch(RecordedRequest request) {
        inFlight.incrementAndGet();
        try {
          return handle(request, keys, portHost);
        } finally {
          inFlight.decrementAndGet();
        }
      }
    };
  }

  /**
   * The refusal armed for this request, if any: asked by the simulator's HTTP client before it sends,
   * so that the request never leaves the client, as with a refused connection.
   */
  Optional<IOException> refusal(Request request, Set<SimHost> hosts) {
    if (!faults.hasRefusals()) {
      return Optional.empty();
    }
    Set<String> keys = hosts.stream().map(SimHost::key).collect(Collectors.toSet());
    Optional<ApiSpec.Route> route = spec.route(request.method(), request.url().pathSegments(), keys);
    JsonNode body = MissingNode.getInstance();
    if (request.body() != null) {
      try (Buffer buffer = new Buffer()) {
        request.body().writeTo(buffer);
        body = parse(buffer.readUtf8());
      } catch (IOException e) {
        body = MissingNode.getInstance();
      }
    }
    Optional<Fault> fault = faults.take(route.map(r -> r.operation().id()),
        route.map(ApiSpec.Route::pathParams).orElse(Map.of()), body, true);
    if (fault.isEmpty()) {
      return Optional.empty();
    }
    log.addRefused();
    return Optional.of(new ConnectException("Failed to connect to " + request.url().host() + ":"
        + request.url().port() + " (connection refused by a simulator fault)"));
  }

  private MockResponse handle(RecordedRequest request, Set<String> hosts, SimHost portHost) {
    HttpUrl url = request.getUrl();
    ByteString bodyBytes = request.getBody();
    byte[] body = bodyBytes == null ? new byte[0] : bodyBytes.toByteArray();
    String bodyText = new String(body, StandardCharsets.UTF_8);
    String method = request.getMethod() == null ? "GET" : request.getMethod();
    Optional<ApiSpec.Route> route = spec.route(method, url.pathSegments(), hosts);
    Optional<String> operation = route.map(r -> r.operation().id());
    SimHost host = route.map(r -> SimHost.of(r.operation().host())).orElse(portHost);
    String requestId = Ids.requestId();

    Optional<Fault> fault = faults.take(operation, route.map(ApiSpec.Route::pathParams).orElse(Map.of()),
        parse(bodyText), false);
    SimResponse answer;
    if (fault.isPresent() && !fault.get().afterHandlingFlag()) {
      answer = faultAnswer(fault.get());
    } else {
      answer = route.map(r -> serve(r, method, url, request, body, bodyText)).orElseGet(ErrorBodies::apiNotFound);
      if (fault.isPresent()) {
        answer = applyAfter(fault.get(), answer);
      }
    }
    boolean dropped = fault.map(f -> f.kind() == Fault.Kind.DROP).orElse(false);
    log.add(new CapturedRequest(host, operation, method, url, request.getHeaders(), bodyText, requestId,
        dropped ? 0 : answer.status(), fault.map(Fault::toString)));
    LOG.debug("{} {} {} -> {} ({}, request id {})", host, method, url.encodedPath(),
        dropped ? "dropped" : answer.status(), operation.orElse("no such API"), requestId);
    return toMock(answer, fault, requestId);
  }

  private SimResponse serve(ApiSpec.Route route, String method, HttpUrl url, RecordedRequest request, byte[] body,
      String bodyText) {
    try {
      if (route.operation().id().equals(ApiSpec.IAM_TOKEN_OPERATION)) {
        return auth.issue(bodyText);
      }
      Optional<SimResponse> denied = auth.check(method, url, request.getHeaders(), body);
      if (denied.isPresent()) {
        return denied.get();
      }
      SimRequest checked = SimRequest.read(route, url, bodyText);
      Optional<Bindings.Binding> binding = store.bindings().of(route.operation().id());
      if (binding.isEmpty()) {
        return Singletons.answer(store, checked);
      }
      return switch (binding.get().role()) {
        case CREATE -> store.create(binding.get().kind(), checked);
        case SHOW -> store.show(binding.get().kind(), checked);
        case LIST -> store.list(binding.get().kind(), checked);
        case UPDATE -> store.update(binding.get().kind(), checked);
        case DELETE -> store.delete(binding.get().kind(), checked);
        case ACTION -> store.action(binding.get().kind(), checked);
      };
    } catch (SimError e) {
      return e.response();
    } catch (RuntimeException e) {
      // A simulator bug must surface as a 500, not as a hung connection.
      LOG.warn("Simulator failure on {} {}", method, url.encodedPath(), e);
      return ErrorBodies.internal(route.operation());
    }
  }

  private static SimResponse faultAnswer(Fault fault) {
    return switch (fault.kind()) {
      case STATUS -> SimResponse.text(fault.status(), fault.body(), fault.headers());
      default -> SimResponse.empty(200); // a drop: never written
    };
  }

  /** A fault applied to the service's own answer. */
  private static SimResponse applyAfter(Fault fault, SimResponse answer) {
    return switch (fault.kind()) {
      case STATUS -> SimResponse.text(fault.status(), fault.body(), fault.headers());
      case TRUNCATE -> {
        byte[] bytes = answer.body().getBytes(StandardCharsets.UTF_8);
        int keep = fault.keepBytes() < 0 ? bytes.length / 2 : Math.min(fault.keepBytes(), bytes.length);
        yield new SimResponse(answer.status(), new String(bytes, 0, keep, StandardCharsets.UTF_8),
            Map.of("Content-Type", "application/json;charset=UTF-8"));
      }
      case REWRITE -> new SimResponse(answer.status(), fault.rewriteBody(answer.body()), answer.headers());
      default -> answer; // delay, drop, reset: how it is written, not what
    };
  }

  private MockResponse toMock(SimResponse answer, Optional<Fault> fault, String requestId) {
    Fault.Kind kind = fault.map(Fault::kind).orElse(null);
    if (kind == Fault.Kind.DROP) {
      return new MockResponse.Builder().onResponseStart(SocketEffect.ShutdownConnection.INSTANCE).build();
    }
    MockResponse.Builder b = new MockResponse.Builder().status("HTTP/1.1 " + answer.status() + " "
        + reason(answer.status()));
    b.setHeader("X-Request-Id", requestId);
    b.setHeader("Date", HTTP_DATE.format(clock.instant()));
    String body = answer.body();
    if (!body.isEmpty()) {
      String trimmed = body.stripLeading();
      boolean json = trimmed.startsWith("{") || trimmed.startsWith("[");
      b.setHeader("Content-Type", json ? "application/json;charset=UTF-8" : "text/plain;charset=UTF-8");
    }
    for (Map.Entry<String, String> h : answer.headers().entrySet()) {
      b.setHeader(h.getKey(), h.getValue());
    }
    b.body(body);
    if (kind == Fault.Kind.DELAY) {
      b.headersDelay(fault.get().delay().toMillis(), TimeUnit.MILLISECONDS);
    }
    if (kind == Fault.Kind.RESET) {
      // Promise more than is sent, then cut the connection: the client fails while reading the body.
      b.setHeader("Content-Length", Math.max(2, body.getBytes(StandardCharsets.UTF_8).length * 2));
      b.onResponseEnd(SocketEffect.ShutdownConnection.INSTANCE);
    }
    return b.build();
  }

  private static String reason(int status) {
    return switch (status) {
      case 200 -> "OK";
      case 201 -> "Created";
      case 202 -> "Accepted";
      case 204 -> "No Content";
      case 400 -> "Bad Request";
      case 401 -> "Unauthorized";
      case 403 -> "Forbidden";
      case 404 -> "Not Found";
      case 408 -> "Request Timeout";
      case 409 -> "Conflict";
      case 429 -> "Too Many Requests";
      case 500 -> "Internal Server Error";
      case 502 -> "Bad Gateway";
      case 503 -> "Service Unavailable";
      case 504 -> "Gateway Timeout";
      default -> status < 300 ? "OK" : status < 500 ? "Client Error" : "Server Error";
    };
  }

  private static JsonNode parse(String text) {
    if (text == null || text.isBlank()) {
      return MissingNode.getInstance();
    }
    try {
      return Json.mapper().readTree(text);
    } catch (Exception e) {
      return MissingNode.getInstance();
    }
  }
}
