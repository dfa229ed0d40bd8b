/**
 * Resource pools and their nodes, Kubernetes-style (camelCase, labels and annotations, resource
 * maps keyed such as nvidia.com/gpu); unknown fields kept. Generated from {@code modelarts.yaml}.
 */
package io.hcsdk.modelarts.model.pool;
