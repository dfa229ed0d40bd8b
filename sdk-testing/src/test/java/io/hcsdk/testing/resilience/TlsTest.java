package io.hcsdk.testing.resilience;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.hcsdk.core.ClientConfig;
import io.hcsdk.core.error.TransportException;
import io.hcsdk.fabric.FabricClient;
import io.hcsdk.modelarts.ModelArtsClient;
import io.hcsdk.testing.AuthMode;
import io.hcsdk.testing.CloudSimulator;
import io.hcsdk.testing.SimHost;
import java.io.InputStream;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.util.List;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLHandshakeException;
import javax.net.ssl.SSLPeerUnverifiedException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * TLS is verified by default: a simulator serving HTTPS with a self-signed certificate is refused by a
 * client the SDK builds itself, is trusted once the caller names its certificate, and is still refused
 * when the trusted certificate was issued for another host name. Nothing reaches the simulator when
 * the handshake fails. IAM token requests go through the same verification.
 */
@Resilience
class TlsTest {
  private static final char[] PASSWORD = "changeit".toCharArray();

  enum Service { FABRIC, MODELARTS }

  @ParameterizedTest
  @EnumSource(Service.class)
  void aSelfSignedServerIsRefusedByDefault(Service service) throws Exception {
    KeyStore keys = keyStore("/tls/simulator.p12");
    try (CloudSimulator sim = https(keys)) {
      RuntimeException e = Sentinels.typed(catchThrowable(() -> call(service, sim, AuthMode.AKSK, List.of())));

      assertThat(e).isInstanceOf(TransportException.class);
      assertThat(causes(e)).anyMatch(SSLHandshakeException.class::isInstance);
      assertThat(sim.requestCount()).isZero();
    }
  }

  @ParameterizedTest
  @EnumSource(Service.class)
  void anIamTokenRequestToAnUntrustedServerIsRefused(Service service) throws Exception {
    KeyStore keys = keyStore("/tls/simulator.p12");
    try (CloudSimulator sim = https(keys)) {
      RuntimeException e = Sentinels.typed(catchThrowable(() -> call(service, sim, AuthMode.IAM, List.of())));

      assertThat(e).isInstanceOf(io.hcsdk.core.HcException.class);
      assertThat(causes(e)).anyMatch(SSLHandshakeException.class::isInstance);
      assertThat(sim.requestCount()).isZero();
    }
  }

  @ParameterizedTest
  @EnumSource(Service.class)
  void theServerIsTrustedOnceTheCallerSuppliesItsCertificate(Service service) throws Exception {
    KeyStore keys = keyStore("/tls/simulator.p12");
    try (CloudSimulator sim = https(keys)) {
      for (AuthMode mode : AuthMode.values()) {
        assertThat(call(service, sim, mode, List.of(certificate(keys)))).as("%s over HTTPS", mode).isTrue();
      }
      Sims.learnIssuedTokens(sim);
      assertThat(sim.requests().all()).isNotEmpty().allSatisfy(r -> assertThat(r.url().isHttps()).isTrue());
    }
  }

  @ParameterizedTest
  @EnumSource(Service.class)
  void aTrustedCertificateForAnotherHostNameIsRefused(Service service) throws Exception {
    KeyStore keys = keyStore("/resilience/tls/wrong-host.p12");
    try (CloudSimulator sim = https(keys)) {
      RuntimeException e = Sentinels.typed(catchThrowable(
          () -> call(service, sim, AuthMode.TOKEN, List.of(certificate(keys)))));

      assertThat(e).isInstanceOf(TransportException.class);
      assertThat(causes(e)).anyMatch(SSLPeerUnverifiedException.class::isInstance);
      assertThat(sim.requestCount()).isZero();
    }
  }

  /** One read call on a client the SDK builds (and owns) itself; true when it succeeded. */
  private static boolean call(Service service, CloudSimulator sim, AuthMode mode, List<X509Certificate> trusted) {
    ClientConfig.Builder config = ClientConfig.builder().region("cn-north-4")
        .workspaceId(sim.account().workspaceId()).projectId(sim.account().projectId())
        .credentials(sim.credentials(mode)).trustedCertificates(trusted);
    for (SimHost host : SimHost.values()) {
      config.endpoint(host.key(), sim.url(host));
    }
    if (service == Service.FABRIC) {
      try (FabricClient fabric = FabricClient.builder().config(config.build()).build()) {
        return Sentinels.inspect(fabric.endpoints().list()).items().isEmpty();
      }
    }
    try (ModelArtsClient modelArts = ModelArtsClient.builder().config(config.build()).build()) {
      return Sentinels.inspect(modelArts.devEnvs().list()).items().isEmpty();
    }
  }

  private static CloudSimulator https(KeyStore keys) throws Exception {
    KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
    kmf.init(keys, PASSWORD);
    SSLContext server = SSLContext.getInstance("TLS");
    server.init(kmf.getKeyManagers(), null, null);
    // Real time: the client signs with the system clock, as a client built without the simulator does.
    return Sims.builder().clock(Clock.systemUTC()).https(server.getSocketFactory()).start();
  }

  private static KeyStore keyStore(String resource) throws Exception {
    KeyStore keys = KeyStore.getInstance("PKCS12");
    try (InputStream in = TlsTest.class.getResourceAsStream(resource)) {
      keys.load(in, PASSWORD);
    }
    return keys;
  }

  private static X509Certificate certificate(KeyStore keys) throws Exception {
    return (X509Certificate) keys.getCertificate("simulator");
  }

  private static List<Throwable> causes(Throwable t) {
    List<Throwable> all = new java.util.ArrayList<>();
    for (Throwable c = t; c != null; c = c.getCause()) {
      all.add(c);
    }
    return all;
  }
}
