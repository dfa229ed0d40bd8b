package io.hcsdk.bench.official;

import io.hcsdk.bench.driver.Worker;
import java.io.IOException;

/** Worker process of the loopback benchmark: {@code OfficialWorker <fabric url> aksk} (AK/SK only). */
public final class OfficialWorker {
  private OfficialWorker() {}

  public static void main(String[] args) throws IOException {
    if (args.length > 1 && !args[1].equalsIgnoreCase("aksk")) {
      throw new IllegalArgumentException("The official client is benchmarked with AK/SK only, not " + args[1]);
    }
    Worker.serve(() -> OfficialCalls.create(args[0]));
  }
}
