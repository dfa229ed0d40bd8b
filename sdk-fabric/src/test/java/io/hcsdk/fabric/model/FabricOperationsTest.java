package io.hcsdk.fabric.model;

import static org.assertj.core.api.Assertions.assertThat;

import io.hcsdk.core.spi.ListOperation.PagingStyle;
import io.hcsdk.core.spi.Operation;
import io.hcsdk.fabric.internal.FabricOperations;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The operation descriptors generated from fabric.yaml say what the documents say. */
class FabricOperationsTest {
  @Test
  void everyOperationHasItsMethodHostPathAndScope() {
    List<Operation<?, ?>> all = List.of(FabricOperations.CREATE_ENDPOINT,
        FabricOperations.SHOW_ENDPOINT, FabricOperations.LIST_ENDPOINTS_OPERATION,
        FabricOperations.UPDATE_ENDPOINT, FabricOperations.DELETE_ENDPOINT,
        FabricOperations.DEPLOY_SERVICE, FabricOperations.SHOW_SERVICE_INSTANCE,
        FabricOperations.LIST_SERVICE_INSTANCES_OPERATION,
        FabricOperations.UPDATE_SERVICE_INSTANCE, FabricOperations.DELETE_SERVICE_INSTANCE);

    assertThat(all).extracting(Operation::toString).containsExactly(
        "CreateEndpoint (POST /v1/workspaces/{workspace_id}/endpoints)",
        "ShowEndpoint (GET /v1/workspaces/{workspace_id}/endpoints/{endpoint_id})",
        "ListEndpoints (GET /v1/workspaces/{workspace_id}/endpoints)",
        "UpdateEndpoint (PUT /v1/workspaces/{workspace_id}/endpoints/{endpoint_id})",
        "DeleteEndpoint (DELETE /v1/workspaces/{workspace_id}/endpoints/{endpoint_id})",
        "DeployService (POST /v1/workspaces/{workspace_id}/services/instances)",
        "ShowServiceInstance (GET /v1/workspaces/{workspace_id}/services/instances/{instance_id})",
        "ListServiceInstances (GET /v1/workspaces/{workspace_id}/services/instances)",
        "UpdateServiceInstance (PUT /v1/workspaces/{workspace_id}/services/instances/{instance_id})",
        "DeleteServiceInstance (DELETE /v1/workspaces/{workspace_id}/services/instances/{instance_id})");
    assertThat(all).extracting(Operation::host).containsExactly("fabric", "fabric", "fabric",
        "fabric", "fabric", "fabric-ep", "fabric-ep", "fabric-ep", "fabric-ep", "fabric-ep");
    assertThat(all).allSatisfy(op -> assertThat(op.scope()).containsExactly("workspace_id"));
  }

  @Test
  void bodiesResponsesAndQueries() {
    assertThat(FabricOperations.CREATE_ENDPOINT.bodyType()).contains(CreateEndpointRequest.class);
    assertThat(FabricOperations.CREATE_ENDPOINT.responseType().getRawClass())
        .isEqualTo(Endpoint.class);
    assertThat(FabricOperations.DEPLOY_SERVICE.responseType().getRawClass())
        .isEqualTo(ServiceInstanceId.class);
    assertThat(FabricOperations.DELETE_SERVICE_INSTANCE.responseType().getRawClass())
        .isEqualTo(Void.class);
    assertThat(FabricOperations.LIST_ENDPOINTS_OPERATION.queryType())
        .contains(ListEndpointsRequest.class);
    assertThat(FabricOperations.SHOW_ENDPOINT.bodyType()).isEmpty();
  }

  @Test
  void asynchronousUpdatesAreNotRepeatedButOtherPutsAndDeletesAre() {
    assertThat(FabricOperations.UPDATE_ENDPOINT.idempotent()).isFalse();
    assertThat(FabricOperations.UPDATE_SERVICE_INSTANCE.idempotent()).isFalse();
    assertThat(FabricOperations.CREATE_ENDPOINT.idempotent()).isFalse();
    assertThat(FabricOperations.DELETE_ENDPOINT.idempotent()).isTrue();
    assertThat(FabricOperations.SHOW_SERVICE_INSTANCE.idempotent()).isTrue();
  }

  @Test
  void listsPageByItemOffsetTenByDefaultAHundredAtMost() {
    for (var list : List.of(FabricOperations.LIST_ENDPOINTS,
        FabricOperations.LIST_SERVICE_INSTANCES)) {
      assertThat(list.style()).isEqualTo(PagingStyle.ITEM_OFFSET);
      assertThat(list.defaultPageSize()).isEqualTo(10);
      assertThat(list.maxPageSize()).isEqualTo(100);
      assertThat(list.zeroMeansAll()).isFalse();
    }
  }
}
