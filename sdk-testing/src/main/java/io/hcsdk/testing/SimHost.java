package io.hcsdk.testing;

import io.hcsdk.core.ClientConfig;
import java.util.Arrays;

/** The hosts the simulator stands in for; embedded, each has its own port, standalone they share one. */
public enum SimHost {
  /** {@code fabric.{region}.myhuaweicloud.com}: endpoints. */
  FABRIC(ClientConfig.FABRIC),
  /** {@code fabric-ep.{region}.myhuaweicloud.com}: service instances. */
  FABRIC_EP(ClientConfig.FABRIC_EP),
  /** {@code modelarts.{region}.myhuaweicloud.com}. */
  MODELARTS(ClientConfig.MODELARTS),
  /** {@code iam.{region}.myhuaweicloud.com}: {@code POST /v3/auth/tokens}. */
  IAM(ClientConfig.IAM);

  private final String key;

  SimHost(String key) {
    this.key = key;
  }

  /** The service key of {@link ClientConfig#endpoint(String)} ({@code fabric}, {@code fabric-ep}, ...). */
  public String key() {
    return key;
  }

  static SimHost of(String key) {
    return Arrays.stream(values()).filter(h -> h.key.equals(key)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("No simulated host " + key));
  }
}
