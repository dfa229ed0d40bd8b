package io.hcsdk.testing;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import mockwebserver3.SocketEffect;
import okio.ByteString;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The simulated API gateway: record, inject faults, route (unknown API → APIG.0101), authenticate
 * (→ APIG.1002), then hand the call to a store under the one state lock. Routing comes before
 * authentication because a gateway cannot authorise an API it does not know.
 */
final class Router {
  private static final Logger LOG = LoggerFactory.getLogger(Router.class);
  private static final String HMAC_PREFIX = "SDK-HMAC-SHA256 ";

  private final Object stateLock = new Object();
  private final EndpointStore endpoints;
  private final InstanceStore instances;
  private final FaultInjector faults = new FaultInjector();
  private final RequestLog log = new RequestLog();
  private final String requiredToken;

  Router(Clock clock, int stepsPerTransition, String requiredToken) {
    this.endpoints = new EndpointStore(clock, stepsPerTransition);
    this.instances = new InstanceStore(clock, stepsPerTransition);
    this.requiredToken = requiredToken;
  }

  FaultInjector faults() {
    return faults;
  }

  RequestLog log() {
    return log;
  }

  Optional<ObjectNode> endpoint(String ws, String id) {
    synchronized (stateLock) {
      return endpoints.snapshot(ws, id);
    }
  }

  Optional<ObjectNode> instance(String ws, String id) {
    synchronized (stateLock) {
      return instances.snapshot(ws, id);
    }
  }

  void advanceAll() {
    synchronized (stateLock) {
      endpoints.advanceAll();
      instances.advanceAll();
    }
  }

  void failCreationOf(String endpointName, String code, String message) {
    endpoints.failCreationOf(endpointName, code, message);
  }

  void failDeploymentOf(String instanceName, String code, String message) {
    instances.failDeploymentOf(instanceName, code, message);
  }

  void clearFaults() {
    faults.clear();
    endpoints.clearFailures();
    instances.clearFailures();
  }

  Dispatcher dispatcherFor(SimHost host) {
    return new Dispatcher() {
      @Override
      public MockResponse dispatch(RecordedRequest request) {
        ByteString body = request.getBody();
        CapturedRequest captured = new CapturedRequest(host, request.getMethod(), request.getUrl(),
            request.getHeaders(), body == null ? "" : body.utf8(), Ids.requestId());
        SimResponse response = handle(captured);
        LOG.debug("{} {} {} -> {} (request id {})", host, captured.method(), captured.path(),
            response.disconnect() ? "dropped" : response.status(), captured.requestId());
        return toMock(response, captured.requestId());
      }
    };
  }

  SimResponse handle(CapturedRequest req) {
    log.add(req);
    Optional<SimResponse> fault = faults.next();
    if (fault.isPresent()) {
      return fault.get();
    }
    Function<CapturedRequest, SimResponse> route = route(req);
    if (route == null) {
      return Errors.apiNotFound();
    }
    if (!authorized(req)) {
      return Errors.unauthorized();
    }
    synchronized (stateLock) {
      try {
        return route.apply(req);
      } catch (SimError e) {
        return e.response();
      } catch (RuntimeException e) {
        // A simulator bug must surface as a 500, not as a hung connection.
        LOG.debug("simulator failure on {} {}", req.method(), req.path(), e);
        return Errors.internal();
      }
    }
  }

  private boolean authorized(CapturedRequest req) {
    String authorization = req.header("Authorization");
    if (authorization != null && authorization.startsWith(HMAC_PREFIX)) {
      return true; // presence check only: verifying signatures is sdk-core's tests' job
    }
    String token = req.header("X-Auth-Token");
    if (token == null || token.isBlank()) {
      return false;
    }
    return requiredToken == null || requiredToken.equals(token);
  }

  /** The handler for this method and path on this host, or null when the gateway has no such API. */
  private Function<CapturedRequest, SimResponse> route(CapturedRequest req) {
    List<String> s = req.url().pathSegments();
    if (s.size() < 4 || !s.get(0).equals("v1") || !s.get(1).equals("workspaces") || s.get(2).isEmpty()) {
      return null;
    }
    String ws = s.get(2);
    String method = req.method();
    if (req.host() == SimHost.FABRIC && s.get(3).equals("endpoints")) {
      if (s.size() == 4) {
        return switch (method) {
          case "POST" -> r -> inWorkspace(ws, () -> endpoints.create(ws, r.body()));
          case "GET" -> r -> inWorkspace(ws, () -> endpoints.list(ws, r.url(), instances::endpointsServing));
          default -> null;
        };
      }
      if (s.size() == 5 && !s.get(4).isEmpty()) {
        String id = s.get(4);
        return switch (method) {
          case "GET" -> r -> inWorkspace(ws, () -> endpoints.show(ws, id, r.url()));
          case "PUT" -> r -> inWorkspace(ws, () -> endpoints.update(ws, id, r.body()));
          case "DELETE" -> r -> inWorkspace(ws, () -> deleteEndpoint(ws, id, r));
          default -> null;
        };
      }
    }
    if (req.host() == SimHost.FABRIC_EP && s.size() >= 5 && s.get(3).equals("services")
        && s.get(4).equals("instances")) {
      if (s.size() == 5) {
        return switch (method) {
          case "POST" -> r -> inWorkspace(ws, () -> instances.deploy(ws, r.body(), endpoints::acceptsInstances));
          case "GET" -> r -> inWorkspace(ws, () -> instances.list(ws, r.url()));
          default -> null;
        };
      }
      if (s.size() == 6 && !s.get(5).isEmpty()) {
        String id = s.get(5);
        return switch (method) {
          case "GET" -> r -> inWorkspace(ws, () -> instances.show(ws, id));
          case "PUT" -> r -> inWorkspace(ws,
              () -> instances.update(ws, id, r.body(), endpoints::acceptsInstances));
          case "DELETE" -> r -> inWorkspace(ws, () -> instances.delete(ws, id));
          default -> null;
        };
      }
    }
    return null;
  }

  private SimResponse deleteEndpoint(String ws, String id, CapturedRequest r) {
    boolean withInstances = Params.bool(r.url(), "is_delete_app_instance").orElse(false);
    SimResponse response = endpoints.delete(ws, id);
    if (withInstances) {
      instances.deleteAllOn(ws, id);
    }
    return response;
  }

  private static SimResponse inWorkspace(String ws, Supplier<SimResponse> handler) {
    Params.checkWorkspace(ws);
    return handler.get();
  }

  private static MockResponse toMock(SimResponse response, String requestId) {
    if (response.disconnect()) {
      return new MockResponse.Builder().onResponseStart(SocketEffect.ShutdownConnection.INSTANCE).build();
    }
    MockResponse.Builder b = new MockResponse.Builder().code(response.status());
    b.setHeader("X-Request-Id", requestId);
    String body = response.body();
    if (!body.isEmpty()) {
      // Faults may carry an HTML proxy page or plain text; only JSON-looking bodies say JSON.
      String trimmed = body.stripLeading();
      boolean json = trimmed.startsWith("{") || trimmed.startsWith("[");
      b.setHeader("Content-Type", json ? "application/json;charset=UTF-8" : "text/plain;charset=UTF-8");
    }
    // Caller-given headers last, so a fault can override Content-Type or X-Request-Id.
    for (Map.Entry<String, String> h : response.headers().entrySet()) {
      b.setHeader(h.getKey(), h.getValue());
    }
    return b.body(body).build();
  }
}
