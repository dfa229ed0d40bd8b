package io.hcsdk.modelarts;

import io.hcsdk.core.resource.Listing;
import io.hcsdk.core.spi.Invocation;
import io.hcsdk.core.spi.ServiceContext;
import io.hcsdk.modelarts.internal.ModelArtsOperations;
import io.hcsdk.modelarts.model.pool.ListPoolNodesRequest;
import io.hcsdk.modelarts.model.pool.Pool;
import io.hcsdk.modelarts.model.pool.PoolNode;
import io.hcsdk.modelarts.model.pool.PoolNodeList;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * The resource pools of one project (v2, Kubernetes-style objects): one pool by name, and its
 * nodes a page at a time by continue token:
 *
 * <pre>{@code
 * modelarts.pools().nodes("pool-a").stream()
 *     .forEach(node -> System.out.println(node.metadata().flatMap(PoolNodeMetadata::name)));
 * }</pre>
 */
public final class PoolClient {
  private static final String POOL_NAME = "pool_name";

  private final ServiceContext context;

  PoolClient(ServiceContext context) {
    this.context = context;
  }

  /** ShowPool: the pool named {@code poolName} (its {@code metadata.name}). */
  public Pool get(String poolName) {
    return showPool(poolName).get();
  }

  public CompletableFuture<Pool> getAsync(String poolName) {
    return showPool(poolName).getAsync();
  }

  private Invocation<Pool> showPool(String poolName) {
    return ModelArtsOperations.SHOW_POOL.call(context).path(POOL_NAME, poolName);
  }

  /**
   * ListPoolNodes of {@code poolName}: {@code list} is one page (its {@code nextToken()} is the
   * answer's {@code metadata.continue}); {@code paginator} and {@code stream} follow the tokens to
   * the last page, which has none. The query's {@code continueToken} starts elsewhere.
   */
  public Listing<ListPoolNodesRequest, PoolNode> nodes(String poolName) {
    return Listing.of(context, ModelArtsOperations.LIST_POOL_NODES, () -> ListPoolNodesRequest.builder().build(),
        Map.of(POOL_NAME, poolName));
  }

  /**
   * One page of ListPoolNodes exactly as the service answered it, with the list's
   * {@code metadata.remainingItemCount} and any field this SDK does not know.
   */
  public PoolNodeList nodeList(String poolName, ListPoolNodesRequest query) {
    return listNodes(poolName, query).get();
  }

  public CompletableFuture<PoolNodeList> nodeListAsync(String poolName, ListPoolNodesRequest query) {
    return listNodes(poolName, query).getAsync();
  }

  private Invocation<PoolNodeList> listNodes(String poolName, ListPoolNodesRequest query) {
    return ModelArtsOperations.LIST_POOL_NODES_OPERATION.call(context).path(POOL_NAME, poolName).query(query);
  }

  @Override
  public String toString() {
    return "PoolClient{" + context.scopeText() + "}";
  }
}
