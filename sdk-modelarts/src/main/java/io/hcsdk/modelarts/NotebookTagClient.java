package io.hcsdk.modelarts;

import io.hcsdk.core.spi.Invocation;
import io.hcsdk.core.spi.ServiceContext;
import io.hcsdk.modelarts.internal.ModelArtsOperations;
import io.hcsdk.modelarts.model.tag.CreateNotebookTagsQuery;
import io.hcsdk.modelarts.model.tag.CreateNotebookTagsRequest;
import java.util.concurrent.CompletableFuture;

/** The TMS resource tags of a project's notebook instances. */
public final class NotebookTagClient {
  private final ServiceContext context;

  NotebookTagClient(ServiceContext context) {
    this.context = context;
  }

  /** CreateNotebookTags: adds {@code request}'s tags to notebook {@code notebookId}. */
  public void create(String notebookId, CreateNotebookTagsRequest request) {
    create(notebookId, request, CreateNotebookTagsQuery.builder().build());
  }

  /** CreateNotebookTags in a workspace ({@code query.workspaceId}). */
  public void create(String notebookId, CreateNotebookTagsRequest request, CreateNotebookTagsQuery query) {
    call(notebookId, request, query).execute();
  }

  public CompletableFuture<Void> createAsync(String notebookId, CreateNotebookTagsRequest request) {
    return createAsync(notebookId, request, CreateNotebookTagsQuery.builder().build());
  }

  public CompletableFuture<Void> createAsync(String notebookId, CreateNotebookTagsRequest request,
      CreateNotebookTagsQuery query) {
    return call(notebookId, request, query).getAsync();
  }

  private Invocation<Void> call(String notebookId, CreateNotebookTagsRequest request, CreateNotebookTagsQuery query) {
    return ModelArtsOperations.CREATE_NOTEBOOK_TAGS.call(context).path("resource_id", notebookId).query(query)
        .body(request);
  }

  @Override
  public String toString() {
    return "NotebookTagClient{" + context.scopeText() + "}";
  }
}
