package io.hcsdk.testing.internal;

/** Thrown by handlers to answer with an error at once; carries no stack trace (it is control flow). */
public final class SimError extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final transient SimResponse response;

  public SimError(SimResponse response) {
    super(response.status() + " " + response.body(), null, false, false);
    this.response = response;
  }

  public SimResponse response() {
    return response;
  }
}
