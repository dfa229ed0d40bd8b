package io.hcsdk.core.internal;

import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.util.List;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocketFactory;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509TrustManager;

/**
 * TLS that trusts the platform's certificate authorities plus some of the caller's (a corporate proxy's
 * CA, a test server's self-signed certificate). Only the trust store changes: certificate chains and host
 * names are verified exactly as by default.
 */
public final class TlsTrust {
  /** What OkHttp needs to use the trust: the socket factory and the trust manager behind it. */
  public record Trust(SSLSocketFactory socketFactory, X509TrustManager trustManager) {}

  private TlsTrust() {}

  public static Trust platformPlus(List<X509Certificate> extra) {
    try {
      KeyStore store = KeyStore.getInstance(KeyStore.getDefaultType());
      store.load(null, null);
      int n = 0;
      for (X509Certificate authority : trustManager(null).getAcceptedIssuers()) {
        store.setCertificateEntry("platform-" + n++, authority);
      }
      for (X509Certificate certificate : extra) {
        store.setCertificateEntry("caller-" + n++, certificate);
      }
      X509TrustManager manager = trustManager(store);
      SSLContext context = SSLContext.getInstance("TLS");
      context.init(null, new TrustManager[] {manager}, null);
      return new Trust(context.getSocketFactory(), manager);
    } catch (GeneralSecurityException | IOException e) {
      throw new IllegalStateException("Cannot set up TLS with the trusted certificates: " + e.getMessage(), e);
    }
  }

  /** The trust manager of {@code store} ({@code null}: the platform's default trust store). */
  private static X509TrustManager trustManager(KeyStore store) throws GeneralSecurityException {
    TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
    factory.init(store);
    for (TrustManager manager : factory.getTrustManagers()) {
      if (manager instanceof X509TrustManager x509) {
        return x509;
      }
    }
    throw new GeneralSecurityException("No X509TrustManager from " + factory.getAlgorithm());
  }
}
