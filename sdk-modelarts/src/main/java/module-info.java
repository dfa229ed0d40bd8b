/** ModelArts: dev-env instances, inference services, clusters, pools, app auth, workflows. */
module io.hcsdk.modelarts {
  requires transitive io.hcsdk.core;
  requires static org.immutables.value.annotations;
}
