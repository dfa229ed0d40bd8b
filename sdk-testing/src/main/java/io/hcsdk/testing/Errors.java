package io.hcsdk.testing;

/** The error bodies the real gateways and Fabric send, as the documents show them. */
final class Errors {
  static final String THROTTLED_BODY = "{\"error_code\":\"APIG.0308\",\"error_msg\":\"The throttling threshold has "
      + "been reached: policy user over ratelimit,limit:20,time:1 minute\"}";

  private Errors() {}

  /** 400 as Fabric phrases input errors ("failed to read http request ..."). */
  static SimError badRequest(String reason) {
    return new SimError(SimResponse.error(400, "common.01000001",
        "failed to read http request, please check your input, code: 400, reason: " + reason));
  }

  /** 400 for a request that is well-formed but clashes with the current state. */
  static SimError invalidState(String message) {
    return new SimError(SimResponse.error(400, "common.01000001", message));
  }

  static SimError duplicateName(String kind, String name) {
    return new SimError(SimResponse.error(400, "common.01000002", kind + " name already exists: " + name));
  }

  static SimError notFound() {
    return new SimError(SimResponse.error(404, "common.01000001", "response status exception, code: 404"));
  }

  static SimResponse apiNotFound() {
    return SimResponse.error(404, "APIG.0101", "The API does not exist or has not been published in the environment");
  }

  static SimResponse unauthorized() {
    return SimResponse.error(401, "APIG.1002", "Incorrect token or token resolution failed");
  }

  static SimResponse internal() {
    return SimResponse.error(500, "common.00000500", "internal error");
  }
}
