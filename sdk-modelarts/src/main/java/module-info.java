/**
 * ModelArts: dev-env (notebook) instances, inference services, clusters, pools and their nodes,
 * APIG app authentication, workflows and their schedules, notebook tags and AutoSearch templates.
 */
module io.hcsdk.modelarts {
  requires transitive io.hcsdk.core;
  requires static org.immutables.value.annotations;

  exports io.hcsdk.modelarts;
  exports io.hcsdk.modelarts.model;
  exports io.hcsdk.modelarts.model.apig;
  exports io.hcsdk.modelarts.model.autosearch;
  exports io.hcsdk.modelarts.model.cluster;
  exports io.hcsdk.modelarts.model.devenv;
  exports io.hcsdk.modelarts.model.pool;
  exports io.hcsdk.modelarts.model.service;
  exports io.hcsdk.modelarts.model.tag;
  exports io.hcsdk.modelarts.model.workflow;

  // Jackson instantiates the generated, package-private streaming readers and writers.
  opens io.hcsdk.modelarts.model to com.fasterxml.jackson.databind;
  opens io.hcsdk.modelarts.model.apig to com.fasterxml.jackson.databind;
  opens io.hcsdk.modelarts.model.autosearch to com.fasterxml.jackson.databind;
  opens io.hcsdk.modelarts.model.cluster to com.fasterxml.jackson.databind;
  opens io.hcsdk.modelarts.model.devenv to com.fasterxml.jackson.databind;
  opens io.hcsdk.modelarts.model.pool to com.fasterxml.jackson.databind;
  opens io.hcsdk.modelarts.model.service to com.fasterxml.jackson.databind;
  opens io.hcsdk.modelarts.model.tag to com.fasterxml.jackson.databind;
  opens io.hcsdk.modelarts.model.workflow to com.fasterxml.jackson.databind;
}
