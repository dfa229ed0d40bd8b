package io.hcsdk.modelarts.internal;

import static io.hcsdk.modelarts.internal.ModelArtsOperations.DELETE_DEV_ENV_INSTANCE;
import static io.hcsdk.modelarts.internal.ModelArtsOperations.LIST_DEV_ENV_INSTANCES;
import static io.hcsdk.modelarts.internal.ModelArtsOperations.SHOW_DEV_ENV_INSTANCE;
import static io.hcsdk.modelarts.internal.ModelArtsOperations.SHOW_SERVICE;
import static io.hcsdk.modelarts.internal.ModelArtsOperations.UPDATE_DEV_ENV_INSTANCE;

import io.hcsdk.core.spi.Creation;
import io.hcsdk.core.spi.Mutation;
import io.hcsdk.core.spi.ResourceType;
import io.hcsdk.core.spi.WaitableType;
import io.hcsdk.modelarts.model.devenv.CreateDevEnvInstanceRequest;
import io.hcsdk.modelarts.model.devenv.DevEnvInstance;
import io.hcsdk.modelarts.model.devenv.DevEnvType;
import io.hcsdk.modelarts.model.devenv.ListDevEnvInstancesRequest;
import io.hcsdk.modelarts.model.devenv.UpdateDevEnvInstanceRequest;
import io.hcsdk.modelarts.model.service.CreateServiceRequest;
import io.hcsdk.modelarts.model.service.CreateServiceResponse;
import io.hcsdk.modelarts.model.service.Service;

/** The ModelArts families that wait, as data: operations, ids and waits. */
public final class ModelArtsResources {
  private ModelArtsResources() {}

  /**
   * Every dev-env instance (the required {@code de_type} has one value; no limit asks for the
   * service's default, which is all of them).
   */
  public static ListDevEnvInstancesRequest everyDevEnv() {
    return ListDevEnvInstancesRequest.builder().deType(DevEnvType.NOTEBOOK).build();
  }

  /**
   * Instance names are unique (ModelArts.6301 "The instance already exists"), so an ambiguous
   * create is resolved by looking the name up in the list of every instance (the list has no
   * name filter).
   */
  public static final Creation<CreateDevEnvInstanceRequest, DevEnvInstance, DevEnvInstance,
      ListDevEnvInstancesRequest> CREATE_DEV_ENV = new Creation<>(
          Mutation.answeringResource(ModelArtsOperations.CREATE_DEV_ENV_INSTANCE, DevEnvInstance::id),
          CreateDevEnvInstanceRequest::name, name -> everyDevEnv(), DevEnvInstance::name, instance -> instance);

  public static final ResourceType<DevEnvInstance, CreateDevEnvInstanceRequest, ListDevEnvInstancesRequest,
      UpdateDevEnvInstanceRequest> DEV_ENVS = ResourceType.<DevEnvInstance, CreateDevEnvInstanceRequest,
          ListDevEnvInstancesRequest, UpdateDevEnvInstanceRequest>builder("dev-env instance", "instance_id")
          .create(CREATE_DEV_ENV)
          .show(SHOW_DEV_ENV_INSTANCE)
          .list(LIST_DEV_ENV_INSTANCES, ModelArtsResources::everyDevEnv)
          .update(Mutation.answeringResource(UPDATE_DEV_ENV_INSTANCE, DevEnvInstance::id))
          .delete(DELETE_DEV_ENV_INSTANCE)
          .running(ModelArtsWaiters.DEV_ENV_RUNNING)
          .deleted(ModelArtsWaiters.DEV_ENV_DELETED)
          .build();

  /**
   * CreateService answers only {@code {service_id, resource_ids}}; no list operation is covered,
   * so a create whose answer was lost cannot be looked up and is not (a POST is never resent).
   */
  public static final Mutation<CreateServiceRequest, CreateServiceResponse, Service> CREATE_SERVICE =
      Mutation.answeringId(ModelArtsOperations.CREATE_SERVICE, CreateServiceResponse::serviceId);

  /** Inference services: create, show and wait, nothing more among the documented operations. */
  public static final WaitableType<Service> SERVICES =
      new WaitableType<>("service", "service_id", SHOW_SERVICE, ModelArtsWaiters.SERVICE_RUNNING);
}
