package io.hcsdk.core.error;

import io.hcsdk.core.HcException;

/**
 * No HTTP answer: refused, reset, timed out, TLS or DNS failure. {@link #mayHaveReachedServer()}
 * tells whether the server may have acted on the request (false only when the failure happened
 * before the request was sent, so a retry cannot duplicate anything).
 */
public class TransportException extends HcException {
  private final boolean mayHaveReachedServer;
  private final int attempts;

  public TransportException(String message, Throwable cause, boolean mayHaveReachedServer, int attempts) {
    super(message + (mayHaveReachedServer ? " (the request may have reached the server)"
        : " (the request was not sent)") + ", after " + attempts + " attempt(s)", cause);
    this.mayHaveReachedServer = mayHaveReachedServer;
    this.attempts = attempts;
  }

  public boolean mayHaveReachedServer() {
    return mayHaveReachedServer;
  }

  public int attempts() {
    return attempts;
  }
}
