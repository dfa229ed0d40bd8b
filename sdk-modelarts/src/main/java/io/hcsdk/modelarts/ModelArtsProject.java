package io.hcsdk.modelarts;

import io.hcsdk.core.resource.Listing;
import io.hcsdk.core.spi.ServiceContext;
import io.hcsdk.modelarts.internal.ModelArtsOperations;
import io.hcsdk.modelarts.model.cluster.Cluster;
import io.hcsdk.modelarts.model.cluster.ListClustersRequest;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The ModelArts families of one project: every operation's {@code project_id}. A
 * {@link ModelArtsClient} is the configured project's; {@link ModelArtsClient#inProject} gives
 * another's. Cheap: each family client is a small view over the shared connections.
 */
public sealed class ModelArtsProject permits ModelArtsClient {
  /** The path parameter that scopes every ModelArts operation. */
  static final String PROJECT = "project_id";

  private final Supplier<ServiceContext> project;

  ModelArtsProject(Supplier<ServiceContext> project) {
    this.project = project;
  }

  private ServiceContext context() {
    return project.get();
  }

  /** The project id every call of these families fills into its path. */
  public String projectId() {
    return context().scope(PROJECT).orElseThrow();
  }

  /** Development environment (notebook) instances of the v1 demanager API. */
  public DevEnvClient devEnvs() {
    return new DevEnvClient(context());
  }

  /** Inference services (real-time, batch, edge). */
  public ServiceClient services() {
    return new ServiceClient(context());
  }

  /** Dedicated resource clusters, listed a page (number) at a time. */
  public Listing<ListClustersRequest, Cluster> clusters() {
    return Listing.of(context(), ModelArtsOperations.LIST_CLUSTERS, () -> ListClustersRequest.builder().build(),
        Map.of());
  }

  /** Resource pools and their nodes (Kubernetes-style objects). */
  public PoolClient pools() {
    return new PoolClient(context());
  }

  /** APIG app authentication of inference services: apps, their APIs, an API's apps. */
  public AppAuthClient appAuth() {
    return new AppAuthClient(context());
  }

  /** Workflows, paid workflow services, schedules and the to-do list. */
  public WorkflowClient workflows() {
    return new WorkflowClient(context());
  }

  /** Resource tags of notebook instances. */
  public NotebookTagClient notebookTags() {
    return new NotebookTagClient(context());
  }

  /** AutoSearch YAML templates of training jobs. */
  public AutoSearchClient autoSearch() {
    return new AutoSearchClient(context());
  }

  @Override
  public String toString() {
    return "ModelArtsProject{" + context().scopeText() + "}";
  }
}
