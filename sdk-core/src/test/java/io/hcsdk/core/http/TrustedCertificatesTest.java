package io.hcsdk.core.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.hcsdk.core.ClientConfig;
import io.hcsdk.core.auth.TokenCredentials;
import java.io.InputStream;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** Certificates the caller trusts are added to the platform's authorities, never instead of them. */
class TrustedCertificatesTest {

  @Test
  void aClientTheSdkBuildsTrustsTheCallersCertificatesBesideThePlatformAuthorities() throws Exception {
    X509Certificate own = selfSigned();
    ClientConfig config = base().trustedCertificates(own).build();

    try (HttpPipeline pipeline = new HttpPipeline(config)) {
      X509Certificate[] trusted = pipeline.httpClient().x509TrustManager().getAcceptedIssuers();
      assertThat(trusted).contains(own);
      assertThat(trusted.length).as("the platform's authorities are kept").isGreaterThan(10);
    }
  }

  @Test
  void byDefaultOnlyThePlatformAuthoritiesAreTrusted() throws Exception {
    try (HttpPipeline pipeline = new HttpPipeline(base().build())) {
      assertThat(Arrays.asList(pipeline.httpClient().x509TrustManager().getAcceptedIssuers()))
          .doesNotContain(selfSigned());
    }
  }

  @Test
  void theCertificatesSurviveToBuilderAndAreCountedNotPrintedByToString() throws Exception {
    ClientConfig config = base().trustedCertificates(selfSigned()).build();

    assertThat(config.toBuilder().build().trustedCertificates()).containsExactly(selfSigned());
    assertThat(config.toString()).contains("trustedCertificates=1").doesNotContain("BEGIN CERTIFICATE");
  }

  private static ClientConfig.Builder base() {
    return ClientConfig.builder().region("cn-north-4").credentials(TokenCredentials.of("t"));
  }

  private static X509Certificate selfSigned() throws Exception {
    try (InputStream in = TrustedCertificatesTest.class.getResourceAsStream("/tls/self-signed.pem")) {
      return (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(in);
    }
  }
}
