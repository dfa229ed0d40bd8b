package io.hcsdk.examples;

import io.hcsdk.core.page.Page;
import io.hcsdk.fabric.EndpointClient;
import io.hcsdk.fabric.model.Endpoint;
import io.hcsdk.fabric.model.EndpointType;
import io.hcsdk.fabric.model.ListEndpointsRequest;
import java.io.PrintStream;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Lists without a paging loop: one page, page by page, and a lazy stream that fetches only the
 * pages it needs. Runs against the embedded simulator.
 */
public final class PagingExample {
  private PagingExample() {}

  public static void main(String[] args) {
    run(System.out);
  }

  static void run(PrintStream out) {
    try (SimulatedFabric simulated = new SimulatedFabric()) {
      EndpointClient endpoints = simulated.fabric.endpoints();
      IntStream.rangeClosed(1, 25).forEach(i -> endpoints.create(FabricRequests.rayServiceEndpoint("endpoint-" + i)));
      ListEndpointsRequest tenPerPage = ListEndpointsRequest.builder().limit(10).type(EndpointType.RAY_SERVICE).build();

      Page<Endpoint> first = endpoints.list(tenPerPage);
      out.println("First page: " + first.items().size() + " of " + first.total().orElse(-1L)
          + ", next " + first.next().map(Object::toString).orElse("none"));

      int pages = 0;
      for (Page<Endpoint> page : endpoints.paginator(tenPerPage).pages()) {
        pages++;
        out.println("Page " + pages + ": " + page.items().size() + " endpoints");
      }

      simulated.simulator.clearRequests();
      List<String> firstThree = endpoints.stream(tenPerPage).limit(3).map(e -> e.name().orElseThrow()).toList();
      out.println("First three " + firstThree + " cost " + simulated.simulator.requestCount() + " list call(s)");
      out.println("At most 12: " + endpoints.paginator(tenPerPage).maxItems(12).stream().count() + " endpoints");
    }
  }
}
