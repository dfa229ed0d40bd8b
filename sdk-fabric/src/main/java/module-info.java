/** DataArts Fabric: {@code FabricClient}, endpoints and service instances, and every documented model. */
module io.hcsdk.fabric {
  requires transitive io.hcsdk.core;
  requires static org.immutables.value.annotations;

  exports io.hcsdk.fabric;
  exports io.hcsdk.fabric.model;

  // Jackson instantiates the generated, package-private streaming readers and writers.
  opens io.hcsdk.fabric.model to com.fasterxml.jackson.databind;
}
