package io.hcsdk.core.http;

import io.hcsdk.core.internal.Redactor;
import java.io.IOException;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import okhttp3.HttpUrl;
import okhttp3.Request;
import okhttp3.Response;

/**
 * What one call tells about its attempts: DEBUG lines, redacted TRACE dumps, and one
 * {@link CallEvent} per attempt to the config's {@link CallListener}. Nothing here carries a
 * secret: headers and bodies go through the redactor, events carry no headers, query or message.
 */
final class AttemptLog {
  private final ApiRequest request;
  private final HttpUrl url;
  private final CallListener listener;

  AttemptLog(ApiRequest request, HttpUrl url, CallListener listener) {
    this.request = request;
    this.url = url;
    this.listener = listener;
  }

  /** Hands {@code event} to the listener; what the listener throws is logged and ignored. */
  void report(CallEvent event) {
    try {
      listener.onAttempt(event);
    } catch (RuntimeException e) {
      // Not the exception itself at WARN: its message is the listener's, and we vouch for no secrets.
      HttpPipeline.LOG.warn("The call listener {} threw {} on attempt {} of {}; ignored",
          listener.getClass().getName(), e.getClass().getName(), event.attempt(), event.operation());
      HttpPipeline.LOG.debug("The call listener's exception", e);
    }
  }

  void request(Request built, byte[] body) {
    if (HttpPipeline.LOG.isTraceEnabled()) {
      HttpPipeline.LOG.trace("request {} {}\n{}{}", built.method(), built.url(), Redactor.headers(built.headers()),
          body == null ? "" : Redactor.json(new String(body, StandardCharsets.UTF_8)));
    }
  }

  void answer(Response response, byte[] bytes, int attempt, long startNanos) {
    if (HttpPipeline.LOG.isDebugEnabled()) {
      String requestId = response.header("X-Request-Id");
      HttpPipeline.LOG.debug("{} {} -> {} in {} ms (attempt {}, request id {})", request.method(),
          url.encodedPath(), response.code(), elapsedMillis(startNanos), attempt, requestId == null ? "-" : requestId);
    }
    if (HttpPipeline.LOG.isTraceEnabled()) {
      HttpPipeline.LOG.trace("response {} {}\n{}{}", response.code(), response.request().url().encodedPath(),
          Redactor.headers(response.headers()), Redactor.json(Redactor.withoutSentCredentials(
              new String(bytes, StandardCharsets.UTF_8), response.request().headers())));
    }
  }

  void failure(IOException failure, int attempt, long startNanos) {
    if (HttpPipeline.LOG.isDebugEnabled()) {
      HttpPipeline.LOG.debug("{} {} -> {} after {} ms (attempt {})", request.method(), url.encodedPath(),
          failureKind(failure), elapsedMillis(startNanos), attempt);
    }
  }

  /** For messages and logs: the kind and OkHttp's message. */
  static String failureKind(IOException failure) {
    if (isTimeout(failure)) {
      return "timeout (" + failure.getMessage() + ")";
    }
    return failure.getClass().getSimpleName() + (failure.getMessage() == null ? "" : ": " + failure.getMessage());
  }

  /** For events: the kind only, never the message (which may name hosts or echo input). */
  static String eventFailureKind(IOException failure) {
    return isTimeout(failure) ? "timeout" : failure.getClass().getSimpleName();
  }

  private static boolean isTimeout(IOException failure) {
    return failure instanceof SocketTimeoutException || "timeout".equals(failure.getMessage());
  }

  private static long elapsedMillis(long startNanos) {
    return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - startNanos);
  }
}
