package io.hcsdk.examples;

import io.hcsdk.core.error.ApiException;
import io.hcsdk.core.error.NotFoundException;
import io.hcsdk.core.error.ServerException;
import io.hcsdk.core.validate.ValidationException;
import io.hcsdk.core.validate.Violation;
import io.hcsdk.fabric.EndpointClient;
import io.hcsdk.fabric.FabricClient;
import io.hcsdk.fabric.model.CreateEndpointRequest;
import io.hcsdk.fabric.model.EndpointType;
import io.hcsdk.fabric.model.ReservedResource;
import io.hcsdk.fabric.model.ResourceDef;
import io.hcsdk.testing.AuthMode;
import io.hcsdk.testing.CloudSimulator;
import io.hcsdk.testing.Fault;
import java.io.PrintStream;

/**
 * What goes wrong and how it reaches you: validation before sending, typed service errors with code,
 * message and request id, and transient failures retried by the default retry policy. It stages those
 * failures, so it always runs on the embedded simulator (on simulated time: the retries' backoffs cost
 * nothing).
 */
public final class ErrorsExample {
  private ErrorsExample() {}

  public static void main(String[] args) {
    run(System.out);
  }

  static void run(PrintStream out) {
    out.println("ErrorsExample stages its failures, so it runs on the embedded simulator.");
    try (CloudSimulator simulator = CloudSimulator.builder().virtualTime().start();
        FabricClient fabric = simulator.fabricClient(AuthMode.TOKEN)) {
      EndpointClient endpoints = fabric.endpoints();

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

      simulator.on("ListEndpoints").next(2, Fault.html(503));
      out.println("After two 503 pages from a proxy the list still works: "
          + endpoints.list().items().size() + " endpoints");

      simulator.on("ListEndpoints").failNext(4, 500,
          "{\"error_code\":\"common.00000500\",\"error_msg\":\"internal error\"}");
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
