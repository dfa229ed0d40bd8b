/**
 * Dedicated resource clusters: the list query, the cluster, its statuses. Generated from {@code
 * modelarts.yaml}.
 */
package io.hcsdk.modelarts.model.cluster;
