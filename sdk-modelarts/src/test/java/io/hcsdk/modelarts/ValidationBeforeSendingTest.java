package io.hcsdk.modelarts;

import static io.hcsdk.modelarts.model.Examples.example;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hcsdk.core.validate.ValidationException;
import io.hcsdk.modelarts.model.apig.ListApigAppsRequest;
import io.hcsdk.modelarts.model.cluster.ListClustersRequest;
import io.hcsdk.modelarts.model.devenv.CreateDevEnvInstanceRequest;
import io.hcsdk.modelarts.model.devenv.DevEnvType;
import io.hcsdk.modelarts.model.devenv.ListDevEnvInstancesRequest;
import io.hcsdk.modelarts.model.devenv.UpdateDevEnvInstanceRequest;
import io.hcsdk.modelarts.model.service.CreateServiceRequest;
import io.hcsdk.modelarts.model.tag.CreateNotebookTagsRequest;
import io.hcsdk.modelarts.model.workflow.ListWorkflowsRequest;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A request breaking a documented constraint never leaves the process: the blocking call throws a
 * {@link ValidationException} naming the field path, the {@code Async} one fails its future with it,
 * and the server sees nothing.
 */
class ValidationBeforeSendingTest extends MockModelArts {
  private static final CreateDevEnvInstanceRequest BAD_DEV_ENV =
      example("modelarts-create-devenv.request.json", CreateDevEnvInstanceRequest.class).toBuilder()
          .name("notebook d115").build();
  private static final CreateServiceRequest BAD_SERVICE =
      example("modelarts-create-service.request-1-real-time.json", CreateServiceRequest.class).toBuilder()
          .config(List.of()).build();

  static Stream<Arguments> badCalls() {
    return Stream.of(
        bad("CreateDevEnvInstance", "name", p -> () -> p.devEnvs().create(BAD_DEV_ENV),
            p -> p.devEnvs().createAsync(BAD_DEV_ENV)),
        bad("UpdateDevEnvInstance", "description", p -> () -> p.devEnvs().update("DE-1", badUpdate()),
            p -> p.devEnvs().updateAsync("DE-1", badUpdate())),
        bad("ListDevEnvInstances", "limit", p -> () -> p.devEnvs().list(badDevEnvQuery()),
            p -> p.devEnvs().listAsync(badDevEnvQuery())),
        bad("CreateService", "config", p -> () -> p.services().create(BAD_SERVICE),
            p -> p.services().createAsync(BAD_SERVICE)),
        bad("ListClusters", "offset", p -> () -> p.clusters().list(ListClustersRequest.builder().offset(-1).build()),
            p -> p.clusters().listAsync(ListClustersRequest.builder().offset(-1).build())),
        bad("ListApigApps", "offset", p -> () -> p.appAuth().apps().list(ListApigAppsRequest.builder().offset(-1)
            .build()), p -> p.appAuth().apps().listAsync(ListApigAppsRequest.builder().offset(-1).build())),
        bad("ListWorkflows", "limit", p -> () -> p.workflows().list(ListWorkflowsRequest.builder().limit(-1).build()),
            p -> p.workflows().listAsync(ListWorkflowsRequest.builder().limit(-1).build())),
        bad("CreateNotebookTags", "tags", p -> () -> {
          p.notebookTags().create("nb-1", CreateNotebookTagsRequest.builder().build());
          return null;
        }, p -> p.notebookTags().createAsync("nb-1", CreateNotebookTagsRequest.builder().build())));
  }

  private static UpdateDevEnvInstanceRequest badUpdate() {
    return UpdateDevEnvInstanceRequest.builder().description("<script>").build();
  }

  private static ListDevEnvInstancesRequest badDevEnvQuery() {
    return ListDevEnvInstancesRequest.builder().deType(DevEnvType.NOTEBOOK).limit(-1).build();
  }

  private static Arguments bad(String operation, String path, Function<ModelArtsProject, Supplier<?>> sync,
      Function<ModelArtsProject, CompletableFuture<?>> async) {
    return Arguments.of(operation, path, sync, async);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badCalls")
  void nothingIsSent(String operation, String path, Function<ModelArtsProject, Supplier<?>> sync,
      Function<ModelArtsProject, CompletableFuture<?>> async) {
    assertThatThrownBy(() -> sync.apply(modelarts).get()).isInstanceOfSatisfying(ValidationException.class,
        e -> assertThat(e.violations()).extracting(violation -> violation.path()).containsExactly(path));
    CompletableFuture<?> future = async.apply(modelarts);
    assertThatThrownBy(() -> future.get(5, TimeUnit.SECONDS)).isInstanceOf(ExecutionException.class)
        .hasCauseInstanceOf(ValidationException.class);
    assertThat(server.getRequestCount()).isZero();
  }
}
