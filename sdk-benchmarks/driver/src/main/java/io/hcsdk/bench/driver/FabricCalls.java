package io.hcsdk.bench.driver;

/**
 * One client's way of making the two measured calls, the way its users write them. Thread-safe:
 * the loop calls it from many threads at once. Each call returns what the client returns, so that
 * nothing is measured that a user would not pay for, and nothing skipped that they would.
 */
public interface FabricCalls extends AutoCloseable {
  /** ShowEndpoint of {@link Fixture#ENDPOINT_ID}. */
  Object showEndpoint() throws Exception;

  /** CreateEndpoint with the documented request body. */
  Object createEndpoint() throws Exception;

  default Object call(Op op) throws Exception {
    return op == Op.SHOW ? showEndpoint() : createEndpoint();
  }

  @Override
  default void close() {}
}
