package io.hcsdk.fabric.internal;

import static io.hcsdk.fabric.internal.FabricOperations.DELETE_ENDPOINT;
import static io.hcsdk.fabric.internal.FabricOperations.DELETE_SERVICE_INSTANCE;
import static io.hcsdk.fabric.internal.FabricOperations.LIST_ENDPOINTS;
import static io.hcsdk.fabric.internal.FabricOperations.LIST_SERVICE_INSTANCES;
import static io.hcsdk.fabric.internal.FabricOperations.SHOW_ENDPOINT;
import static io.hcsdk.fabric.internal.FabricOperations.SHOW_SERVICE_INSTANCE;
import static io.hcsdk.fabric.internal.FabricOperations.UPDATE_ENDPOINT;
import static io.hcsdk.fabric.internal.FabricOperations.UPDATE_SERVICE_INSTANCE;

import io.hcsdk.core.spi.Creation;
import io.hcsdk.core.spi.Mutation;
import io.hcsdk.core.spi.ResourceType;
import io.hcsdk.fabric.model.CreateEndpointRequest;
import io.hcsdk.fabric.model.DeployServiceInstanceRequest;
import io.hcsdk.fabric.model.Endpoint;
import io.hcsdk.fabric.model.ListEndpointsRequest;
import io.hcsdk.fabric.model.ListServiceInstancesRequest;
import io.hcsdk.fabric.model.ServiceInstance;
import io.hcsdk.fabric.model.ServiceInstanceId;
import io.hcsdk.fabric.model.UpdateEndpointRequest;
import io.hcsdk.fabric.model.UpdateServiceInstanceRequest;

/** The two Fabric resource families as data: operations, ids and waits. */
public final class FabricResources {
  private FabricResources() {}

  /** Endpoint names are unique in a workspace, so an ambiguous create is resolved by listing the name. */
  public static final Creation<CreateEndpointRequest, Endpoint, Endpoint, ListEndpointsRequest> CREATE_ENDPOINT =
      new Creation<>(Mutation.answeringResource(FabricOperations.CREATE_ENDPOINT, Endpoint::id),
          CreateEndpointRequest::name, name -> ListEndpointsRequest.builder().name(name).limit(100).build(),
          Endpoint::name, endpoint -> endpoint);

  public static final ResourceType<Endpoint, CreateEndpointRequest, ListEndpointsRequest, UpdateEndpointRequest>
      ENDPOINTS = ResourceType.<Endpoint, CreateEndpointRequest, ListEndpointsRequest, UpdateEndpointRequest>
          builder("endpoint", "endpoint_id")
          .create(CREATE_ENDPOINT)
          .show(SHOW_ENDPOINT)
          .list(LIST_ENDPOINTS, () -> ListEndpointsRequest.builder().build())
          .update(Mutation.answeringResource(UPDATE_ENDPOINT, Endpoint::id))
          .delete(DELETE_ENDPOINT)
          .running(FabricWaiters.ENDPOINT_RUNNING)
          .deleted(FabricWaiters.ENDPOINT_DELETED)
          .build();

  /** Instance names are unique in a workspace, so an ambiguous deploy is resolved by listing the name. */
  public static final Creation<DeployServiceInstanceRequest, ServiceInstanceId, ServiceInstance,
      ListServiceInstancesRequest> DEPLOY_SERVICE = new Creation<>(
          Mutation.answeringId(FabricOperations.DEPLOY_SERVICE, ServiceInstanceId::id),
          DeployServiceInstanceRequest::name, name -> ListServiceInstancesRequest.builder().name(name).limit(100).build(),
          ServiceInstance::name, instance -> ServiceInstanceId.builder().id(instance.id()).build());

  public static final ResourceType<ServiceInstance, DeployServiceInstanceRequest, ListServiceInstancesRequest,
      UpdateServiceInstanceRequest> SERVICE_INSTANCES = ResourceType.<ServiceInstance, DeployServiceInstanceRequest,
          ListServiceInstancesRequest, UpdateServiceInstanceRequest>builder("service instance", "instance_id")
          .create(DEPLOY_SERVICE)
          .show(SHOW_SERVICE_INSTANCE)
          .list(LIST_SERVICE_INSTANCES, () -> ListServiceInstancesRequest.builder().build())
          .update(Mutation.answeringId(UPDATE_SERVICE_INSTANCE, ServiceInstanceId::id))
          .delete(DELETE_SERVICE_INSTANCE)
          .running(FabricWaiters.INSTANCE_RUNNING)
          .deleted(FabricWaiters.INSTANCE_DELETED)
          .build();
}
