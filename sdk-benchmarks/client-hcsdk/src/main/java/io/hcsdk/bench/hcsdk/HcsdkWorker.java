package io.hcsdk.bench.hcsdk;

import io.hcsdk.bench.driver.Auth;
import io.hcsdk.bench.driver.Worker;
import java.io.IOException;
import java.util.Optional;

/** Worker process of the loopback benchmark: {@code HcsdkWorker <fabric url> <token|aksk>}. */
public final class HcsdkWorker {
  private HcsdkWorker() {}

  public static void main(String[] args) throws IOException {
    Worker.serve(() -> HcsdkCalls.create(args[0], Auth.parse(args[1]), Optional.empty()));
  }
}
