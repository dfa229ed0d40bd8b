/**
 * The cloud simulator users test against: Fabric, Fabric EP, ModelArts and IAM on local ports, driven by
 * the services' specs, with fault injection, request recording, virtual time and a JUnit 5 extension.
 */
module io.hcsdk.testing {
  requires transitive io.hcsdk.core;
  requires transitive io.hcsdk.fabric;
  requires transitive io.hcsdk.modelarts;
  requires transitive mockwebserver3;
  requires static transitive org.junit.jupiter.api;
  requires com.fasterxml.jackson.databind;
  requires com.fasterxml.jackson.dataformat.yaml;
  requires org.slf4j;
  requires java.logging; // quiets MockWebServer's own java.util.logging output

  exports io.hcsdk.testing;
}
