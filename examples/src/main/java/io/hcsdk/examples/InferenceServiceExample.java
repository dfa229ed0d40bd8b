package io.hcsdk.examples;

import io.hcsdk.modelarts.ModelArtsClient;
import io.hcsdk.modelarts.ServiceHandle;
import io.hcsdk.modelarts.model.service.CreateServiceRequest;
import io.hcsdk.modelarts.model.service.Service;
import io.hcsdk.modelarts.model.service.ServiceConfigInput;
import io.hcsdk.modelarts.model.service.ServiceInferType;
import java.io.PrintStream;
import java.util.Map;
import java.util.UUID;

/**
 * A ModelArts real-time inference service from the document's first example, watched until it runs.
 * ModelArts' covered operations have no delete for services: stop or delete it in the console when you
 * ran this against the cloud.
 *
 * <p>Environment or embedded simulator as {@link Quickstart} explains; needs
 * {@code HUAWEICLOUD_SDK_PROJECT_ID} against the cloud, and a model id of yours as the first argument.
 */
public final class InferenceServiceExample {
  private InferenceServiceExample() {}

  public static void main(String[] args) {
    Example.main("InferenceServiceExample", args, InferenceServiceExample::run);
  }

  static int run(String[] args, Map<String, String> env, PrintStream out, PrintStream err) {
    return Example.run("InferenceServiceExample", args, env, b -> b, out, err, InferenceServiceExample::run);
  }

  static void run(ExampleCloud cloud, String[] args, PrintStream out) {
    ModelArtsClient modelArts = cloud.modelArts();
    String modelId = args.length > 0 ? args[0] : "0e07b41b-173e-42db-8c16-8e1b44cc0d44";
    String name = "mnist-" + UUID.randomUUID().toString().substring(0, 8);

    out.println("Deploying real-time service " + name + " (model " + modelId + ") in project "
        + modelArts.projectId());
    ServiceHandle created = modelArts.services().create(CreateServiceRequest.builder()
        .inferType(ServiceInferType.REAL_TIME)
        .serviceName(name)
        .description("mnist service")
        .addConfig(ServiceConfigInput.builder().specification("modelarts.vm.cpu.2u").weight(100).modelId(modelId)
            .instanceCount(1).build())
        .build());
    String id = created.id();
    Service running = created.waitUntilRunning(Progress.printer(out, "service " + id));
    out.println("Final state: service " + id + " is " + running.status().orElseThrow()
        + running.accessAddress().map(a -> " at " + a).orElse(""));
  }
}
