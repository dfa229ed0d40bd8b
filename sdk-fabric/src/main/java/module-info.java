/** DataArts Fabric: {@code FabricClient}, endpoints and service instances, and every documented model. */
module io.hcsdk.fabric {
  requires transitive io.hcsdk.core;
  requires static org.immutables.value.annotations;

  exports io.hcsdk.fabric;
  exports io.hcsdk.fabric.model;

  // Jackson binds the models through the Immutables-generated (partly non-public) classes.
  opens io.hcsdk.fabric.model to com.fasterxml.jackson.databind;
}
