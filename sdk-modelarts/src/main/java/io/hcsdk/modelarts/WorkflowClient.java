package io.hcsdk.modelarts;

import io.hcsdk.core.resource.Listing;
import io.hcsdk.core.spi.Invocation;
import io.hcsdk.core.spi.ServiceContext;
import io.hcsdk.modelarts.internal.ModelArtsOperations;
import io.hcsdk.modelarts.model.workflow.AuthorizeWorkflowServiceRequest;
import io.hcsdk.modelarts.model.workflow.AuthorizeWorkflowServiceResponse;
import io.hcsdk.modelarts.model.workflow.ListWorkflowsRequest;
import io.hcsdk.modelarts.model.workflow.ShowWorkflowTodoListRequest;
import io.hcsdk.modelarts.model.workflow.Workflow;
import io.hcsdk.modelarts.model.workflow.WorkflowTodoList;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * The workflows of one project (v2). As a {@link Listing}, ListWorkflows: {@code offset} counts
 * items ("to query entries 20 to 29, offset 20 and limit 10"; both sent as text) and the page's
 * total is the answer's {@code count} (the workflows matching the query). Beside the list: a paid
 * workflow service's authorisation, the to-do list, and the schedules of a workflow.
 *
 * <pre>{@code
 * modelarts.workflows().stream(ListWorkflowsRequest.builder().name("wf").searchType(WorkflowSearchType.CONTAIN).build())
 *     .forEach(workflow -> System.out.println(workflow.name()));
 * modelarts.workflows().schedules(workflowId).create(schedule);
 * }</pre>
 */
public final class WorkflowClient extends Listing<ListWorkflowsRequest, Workflow> {
  WorkflowClient(ServiceContext context) {
    super(context, ModelArtsOperations.LIST_WORKFLOWS, () -> ListWorkflowsRequest.builder().build(), Map.of());
  }

  /** AuthorizeWorkflowService: authenticates an online service for a paid workflow. */
  public AuthorizeWorkflowServiceResponse authorizeService(AuthorizeWorkflowServiceRequest request) {
    return authorize(request).get();
  }

  public CompletableFuture<AuthorizeWorkflowServiceResponse> authorizeServiceAsync(
      AuthorizeWorkflowServiceRequest request) {
    return authorize(request).getAsync();
  }

  private Invocation<AuthorizeWorkflowServiceResponse> authorize(AuthorizeWorkflowServiceRequest request) {
    return ModelArtsOperations.AUTHORIZE_WORKFLOW_SERVICE.call(context()).body(request);
  }

  /** ShowWorkflowTodoList: the workflow steps waiting for the user (for example for inputs). */
  public WorkflowTodoList todoList(ShowWorkflowTodoListRequest query) {
    return todo(query).get();
  }

  public WorkflowTodoList todoList() {
    return todoList(ShowWorkflowTodoListRequest.builder().build());
  }

  public CompletableFuture<WorkflowTodoList> todoListAsync(ShowWorkflowTodoListRequest query) {
    return todo(query).getAsync();
  }

  private Invocation<WorkflowTodoList> todo(ShowWorkflowTodoListRequest query) {
    return ModelArtsOperations.SHOW_WORKFLOW_TO_DO_LIST.call(context()).query(query);
  }

  /** The schedules of workflow {@code workflowId}. */
  public WorkflowScheduleClient schedules(String workflowId) {
    return new WorkflowScheduleClient(context(), workflowId);
  }
}
