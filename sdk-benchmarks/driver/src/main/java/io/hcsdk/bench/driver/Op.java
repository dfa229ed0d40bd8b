package io.hcsdk.bench.driver;

/** The two calls measured. */
public enum Op {
  SHOW("ShowEndpoint"),
  CREATE("CreateEndpoint");

  private final String operation;

  Op(String operation) {
    this.operation = operation;
  }

  /** The documented operation name. */
  public String operation() {
    return operation;
  }
}
