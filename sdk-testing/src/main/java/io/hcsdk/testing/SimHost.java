package io.hcsdk.testing;

/** The two API gateways the simulator stands in for; each runs on its own port. */
public enum SimHost {
  /** {@code fabric.{region}.myhuaweicloud.com}: endpoints. */
  FABRIC,
  /** {@code fabric-ep.{region}.myhuaweicloud.com}: service instances. */
  FABRIC_EP
}
