package io.hcsdk.modelarts;

import io.hcsdk.core.spi.Invocation;
import io.hcsdk.core.spi.Operation;
import io.hcsdk.core.spi.ServiceContext;
import io.hcsdk.modelarts.internal.ModelArtsOperations;
import io.hcsdk.modelarts.model.workflow.CreateWorkflowScheduleRequest;
import io.hcsdk.modelarts.model.workflow.UpdateWorkflowScheduleRequest;
import io.hcsdk.modelarts.model.workflow.WorkflowSchedule;
import io.hcsdk.modelarts.model.workflow.WorkflowScheduleList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * The schedules of one workflow: create, list (not paged), show, update and delete, each blocking
 * and {@code Async}. Create, show and update answer the schedule.
 */
public final class WorkflowScheduleClient {
  private final ServiceContext context;
  private final String workflowId;

  WorkflowScheduleClient(ServiceContext context, String workflowId) {
    this.context = context;
    this.workflowId = workflowId;
  }

  public String workflowId() {
    return workflowId;
  }

  /** CreateWorkflowSchedule: a timed schedule that runs the workflow. */
  public WorkflowSchedule create(CreateWorkflowScheduleRequest request) {
    return onWorkflow(ModelArtsOperations.CREATE_WORKFLOW_SCHEDULE).body(request).get();
  }

  public CompletableFuture<WorkflowSchedule> createAsync(CreateWorkflowScheduleRequest request) {
    return onWorkflow(ModelArtsOperations.CREATE_WORKFLOW_SCHEDULE).body(request).getAsync();
  }

  /** ListWorkflowSchedules: every schedule of the workflow. */
  public List<WorkflowSchedule> list() {
    return onWorkflow(ModelArtsOperations.LIST_WORKFLOW_SCHEDULES).get().schedules();
  }

  public CompletableFuture<List<WorkflowSchedule>> listAsync() {
    return onWorkflow(ModelArtsOperations.LIST_WORKFLOW_SCHEDULES)
        .executeAsync(response -> response.body().schedules());
  }

  /** ShowWorkflowSchedule. */
  public WorkflowSchedule get(String scheduleId) {
    return onSchedule(ModelArtsOperations.SHOW_WORKFLOW_SCHEDULE, scheduleId).get();
  }

  public CompletableFuture<WorkflowSchedule> getAsync(String scheduleId) {
    return onSchedule(ModelArtsOperations.SHOW_WORKFLOW_SCHEDULE, scheduleId).getAsync();
  }

  /** UpdateWorkflowSchedule: its content (cron) or whether it is enabled. */
  public WorkflowSchedule update(String scheduleId, UpdateWorkflowScheduleRequest request) {
    return onSchedule(ModelArtsOperations.UPDATE_WORKFLOW_SCHEDULE, scheduleId).body(request).get();
  }

  public CompletableFuture<WorkflowSchedule> updateAsync(String scheduleId, UpdateWorkflowScheduleRequest request) {
    return onSchedule(ModelArtsOperations.UPDATE_WORKFLOW_SCHEDULE, scheduleId).body(request).getAsync();
  }

  /** DeleteWorkflowSchedule. */
  public void delete(String scheduleId) {
    onSchedule(ModelArtsOperations.DELETE_WORKFLOW_SCHEDULE, scheduleId).execute();
  }

  public CompletableFuture<Void> deleteAsync(String scheduleId) {
    return onSchedule(ModelArtsOperations.DELETE_WORKFLOW_SCHEDULE, scheduleId).getAsync();
  }

  private <R> Invocation<R> onWorkflow(Operation<?, R> operation) {
    return operation.call(context).path("workflow_id", workflowId);
  }

  private <R> Invocation<R> onSchedule(Operation<?, R> operation, String scheduleId) {
    return onWorkflow(operation).path("schedule_id", scheduleId);
  }

  @Override
  public String toString() {
    return "WorkflowScheduleClient{workflow=" + workflowId + ", " + context.scopeText() + "}";
  }
}
