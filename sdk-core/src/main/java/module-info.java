/**
 * hcsdk core: configuration, credentials, the HTTP pipeline, retries, errors, JSON, waiters,
 * paginators and validation. The service SPI and the internals are exported only to the SDK's own
 * service modules.
 */
@SuppressWarnings("module") // the qualified exports name modules built after this one
module io.hcsdk.core {
  requires transitive okhttp3;
  requires transitive com.fasterxml.jackson.databind;
  requires com.fasterxml.jackson.datatype.jsr310;
  requires com.fasterxml.jackson.datatype.jdk8;
  requires transitive org.slf4j;
  requires static org.immutables.value.annotations;

  exports io.hcsdk.core;
  exports io.hcsdk.core.auth;
  exports io.hcsdk.core.error;
  exports io.hcsdk.core.http;
  exports io.hcsdk.core.json;
  exports io.hcsdk.core.page;
  exports io.hcsdk.core.poll;
  exports io.hcsdk.core.resource;
  exports io.hcsdk.core.retry;
  exports io.hcsdk.core.validate;

  exports io.hcsdk.core.spi to io.hcsdk.fabric, io.hcsdk.modelarts, io.hcsdk.testing;
  exports io.hcsdk.core.internal to io.hcsdk.fabric, io.hcsdk.modelarts, io.hcsdk.testing;
}
