package io.hcsdk.testing.resilience;

import io.hcsdk.core.page.Paginator;
import io.hcsdk.core.spi.ListOperation.PagingStyle;
import io.hcsdk.fabric.model.Endpoint;
import io.hcsdk.fabric.model.ListEndpointsRequest;
import io.hcsdk.fabric.model.ListServiceInstancesRequest;
import io.hcsdk.fabric.model.ServiceInstance;
import io.hcsdk.modelarts.model.apig.ApigApp;
import io.hcsdk.modelarts.model.apig.ListApigAppsRequest;
import io.hcsdk.modelarts.model.cluster.Cluster;
import io.hcsdk.modelarts.model.cluster.ListClustersRequest;
import io.hcsdk.modelarts.model.devenv.DevEnvInstance;
import io.hcsdk.modelarts.model.devenv.ListDevEnvInstancesRequest;
import io.hcsdk.modelarts.model.pool.ListPoolNodesRequest;
import io.hcsdk.modelarts.model.pool.PoolNode;
import io.hcsdk.modelarts.model.pool.PoolNodeMetadata;
import io.hcsdk.modelarts.model.workflow.ListWorkflowsRequest;
import io.hcsdk.modelarts.model.workflow.Workflow;
import io.hcsdk.testing.CloudSimulator;

/**
 * The list operations of both services, each with its paging style (the specs' {@code x-hcsdk-paging}):
 * how to fill it (the read-only ModelArts families come seeded), a paginator over it in small pages so a
 * walk takes several, and each item's id. Fabric pages by item offset only; ModelArts by item offset,
 * page number and continue token.
 */
enum PaginatorList {
  FABRIC_ENDPOINTS("ListEndpoints", PagingStyle.ITEM_OFFSET, 2, 3) {
    @Override
    void fill(WaiterRig rig) {
      for (int i = 0; i < 3; i++) {
        WaiterFamily.FABRIC_ENDPOINT.create(rig, "listed-" + i);
      }
    }

    @Override
    Paginator<?> paginator(WaiterRig rig) {
      return rig.fabric().endpoints().paginator(ListEndpointsRequest.fromJson("{\"limit\":2}"));
    }

    @Override
    String idOf(Object item) {
      return ((Endpoint) item).id();
    }
  },

  FABRIC_SERVICE_INSTANCES("ListServiceInstances", PagingStyle.ITEM_OFFSET, 2, 3) {
    @Override
    void fill(WaiterRig rig) {
      for (int i = 0; i < 3; i++) {
        WaiterFamily.FABRIC_SERVICE_INSTANCE.create(rig, "listed-" + i);
      }
    }

    @Override
    Paginator<?> paginator(WaiterRig rig) {
      return rig.fabric().serviceInstances().paginator(ListServiceInstancesRequest.fromJson("{\"limit\":2}"));
    }

    @Override
    String idOf(Object item) {
      return ((ServiceInstance) item).id();
    }
  },

  MODELARTS_DEV_ENVS("ListDevEnvInstances", PagingStyle.ITEM_OFFSET, 2, 3) {
    @Override
    void fill(WaiterRig rig) {
      for (int i = 0; i < 3; i++) {
        WaiterFamily.MODELARTS_DEV_ENV.create(rig, "listed-" + i);
      }
    }

    @Override
    Paginator<?> paginator(WaiterRig rig) {
      return rig.modelArts().devEnvs().paginator(
          ListDevEnvInstancesRequest.fromJson("{\"de_type\":\"Notebook\",\"limit\":2}"));
    }

    @Override
    String idOf(Object item) {
      return ((DevEnvInstance) item).id();
    }
  },

  MODELARTS_WORKFLOWS("ListWorkflows", PagingStyle.ITEM_OFFSET, 5, 12) {
    @Override
    Paginator<?> paginator(WaiterRig rig) {
      return rig.modelArts().workflows().paginator(ListWorkflowsRequest.fromJson("{\"limit\":5}"));
    }

    @Override
    String idOf(Object item) {
      return ((Workflow) item).workflowId().orElseThrow();
    }
  },

  MODELARTS_CLUSTERS("ListClusters", PagingStyle.PAGE_NUMBER, 2, 3) {
    @Override
    Paginator<?> paginator(WaiterRig rig) {
      return rig.modelArts().clusters().paginator(ListClustersRequest.fromJson("{\"limit\":2}"));
    }

    @Override
    String idOf(Object item) {
      return ((Cluster) item).clusterId();
    }
  },

  MODELARTS_APIG_APPS("ListApigApps", PagingStyle.PAGE_NUMBER, 2, 3) {
    @Override
    Paginator<?> paginator(WaiterRig rig) {
      return rig.modelArts().appAuth().apps().paginator(ListApigAppsRequest.fromJson("{\"limit\":2}"));
    }

    @Override
    String idOf(Object item) {
      return ((ApigApp) item).appId().orElseThrow();
    }
  },

  MODELARTS_POOL_NODES("ListPoolNodes", PagingStyle.TOKEN, 10, CloudSimulator.SEEDED_POOL_NODES) {
    @Override
    Paginator<?> paginator(WaiterRig rig) {
      return rig.modelArts().pools().nodes(CloudSimulator.SEEDED_POOL)
          .paginator(ListPoolNodesRequest.fromJson("{\"limit\":10}"));
    }

    @Override
    String idOf(Object item) {
      return ((PoolNode) item).metadata().flatMap(PoolNodeMetadata::name).orElseThrow();
    }
  };

  private final String operation;
  private final PagingStyle style;
  private final int pageSize;
  private final int size;

  PaginatorList(String operation, PagingStyle style, int pageSize, int size) {
    this.operation = operation;
    this.style = style;
    this.pageSize = pageSize;
    this.size = size;
  }

  /** Creates the list's items through the SDK; the seeded families need nothing. */
  void fill(WaiterRig rig) {}

  /** A walk over the whole list in pages of {@link #pageSize()}. */
  abstract Paginator<?> paginator(WaiterRig rig);

  abstract String idOf(Object item);

  String operation() {
    return operation;
  }

  PagingStyle style() {
    return style;
  }

  int pageSize() {
    return pageSize;
  }

  /** How many items the filled list holds. */
  int size() {
    return size;
  }

  boolean isFabric() {
    return name().startsWith("FABRIC");
  }

  String unavailableCode() {
    return isFabric() ? "common.00000503" : "ModelArts.0503";
  }

  /** A 503 body in the operation's own format (dev-env operations say {@code error_message}). */
  String unavailableBody() {
    String messageKey = this == MODELARTS_DEV_ENVS ? "error_message" : "error_msg";
    return "{\"error_code\":\"" + unavailableCode() + "\",\"" + messageKey + "\":\"Service temporarily unavailable\"}";
  }
}
