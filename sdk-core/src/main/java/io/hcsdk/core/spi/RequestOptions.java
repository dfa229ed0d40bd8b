package io.hcsdk.core.spi;

import io.hcsdk.core.http.ApiRequest;
import java.time.Duration;
import java.util.Optional;

/** Carries an operation's idempotency and a call's own timeout onto the request. */
final class RequestOptions {
  private RequestOptions() {}

  static void apply(ApiRequest.Builder builder, boolean idempotent, Optional<Duration> timeout) {
    builder.idempotent(idempotent);
    timeout.ifPresent(builder::callTimeout);
  }
}
