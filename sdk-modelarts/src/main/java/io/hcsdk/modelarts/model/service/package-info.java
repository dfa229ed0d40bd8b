/**
 * Inference services: the CreateService request in every documented shape (real-time, batch,
 * edge), the service as shown, its statuses. Generated from {@code modelarts.yaml}.
 */
package io.hcsdk.modelarts.model.service;
