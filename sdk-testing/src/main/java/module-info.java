/** The embedded cloud simulator users test against, its fault injection and JUnit 5 extension. */
module io.hcsdk.testing {
  requires transitive io.hcsdk.core;
  requires transitive mockwebserver3;
  requires transitive org.junit.jupiter.api;
  requires com.fasterxml.jackson.databind;
  requires org.slf4j;
  requires java.logging; // quiets MockWebServer's own java.util.logging output

  exports io.hcsdk.testing;
}
