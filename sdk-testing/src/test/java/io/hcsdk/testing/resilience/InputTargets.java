package io.hcsdk.testing.resilience;

import static org.assertj.core.api.Assertions.catchThrowable;

import io.hcsdk.fabric.FabricClient;
import io.hcsdk.fabric.model.CreateEndpointRequest;
import io.hcsdk.fabric.model.DeployServiceInstanceRequest;
import io.hcsdk.fabric.model.ListEndpointsRequest;
import io.hcsdk.fabric.model.ListServiceInstancesRequest;
import io.hcsdk.fabric.model.UpdateEndpointRequest;
import io.hcsdk.fabric.model.UpdateServiceInstanceRequest;
import io.hcsdk.modelarts.ModelArtsClient;
import io.hcsdk.modelarts.model.apig.ListApiAuthsRequest;
import io.hcsdk.modelarts.model.apig.ListApigAppsRequest;
import io.hcsdk.modelarts.model.apig.ListAppAuthApisRequest;
import io.hcsdk.modelarts.model.cluster.ListClustersRequest;
import io.hcsdk.modelarts.model.devenv.CreateDevEnvInstanceRequest;
import io.hcsdk.modelarts.model.devenv.ListDevEnvInstancesRequest;
import io.hcsdk.modelarts.model.devenv.ManageDevEnvInstanceRequest;
import io.hcsdk.modelarts.model.devenv.UpdateDevEnvInstanceRequest;
import io.hcsdk.modelarts.model.service.CreateServiceRequest;
import io.hcsdk.modelarts.model.tag.CreateNotebookTagsRequest;
import io.hcsdk.modelarts.model.workflow.AuthorizeWorkflowServiceRequest;
import io.hcsdk.modelarts.model.workflow.CreateWorkflowScheduleRequest;
import io.hcsdk.modelarts.model.workflow.ListWorkflowsRequest;
import io.hcsdk.modelarts.model.workflow.UpdateWorkflowScheduleRequest;
import io.hcsdk.testing.AuthMode;
import io.hcsdk.testing.CloudSimulator;
import io.hcsdk.testing.Fixtures;
import io.hcsdk.testing.resilience.InputCases.Case;
import io.hcsdk.testing.resilience.InputTable.OpCases;

/**
 * Both typed clients on one simulator, and the one way each operation with input is called through
 * them: the typed request is read from the case's JSON with the generated {@code fromJson}, then
 * handed to the fluent client, whose pipeline validates it.
 */
final class InputTargets implements AutoCloseable {
  static final String WS = Fixtures.WS;

  private final FabricClient fabric;
  private final ModelArtsClient modelArts;

  private InputTargets(FabricClient fabric, ModelArtsClient modelArts) {
    this.fabric = fabric;
    this.modelArts = modelArts;
  }

  static InputTargets on(CloudSimulator sim, AuthMode mode) {
    return new InputTargets(Sims.fabric(sim, mode), Sims.modelArts(sim, mode));
  }

  /** Sends {@code c} (its body, query or path value; the operation's valid ones elsewhere); what it threw. */
  Throwable send(Case c, OpCases op) {
    String body = c.where() == InputCases.Where.BODY ? c.input() : op.validBody();
    String query = c.where() == InputCases.Where.QUERY ? c.input() : op.validQuery();
    String scope = c.where() == InputCases.Where.PATH ? c.input() : WS;
    return catchThrowable(() -> send(op.op().id(), scope, body, query));
  }

  private void send(String operation, String ws, String body, String query) {
    switch (operation) {
      case "CreateEndpoint" -> fabric.endpoints(ws).create(CreateEndpointRequest.fromJson(body));
      case "ListEndpoints" -> fabric.endpoints(ws).list(ListEndpointsRequest.fromJson(query));
      case "ShowEndpoint" -> fabric.endpoints(ws).get("ep-1");
      case "UpdateEndpoint" -> fabric.endpoints(ws).update("ep-1", UpdateEndpointRequest.fromJson(body));
      case "DeleteEndpoint" -> fabric.endpoints(ws).delete("ep-1");
      case "DeployService" -> fabric.serviceInstances(ws).deploy(DeployServiceInstanceRequest.fromJson(body));
      case "ListServiceInstances" ->
          fabric.serviceInstances(ws).list(ListServiceInstancesRequest.fromJson(query));
      case "ShowServiceInstance" -> fabric.serviceInstances(ws).get("si-1");
      case "UpdateServiceInstance" ->
          fabric.serviceInstances(ws).update("si-1", UpdateServiceInstanceRequest.fromJson(body));
      case "DeleteServiceInstance" -> fabric.serviceInstances(ws).delete("si-1");
      case "CreateDevEnvInstance" -> modelArts.devEnvs().create(CreateDevEnvInstanceRequest.fromJson(body));
      case "ListDevEnvInstances" -> modelArts.devEnvs().list(ListDevEnvInstancesRequest.fromJson(query));
      case "UpdateDevEnvInstance" ->
          modelArts.devEnvs().update("nb-1", UpdateDevEnvInstanceRequest.fromJson(body));
      // The fluent client builds this body from the action alone; the action is what can be wrong.
      case "ManageDevEnvInstance" ->
          modelArts.devEnvs().action("nb-1", ManageDevEnvInstanceRequest.fromJson(body).action());
      case "CreateService" -> modelArts.services().create(CreateServiceRequest.fromJson(body));
      case "ListClusters" -> modelArts.clusters().list(ListClustersRequest.fromJson(query));
      case "ListApigApps" -> modelArts.appAuth().apps().list(ListApigAppsRequest.fromJson(query));
      case "ListAppAuthApis" ->
          modelArts.appAuth().apisOfApp("app-1").list(ListAppAuthApisRequest.fromJson(query));
      case "ListApiAuths" ->
          modelArts.appAuth().appsOfApi("svc-1", "api-1").list(ListApiAuthsRequest.fromJson(query));
      case "ListWorkflows" -> modelArts.workflows().list(ListWorkflowsRequest.fromJson(query));
      case "AuthorizeWorkflowService" ->
          modelArts.workflows().authorizeService(AuthorizeWorkflowServiceRequest.fromJson(body));
      case "CreateWorkflowSchedule" ->
          modelArts.workflows().schedules("wf-1").create(CreateWorkflowScheduleRequest.fromJson(body));
      case "UpdateWorkflowSchedule" ->
          modelArts.workflows().schedules("wf-1").update("sc-1", UpdateWorkflowScheduleRequest.fromJson(body));
      case "CreateNotebookTags" -> modelArts.notebookTags().create("nb-1", CreateNotebookTagsRequest.fromJson(body));
      default -> throw new IllegalStateException("No typed call for " + operation + ": add one here");
    }
  }

  @Override
  public void close() {
    fabric.close();
    modelArts.close();
  }
}
