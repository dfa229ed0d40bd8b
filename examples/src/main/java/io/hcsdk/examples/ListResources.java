package io.hcsdk.examples;

import io.hcsdk.core.page.Page;
import io.hcsdk.modelarts.ModelArtsClient;
import io.hcsdk.modelarts.model.apig.ApigApp;
import io.hcsdk.modelarts.model.cluster.Cluster;
import io.hcsdk.modelarts.model.cluster.ListClustersRequest;
import io.hcsdk.modelarts.model.pool.ListPoolNodesRequest;
import io.hcsdk.modelarts.model.pool.Pool;
import io.hcsdk.modelarts.model.pool.PoolNode;
import io.hcsdk.modelarts.model.workflow.ListWorkflowsRequest;
import io.hcsdk.modelarts.model.workflow.Workflow;
import io.hcsdk.modelarts.model.workflow.WorkflowTodoList;
import io.hcsdk.testing.CloudSimulator;
import java.io.PrintStream;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Lists ModelArts resources without a paging loop, each the way its API pages: clusters by page number,
 * a pool's nodes by continue token (every page), workflows by item offset, the to-do list, and the APIG
 * apps as a lazy stream.
 *
 * <p>Environment or embedded simulator as {@link Quickstart} explains; needs
 * {@code HUAWEICLOUD_SDK_PROJECT_ID} against the cloud. ModelArts has no call that lists pools: pass a
 * pool name as the first argument to see one and its nodes.
 */
public final class ListResources {
  private ListResources() {}

  public static void main(String[] args) {
    Example.main("ListResources", args, ListResources::run);
  }

  static int run(String[] args, Map<String, String> env, PrintStream out, PrintStream err) {
    return Example.run("ListResources", args, env, b -> b, out, err, ListResources::run);
  }

  static void run(ExampleCloud cloud, String[] args, PrintStream out) {
    ModelArtsClient modelArts = cloud.modelArts();
    out.println("Project " + modelArts.projectId());

    List<Cluster> clusters = modelArts.clusters().paginator(ListClustersRequest.builder().build()).pageSize(2)
        .stream().toList();
    out.println("Clusters (pages of 2): " + clusters.stream().map(c -> c.clusterName().orElse("?") + "="
        + c.status().map(Object::toString).orElse("?")).toList());

    Optional<String> poolName = args.length > 0 ? Optional.of(args[0])
        : cloud.simulator().map(sim -> CloudSimulator.SEEDED_POOL);
    if (poolName.isPresent()) {
      Pool pool = modelArts.pools().get(poolName.get());
      out.println("Pool " + poolName.get() + " is " + pool.status().flatMap(s -> s.phase()).map(Object::toString)
          .orElse("?"));
      int page = 0;
      int nodes = 0;
      for (Page<PoolNode> p : modelArts.pools().nodes(poolName.get())
          .paginator(ListPoolNodesRequest.builder().build()).pageSize(10).pages()) {
        page++;
        nodes += p.items().size();
        out.println("  node page " + page + ": " + p.items().size() + " nodes"
            + p.nextToken().map(t -> ", more to come").orElse(", the last"));
      }
      out.println("Pool " + poolName.get() + " has " + nodes + " nodes");
    } else {
      out.println("No pool name given: pass one as the first argument to list a pool's nodes");
    }

    List<Workflow> workflows = modelArts.workflows().paginator(ListWorkflowsRequest.builder().build()).pageSize(5)
        .stream().toList();
    out.println("Workflows (pages of 5): " + workflows.size() + " " + workflows.stream().limit(3)
        .map(w -> w.name().orElse("?")).toList() + (workflows.size() > 3 ? "..." : ""));

    WorkflowTodoList todo = modelArts.workflows().todoList();
    out.println("To-do list: " + todo.items().size() + " item(s) waiting"
        + todo.items().stream().findFirst().flatMap(t -> t.stepName()).map(s -> ", first: " + s).orElse(""));

    List<ApigApp> apps = modelArts.appAuth().apps().stream().toList();
    out.println("APIG apps: " + apps.stream().map(a -> a.appName().orElse("?")).toList());
    out.println("Final state: listed " + clusters.size() + " clusters, " + workflows.size() + " workflows, "
        + apps.size() + " apps");
  }
}
