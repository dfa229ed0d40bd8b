package io.hcsdk.fabric.internal;

import io.hcsdk.core.ClientConfig;
import io.hcsdk.core.spi.ListOperation;
import io.hcsdk.core.spi.Operation;
import io.hcsdk.fabric.model.CreateEndpointRequest;
import io.hcsdk.fabric.model.DeleteEndpointResponse;
import io.hcsdk.fabric.model.DeployServiceInstanceRequest;
import io.hcsdk.fabric.model.Endpoint;
import io.hcsdk.fabric.model.EndpointList;
import io.hcsdk.fabric.model.ListEndpointsRequest;
import io.hcsdk.fabric.model.ListServiceInstancesRequest;
import io.hcsdk.fabric.model.ServiceInstance;
import io.hcsdk.fabric.model.ServiceInstanceId;
import io.hcsdk.fabric.model.ServiceInstanceList;
import io.hcsdk.fabric.model.UpdateEndpointRequest;
import io.hcsdk.fabric.model.UpdateServiceInstanceRequest;

/** The ten Fabric operations as data. */
public final class FabricOperations {
  private static final String ENDPOINTS = "/v1/workspaces/{workspace_id}/endpoints";
  private static final String ENDPOINT = ENDPOINTS + "/{endpoint_id}";
  private static final String INSTANCES = "/v1/workspaces/{workspace_id}/services/instances";
  private static final String INSTANCE = INSTANCES + "/{instance_id}";
  private static final String WORKSPACE = "workspace_id";

  private FabricOperations() {}

  public static final Operation<CreateEndpointRequest, Endpoint> CREATE_ENDPOINT =
      Operation.builder("CreateEndpoint", "POST", ClientConfig.FABRIC, ENDPOINTS)
          .body(CreateEndpointRequest.class).response(Endpoint.class).scope(WORKSPACE).build();

  public static final Operation<Void, Endpoint> SHOW_ENDPOINT =
      Operation.builder("ShowEndpoint", "GET", ClientConfig.FABRIC, ENDPOINT)
          .response(Endpoint.class).scope(WORKSPACE).build();

  public static final Operation<Void, EndpointList> LIST_ENDPOINTS_OPERATION =
      Operation.builder("ListEndpoints", "GET", ClientConfig.FABRIC, ENDPOINTS)
          .response(EndpointList.class).query(ListEndpointsRequest.class).scope(WORKSPACE).build();

  public static final ListOperation<ListEndpointsRequest, EndpointList, Endpoint> LIST_ENDPOINTS =
      ListOperation.<ListEndpointsRequest, EndpointList, Endpoint>builder(LIST_ENDPOINTS_OPERATION,
              EndpointList::endpoints)
          .total(EndpointList::total).style(ListOperation.PagingStyle.ITEM_OFFSET).pageSizes(10, 100).build();

  /** Starts an asynchronous transition (UPDATING): a repeat after it reached the server is not safe. */
  public static final Operation<UpdateEndpointRequest, Endpoint> UPDATE_ENDPOINT =
      Operation.builder("UpdateEndpoint", "PUT", ClientConfig.FABRIC, ENDPOINT)
          .body(UpdateEndpointRequest.class).response(Endpoint.class).scope(WORKSPACE).idempotent(false).build();

  public static final Operation<Void, DeleteEndpointResponse> DELETE_ENDPOINT =
      Operation.builder("DeleteEndpoint", "DELETE", ClientConfig.FABRIC, ENDPOINT)
          .response(DeleteEndpointResponse.class).scope(WORKSPACE).build();

  public static final Operation<DeployServiceInstanceRequest, ServiceInstanceId> DEPLOY_SERVICE =
      Operation.builder("DeployService", "POST", ClientConfig.FABRIC_EP, INSTANCES)
          .body(DeployServiceInstanceRequest.class).response(ServiceInstanceId.class).scope(WORKSPACE).build();

  public static final Operation<Void, ServiceInstance> SHOW_SERVICE_INSTANCE =
      Operation.builder("ShowServiceInstance", "GET", ClientConfig.FABRIC_EP, INSTANCE)
          .response(ServiceInstance.class).scope(WORKSPACE).build();

  public static final Operation<Void, ServiceInstanceList> LIST_SERVICE_INSTANCES_OPERATION =
      Operation.builder("ListServiceInstances", "GET", ClientConfig.FABRIC_EP, INSTANCES)
          .response(ServiceInstanceList.class).query(ListServiceInstancesRequest.class).scope(WORKSPACE).build();

  public static final ListOperation<ListServiceInstancesRequest, ServiceInstanceList, ServiceInstance>
      LIST_SERVICE_INSTANCES = ListOperation.<ListServiceInstancesRequest, ServiceInstanceList, ServiceInstance>builder(
              LIST_SERVICE_INSTANCES_OPERATION, ServiceInstanceList::serviceInstances)
          .total(ServiceInstanceList::total).style(ListOperation.PagingStyle.ITEM_OFFSET).pageSizes(10, 100).build();

  /** Starts an asynchronous transition (UPDATING): a repeat after it reached the server is not safe. */
  public static final Operation<UpdateServiceInstanceRequest, ServiceInstanceId> UPDATE_SERVICE_INSTANCE =
      Operation.builder("UpdateServiceInstance", "PUT", ClientConfig.FABRIC_EP, INSTANCE)
          .body(UpdateServiceInstanceRequest.class).response(ServiceInstanceId.class).scope(WORKSPACE)
          .idempotent(false).build();

  public static final Operation<Void, Void> DELETE_SERVICE_INSTANCE =
      Operation.builder("DeleteServiceInstance", "DELETE", ClientConfig.FABRIC_EP, INSTANCE)
          .scope(WORKSPACE).build();
}
