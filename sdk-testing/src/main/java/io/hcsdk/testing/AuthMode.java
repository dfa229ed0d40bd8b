package io.hcsdk.testing;

/** How a client the simulator makes for you authenticates; the simulator accepts all three. */
public enum AuthMode {
  /** {@code X-Auth-Token} with a token the simulator knows. */
  TOKEN,
  /** {@code SDK-HMAC-SHA256} signatures with the simulator's registered AK/SK pair. */
  AKSK,
  /** An IAM user and password: the client fetches a token from the simulator's {@code POST /v3/auth/tokens}. */
  IAM
}
