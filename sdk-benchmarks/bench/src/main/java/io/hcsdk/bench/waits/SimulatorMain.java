package io.hcsdk.bench.waits;

import io.hcsdk.bench.driver.Worker;
import io.hcsdk.testing.CapturedRequest;
import io.hcsdk.testing.FabricSimulator;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;

/**
 * The embedded Fabric simulator in a process of its own, so that the client process holds only the
 * SDK's threads. Prints {@code @@listening <fabric url>}; answers {@code polls} with
 * {@code @@polls <ShowEndpoint requests so far> <all requests so far>}; ends with its stdin.
 */
public final class SimulatorMain {
  private SimulatorMain() {}

  public static void main(String[] args) throws IOException {
    try (FabricSimulator simulator = FabricSimulator.start()) {
      System.out.println(Worker.MARK + "listening " + simulator.fabricUrl());
      System.out.flush();
      BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        if (line.trim().equals("polls")) {
          long shows = simulator.requests().stream().filter(SimulatorMain::isShow).count();
          System.out.println(Worker.MARK + "polls " + shows + " " + simulator.requestCount());
          System.out.flush();
        }
      }
    }
  }

  private static boolean isShow(CapturedRequest request) {
    return request.method().equals("GET") && request.path().matches("/v1/workspaces/[^/]+/endpoints/[^/]+");
  }
}
