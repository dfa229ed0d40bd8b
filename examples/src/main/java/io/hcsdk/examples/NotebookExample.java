package io.hcsdk.examples;

import io.hcsdk.modelarts.DevEnvClient;
import io.hcsdk.modelarts.DevEnvHandle;
import io.hcsdk.modelarts.ModelArtsClient;
import io.hcsdk.modelarts.model.devenv.CreateDevEnvInstanceRequest;
import io.hcsdk.modelarts.model.devenv.DevEnvAutoStopInput;
import io.hcsdk.modelarts.model.devenv.DevEnvInstance;
import io.hcsdk.modelarts.model.devenv.DevEnvSpecInput;
import io.hcsdk.modelarts.model.devenv.DevEnvStorageInput;
import io.hcsdk.modelarts.model.devenv.DevEnvStorageLocationInput;
import io.hcsdk.modelarts.model.devenv.DevEnvStorageType;
import io.hcsdk.modelarts.model.devenv.DevEnvWorkspace;
import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * A ModelArts notebook (dev-env instance): create it from the document's example and watch it start,
 * stop it and wait, delete it and wait until it is gone.
 *
 * <p>Environment or embedded simulator as {@link Quickstart} explains; needs
 * {@code HUAWEICLOUD_SDK_PROJECT_ID} against the cloud. The flavor and image profile are the document's;
 * pass others as the first two arguments ({@code FLAVOR PROFILE_ID}) where those are not offered.
 */
public final class NotebookExample {
  private NotebookExample() {}

  public static void main(String[] args) {
    Example.main("NotebookExample", args, NotebookExample::run);
  }

  static int run(String[] args, Map<String, String> env, PrintStream out, PrintStream err) {
    return Example.run("NotebookExample", args, env, b -> b, out, err, NotebookExample::run);
  }

  static void run(ExampleCloud cloud, String[] args, PrintStream out) {
    ModelArtsClient modelArts = cloud.modelArts();
    DevEnvClient devEnvs = modelArts.devEnvs();
    String flavor = args.length > 0 ? args[0] : "modelarts.kat1.xlarge";
    String profile = args.length > 1 ? args[1] : "Ascend-Power-Engine 1.0(python3)";
    String name = "notebook-" + UUID.randomUUID().toString().substring(0, 8);

    out.println("Creating notebook " + name + " in project " + modelArts.projectId());
    DevEnvHandle created = devEnvs.create(CreateDevEnvInstanceRequest.builder()
        .name(name)
        .description("created by the hcsdk NotebookExample")
        .profileId(profile)
        .flavor(flavor)
        .spec(DevEnvSpecInput.builder()
            .storage(DevEnvStorageInput.builder().type(DevEnvStorageType.OBS)
                .location(DevEnvStorageLocationInput.builder().path("/hcsdk-examples/notebook/").build())
                .build())
            .autoStop(DevEnvAutoStopInput.builder().enable(true).duration(3600).build())
            .build())
        .workspace(DevEnvWorkspace.builder().id("0").build())
        .build());
    String id = created.id();
    DevEnvInstance running = created.waitUntilRunning(Progress.printer(out, "notebook " + id));

    out.println("Stopping it");
    Instant start = cloud.config().clock().instant();
    DevEnvInstance stopped = devEnvs.stop(id).waitUntilStopped();
    out.println("  " + Progress.elapsed(Duration.between(start, cloud.config().clock().instant())) + "  notebook "
        + id + " is " + stopped.status().orElseThrow());

    out.println("Deleting it");
    devEnvs.delete(id).waitUntilDeleted();
    out.println("Final state: notebook " + id + " was " + running.status().orElseThrow() + ", then "
        + stopped.status().orElseThrow() + ", now deleted");
  }
}
