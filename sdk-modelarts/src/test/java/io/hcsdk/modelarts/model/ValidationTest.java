package io.hcsdk.modelarts.model;

import static io.hcsdk.modelarts.model.Examples.example;
import static io.hcsdk.modelarts.model.Examples.violations;
import static org.assertj.core.api.Assertions.assertThat;

import io.hcsdk.core.validate.Validatable;
import io.hcsdk.modelarts.model.apig.ListApiAuthsRequest;
import io.hcsdk.modelarts.model.apig.ListApigAppsRequest;
import io.hcsdk.modelarts.model.cluster.ListClustersRequest;
import io.hcsdk.modelarts.model.devenv.CreateDevEnvInstanceRequest;
import io.hcsdk.modelarts.model.devenv.DevEnvAutoStopInput;
import io.hcsdk.modelarts.model.devenv.DevEnvExtendStorageInput;
import io.hcsdk.modelarts.model.devenv.DevEnvPool;
import io.hcsdk.modelarts.model.devenv.DevEnvSpecInput;
import io.hcsdk.modelarts.model.devenv.DevEnvStorageInput;
import io.hcsdk.modelarts.model.devenv.DevEnvStorageLocationInput;
import io.hcsdk.modelarts.model.devenv.DevEnvStorageType;
import io.hcsdk.modelarts.model.devenv.DevEnvType;
import io.hcsdk.modelarts.model.devenv.DevEnvUpdateSpecInput;
import io.hcsdk.modelarts.model.devenv.ListDevEnvInstancesRequest;
import io.hcsdk.modelarts.model.devenv.UpdateDevEnvInstanceRequest;
import io.hcsdk.modelarts.model.service.CreateServiceRequest;
import io.hcsdk.modelarts.model.service.ServiceConfigInput;
import io.hcsdk.modelarts.model.service.ServiceCustomSpec;
import io.hcsdk.modelarts.model.service.ServiceSchedule;
import io.hcsdk.modelarts.model.service.ServiceScheduleTimeUnit;
import io.hcsdk.modelarts.model.tag.CreateNotebookTagsRequest;
import io.hcsdk.modelarts.model.tag.NotebookTag;
import io.hcsdk.modelarts.model.workflow.ListWorkflowsRequest;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every documented constraint, each violated once on an otherwise valid request: exactly one
 * violation, with its JSON field path and what is wrong. (That nothing is sent is
 * ValidationBeforeSendingTest's.)
 */
class ValidationTest {
  private static final CreateDevEnvInstanceRequest DEV_ENV =
      example("modelarts-create-devenv.request.json", CreateDevEnvInstanceRequest.class);

  private static CreateDevEnvInstanceRequest devEnv(UnaryOperator<CreateDevEnvInstanceRequest.Builder> change) {
    return change.apply(DEV_ENV.toBuilder()).build();
  }

  private static DevEnvSpecInput spec(DevEnvStorageInput storage, DevEnvAutoStopInput autoStop) {
    return DevEnvSpecInput.builder().storage(storage).autoStop(autoStop).build();
  }

  private static DevEnvStorageInput obs(String path) {
    return DevEnvStorageInput.builder().type(DevEnvStorageType.OBS)
        .location(DevEnvStorageLocationInput.builder().path(path).build()).build();
  }

  private static DevEnvAutoStopInput autoStop(boolean enable, Integer duration) {
    return DevEnvAutoStopInput.builder().enable(enable).duration(Optional.ofNullable(duration)).build();
  }

  private static DevEnvExtendStorageInput extend(DevEnvStorageType type, String path) {
    DevEnvExtendStorageInput.Builder builder = DevEnvExtendStorageInput.builder().type(type);
    if (path != null) {
      builder.location(DevEnvStorageLocationInput.builder().path(path).build());
    }
    return builder.build();
  }

  private static final DevEnvAutoStopInput HOUR = autoStop(true, 3600);

  static Stream<Arguments> violatedOnce() {
    String long65 = "n".repeat(65);
    return Stream.of(
        // dev-env create: name, description
        Arguments.of(devEnv(b -> b.name(long65)), "name: must be 1 to 64 characters (was 65)"),
        Arguments.of(devEnv(b -> b.name("notebook d115!")),
            "name: may contain only letters, digits, hyphens and underscores"),
        Arguments.of(devEnv(b -> b.name("")), "name: must be 1 to 64 characters (was 0)"),
        Arguments.of(devEnv(b -> b.description("d".repeat(513))), "description: must be 0 to 512 characters (was 513)"),
        Arguments.of(devEnv(b -> b.description("a/b")), "description: must not contain any of &<>\"'/"),
        Arguments.of(devEnv(b -> b.profileId(" ")), "profile_id: is required"),
        Arguments.of(devEnv(b -> b.flavor("")), "flavor: is required"),
        // auto stop
        Arguments.of(devEnv(b -> b.spec(spec(obs("/b/o/"), autoStop(true, 3599)))),
            "spec.auto_stop.duration: must be between 3600 and 86400 (was 3599)"),
        Arguments.of(devEnv(b -> b.spec(spec(obs("/b/o/"), autoStop(false, 86401)))),
            "spec.auto_stop.duration: must be between 3600 and 86400 (was 86401)"),
        Arguments.of(devEnv(b -> b.spec(spec(obs("/b/o/"), autoStop(true, null)))),
            "spec.auto_stop.duration: is required when enable is true"),
        // storage
        Arguments.of(devEnv(b -> b.spec(spec(DevEnvStorageInput.builder().type(DevEnvStorageType.EVS).build(), HOUR))),
            "spec.storage.type: must be obs: only obs is supported (was evs)"),
        Arguments.of(devEnv(b -> b.spec(spec(DevEnvStorageInput.builder().type(DevEnvStorageType.OBS).build(), HOUR))),
            "spec.storage.location: is required when type is obs"),
        Arguments.of(devEnv(b -> b.spec(spec(DevEnvStorageInput.builder().type(DevEnvStorageType.OBS)
                .location(DevEnvStorageLocationInput.builder().build()).build(), HOUR))),
            "spec.storage.location.path: is required when type is obs"),
        Arguments.of(devEnv(b -> b.spec(spec(obs("/bucket/output"), HOUR))),
            "spec.storage.location.path: may contain only a path that ends with a slash (/)"),
        // extended storage
        Arguments.of(devEnv(b -> b.spec(DevEnvSpecInput.builder().storage(obs("/b/o/"))
                .addExtendStorage(extend(DevEnvStorageType.OBSFS, "/b/x/"), extend(DevEnvStorageType.OBS, "/b/y/"))
                .build())),
            "spec.extend_storage[1].type: must be obsfs: extended storage supports only obsfs (was obs)"),
        Arguments.of(devEnv(b -> b.spec(DevEnvSpecInput.builder().storage(obs("/b/o/"))
                .addExtendStorage(extend(DevEnvStorageType.OBSFS, null)).build())),
            "spec.extend_storage[0].location: is required when type is obsfs"),
        Arguments.of(devEnv(b -> b.spec(DevEnvSpecInput.builder().storage(obs("/b/o/"))
                .addExtendStorage(extend(DevEnvStorageType.OBSFS, "/b/x")).build())),
            "spec.extend_storage[0].location.path: may contain only a path that ends with a slash (/)"),
        // pool
        Arguments.of(devEnv(b -> b.pool(DevEnvPool.builder().name("pool-a").build())), "pool.id: is required"),
        // update
        Arguments.of(UpdateDevEnvInstanceRequest.builder().description("<b>").build(),
            "description: must not contain any of &<>\"'/"),
        Arguments.of(UpdateDevEnvInstanceRequest.builder().spec(DevEnvUpdateSpecInput.builder()
                .autoStop(autoStop(true, null)).build()).build(), "spec.auto_stop.duration: is required when enable is true"),
        // list queries
        Arguments.of(ListDevEnvInstancesRequest.builder().deType(DevEnvType.NOTEBOOK).limit(-1).build(),
            "limit: must be >= 0 (was -1)"),
        Arguments.of(ListDevEnvInstancesRequest.builder().deType(DevEnvType.NOTEBOOK).offset(-1).build(),
            "offset: must be >= 0 (was -1)"),
        Arguments.of(ListClustersRequest.builder().offset(-2).build(), "offset: must be >= 0 (was -2)"),
        Arguments.of(ListApigAppsRequest.builder().offset(-1).build(), "offset: must be >= 0 (was -1)"),
        Arguments.of(ListApiAuthsRequest.builder().offset(-1).build(), "offset: must be >= 0 (was -1)"),
        Arguments.of(ListWorkflowsRequest.builder().limit(-5).build(), "limit: must be >= 0 (was -5)"),
        // services
        Arguments.of(service(b -> b.serviceName(" ")), "service_name: is required"),
        Arguments.of(service(b -> b.config(List.of())), "config: is required"),
        Arguments.of(service(b -> b.config(List.of(ServiceConfigInput.builder().modelId("m")
                .specification("custom").instanceCount(1).customSpec(ServiceCustomSpec.builder().cpu(1.5).build())
                .build()))), "config[0].custom_spec.memory: is required"),
        Arguments.of(service(b -> b.addSchedule(ServiceSchedule.builder().timeUnit(ServiceScheduleTimeUnit.HOURS).duration(1).build())),
            "schedule[0].type: is required"),
        // tags
        Arguments.of(CreateNotebookTagsRequest.builder().build(), "tags: is required"),
        Arguments.of(CreateNotebookTagsRequest.builder().addTags(NotebookTag.builder().key("").build()).build(),
            "tags[0].key: is required"));
  }

  private static CreateServiceRequest service(UnaryOperator<CreateServiceRequest.Builder> change) {
    return change.apply(example("modelarts-create-service.request-1-real-time.json", CreateServiceRequest.class)
        .toBuilder()).build();
  }

  @ParameterizedTest(name = "{1}")
  @MethodSource("violatedOnce")
  void eachDocumentedConstraintIsOneViolationWithItsPath(Validatable request, String violation) {
    assertThat(violations(request)).containsExactly(violation);
  }

  @Test
  void theDocumentedBoundariesAreValid() {
    assertThat(violations(devEnv(b -> b.name("n".repeat(64)).description("d".repeat(512))
        .spec(spec(obs("/b/o/"), autoStop(true, 86400)))))).isEmpty();
    assertThat(violations(devEnv(b -> b.spec(spec(obs("/b/o/"), autoStop(false, null)))))).isEmpty();
    assertThat(violations(devEnv(b -> b.pool(DevEnvPool.builder().id("pool-1").build())))).isEmpty();
    assertThat(violations(ListDevEnvInstancesRequest.builder().deType(DevEnvType.NOTEBOOK).limit(0).build())).isEmpty();
  }

  @Test
  void everyViolationIsReportedAtOnce() {
    CreateDevEnvInstanceRequest bad = devEnv(b -> b.name("bad name").description("&").spec(
        spec(DevEnvStorageInput.builder().type(DevEnvStorageType.OBS).build(), autoStop(true, 10))));

    assertThat(violations(bad)).containsExactlyInAnyOrder(
        "name: may contain only letters, digits, hyphens and underscores",
        "description: must not contain any of &<>\"'/",
        "spec.storage.location: is required when type is obs",
        "spec.auto_stop.duration: must be between 3600 and 86400 (was 10)");
  }
}
