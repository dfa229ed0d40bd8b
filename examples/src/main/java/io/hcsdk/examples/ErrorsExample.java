package io.hcsdk.examples;

import io.hcsdk.core.error.ApiException;
import io.hcsdk.core.error.NotFoundException;
import io.hcsdk.core.error.ServerException;
import io.hcsdk.core.validate.ValidationException;
import io.hcsdk.core.validate.Violation;
import io.hcsdk.fabric.EndpointClient;
import io.hcsdk.fabric.model.CreateEndpointRequest;
import io.hcsdk.fabric.model.EndpointType;
import io.hcsdk.fabric.model.ListEndpointsRequest;
import io.hcsdk.fabric.model.ReservedResource;
import io.hcsdk.fabric.model.ResourceDef;
import java.io.PrintStream;

/**
 * What goes wrong and how it reaches you: validation before sending, typed service errors with
 * code, message and request id, and transient failures retried by the default retry policy.
 * Runs against the embedded simulator and its fault injection.
 */
public final class ErrorsExample {
  private ErrorsExample() {}

  public static void main(String[] args) {
    run(System.out);
  }

  static void run(PrintStream out) {
    try (SimulatedFabric simulated = new SimulatedFabric()) {
      EndpointClient endpoints = simulated.fabric.endpoints();

      try {
        endpoints.create(CreateEndpointRequest.builder().name("bad/name!").type(EndpointType.JOB)
            .reservedResource(ReservedResource.builder()
                .apu(ResourceDef.builder().specCode("dpu.d1x").warmUpNum(1).maxNum(5000).build())
                .build())
            .build());
      } catch (ValidationException e) {
        for (Violation violation : e.violations()) {
          out.println("Rejected before sending: " + violation);
        }
      }

      try {
        endpoints.get("no-such-endpoint");
      } catch (NotFoundException e) {
        out.println("Not found: " + e.errorCode().orElse("-") + " " + e.errorMessage().orElse("-")
            + " (request id " + e.requestId().orElse("-") + ")");
      }

      simulated.simulator.failNext(2, 503, "<html><title>503 Service Unavailable</title></html>");
      out.println("After two 503s the list still works: "
          + endpoints.list(ListEndpointsRequest.builder().build()).items().size() + " endpoints");

      simulated.simulator.failNext(4, 500, "{\"error_code\":\"common.00000500\",\"error_msg\":\"internal error\"}");
      try {
        endpoints.list();
      } catch (ServerException e) {
        out.println("Gave up after " + e.attempts() + " attempts: " + e.getMessage());
      } catch (ApiException e) {
        out.println("Unexpected " + e);
      }
    }
  }
}
