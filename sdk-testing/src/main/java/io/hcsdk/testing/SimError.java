package io.hcsdk.testing;

/** Thrown by handlers to answer with an error at once; carries no stack trace (it is control flow). */
final class SimError extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final transient SimResponse response;

  SimError(SimResponse response) {
    super(response.body(), null, false, false);
    this.response = response;
  }

  SimResponse response() {
    return response;
  }
}
