package io.hcsdk.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hcsdk.core.ClientConfig;
import io.hcsdk.core.error.TransportException;
import io.hcsdk.fabric.FabricClient;
import java.io.InputStream;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509TrustManager;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.Test;

/** Served over HTTPS with a self-signed certificate, the simulator is trusted only when the caller says so. */
class HttpsTest {
  private static final char[] PASSWORD = "changeit".toCharArray();

  @Test
  void aSelfSignedSimulatorIsRefusedUnlessTheCallerTrustsItsCertificate() throws Exception {
    KeyStore keys = KeyStore.getInstance("PKCS12");
    try (InputStream in = HttpsTest.class.getResourceAsStream("/tls/simulator.p12")) {
      keys.load(in, PASSWORD);
    }
    KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
    kmf.init(keys, PASSWORD);
    SSLContext server = SSLContext.getInstance("TLS");
    server.init(kmf.getKeyManagers(), null, null);

    try (CloudSimulator sim = CloudSimulator.builder().virtualTime().https(server.getSocketFactory()).start()) {
      ClientConfig base = sim.clientConfig(AuthMode.TOKEN);
      assertThat(sim.fabricUrl()).startsWith("https://127.0.0.1:");
      try (FabricClient byDefault = FabricClient.builder().config(base.toBuilder()
          .httpClient(new OkHttpClient()).build()).build()) {
        assertThatThrownBy(() -> byDefault.endpoints().list()).isInstanceOf(TransportException.class);
      }

      KeyStore trusted = KeyStore.getInstance("PKCS12");
      trusted.load(null, null);
      trusted.setCertificateEntry("simulator", (X509Certificate) keys.getCertificate("simulator"));
      TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
      tmf.init(trusted);
      SSLContext client = SSLContext.getInstance("TLS");
      client.init(null, tmf.getTrustManagers(), null);
      OkHttpClient trusting = new OkHttpClient.Builder()
          .sslSocketFactory(client.getSocketFactory(), (X509TrustManager) tmf.getTrustManagers()[0]).build();
      try (FabricClient withTrust = FabricClient.builder().config(base.toBuilder().httpClient(trusting).build())
          .build()) {
        assertThat(withTrust.endpoints().list().items()).isEmpty();
      }
    }
  }
}
