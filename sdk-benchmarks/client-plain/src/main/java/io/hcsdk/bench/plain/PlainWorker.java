package io.hcsdk.bench.plain;

import io.hcsdk.bench.driver.Auth;
import io.hcsdk.bench.driver.Worker;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;

/** Worker process of the loopback benchmark: {@code PlainWorker <fabric url> <token|aksk>}. */
public final class PlainWorker {
  private PlainWorker() {}

  public static void main(String[] args) throws IOException {
    Worker.serve(() -> {
      try {
        return PlainCalls.create(args[0], Auth.parse(args[1]), Optional.empty());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
  }
}
