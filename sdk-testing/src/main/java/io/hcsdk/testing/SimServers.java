package io.hcsdk.testing;

import io.hcsdk.core.ClientConfig;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.time.Duration;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import mockwebserver3.MockWebServer;
import okhttp3.Dispatcher;
import okhttp3.OkHttpClient;
import okhttp3.Request;

/**
 * The simulator's sockets, and the HTTP client it lends to clients it wires: one local server per host
 * (so a call sent to the wrong host meets the gateway's {@code APIG.0101}, as in the cloud), or one
 * server for every host on a chosen port (standalone: Fabric, Fabric EP, ModelArts and IAM paths do not
 * overlap). The lent client asks the gateway for refusal faults before sending, and its dispatcher tells
 * the virtual scheduler whether a call is in flight.
 */
final class SimServers implements AutoCloseable {
  // MockWebServer logs every exchange at INFO through java.util.logging; a polling test would flood the
  // console. Held in a field because JUL keeps loggers weakly and would drop the level.
  private static final Logger ENGINE_LOG = quietEngineLog();

  private final Map<SimHost, MockWebServer> servers = new EnumMap<>(SimHost.class);
  private final Map<Integer, Set<SimHost>> hostsByPort = new java.util.HashMap<>();
  private final Dispatcher dispatcher = new Dispatcher();
  private final OpenConnections connections = new OpenConnections();
  private final OkHttpClient httpClient;
  private final SimGateway gateway;
  private final String urlHost;
  private final String scheme;

  SimServers(SimGateway gateway, String bindAddress, Optional<Integer> singlePort,
      Optional<javax.net.ssl.SSLSocketFactory> tls) {
    this.gateway = gateway;
    // A server on every interface is still reached, and printed, as the loopback address.
    this.urlHost = bindAddress.equals("0.0.0.0") || bindAddress.equals("::") ? "127.0.0.1" : bindAddress;
    this.scheme = tls.isPresent() ? "https" : "http";
    try {
      InetAddress address = InetAddress.getByName(bindAddress);
      if (singlePort.isPresent()) {
        MockWebServer server = server(EnumSet.allOf(SimHost.class), SimHost.FABRIC);
        tls.ifPresent(server::useHttps);
        server.start(address, singlePort.get());
        for (SimHost host : SimHost.values()) {
          servers.put(host, server);
        }
        hostsByPort.put(server.getPort(), EnumSet.allOf(SimHost.class));
      } else {
        for (SimHost host : SimHost.values()) {
          MockWebServer server = server(EnumSet.of(host), host);
          tls.ifPresent(server::useHttps);
          server.start(address, 0);
          servers.put(host, server);
          hostsByPort.put(server.getPort(), EnumSet.of(host));
        }
      }
    } catch (IOException e) {
      close();
      throw new UncheckedIOException("Could not start the simulator", e);
    }
    dispatcher.setMaxRequests(ClientConfig.DEFAULT_MAX_REQUESTS);
    dispatcher.setMaxRequestsPerHost(ClientConfig.DEFAULT_MAX_REQUESTS_PER_HOST);
    this.httpClient = new OkHttpClient.Builder()
        .dispatcher(dispatcher)
        .addInterceptor(chain -> {
          Request request = chain.request();
          Optional<IOException> refused = gateway.refusal(request, hostsOf(request.url().port()));
          if (refused.isPresent()) {
            throw refused.get();
          }
          return chain.proceed(request);
        })
        .build();
  }

  private MockWebServer server(Set<SimHost> hosts, SimHost portHost) {
    MockWebServer server = new MockWebServer();
    server.setDispatcher(gateway.dispatcherFor(hosts, portHost));
    server.setServerSocketFactory(new NoDelayServerSockets(connections));
    return server;
  }

  String url(SimHost host) {
    return scheme + "://" + urlHost + ":" + servers.get(host).getPort();
  }

  OkHttpClient httpClient() {
    return httpClient;
  }

  /** Whether a call of the lent client or a request in the server is under way. */
  boolean busy() {
    return dispatcher.runningCallsCount() > 0 || dispatcher.queuedCallsCount() > 0 || gateway.inFlight() > 0;
  }

  /** Connections the servers accepted that are still open (any client's). */
  int openConnections() {
    return connections.count();
  }

  /** Waits until every accepted connection closed; false when {@code timeout} passed first. */
  boolean awaitConnectionsClosed(Duration timeout) throws InterruptedException {
    return connections.awaitNone(timeout);
  }

  private Set<SimHost> hostsOf(int port) {
    return hostsByPort.getOrDefault(port, EnumSet.noneOf(SimHost.class));
  }

  @Override
  public void close() {
    for (MockWebServer server : Set.copyOf(servers.values())) {
      server.close();
    }
    if (httpClient != null) {
      dispatcher.cancelAll();
      dispatcher.executorService().shutdown();
      httpClient.connectionPool().evictAll();
    }
  }

  private static Logger quietEngineLog() {
    Logger log = Logger.getLogger(MockWebServer.class.getName());
    if (log.getLevel() == null) { // respect a level the user configured
      log.setLevel(Level.WARNING);
    }
    return log;
  }
}
