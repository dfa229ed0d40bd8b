/**
 * Development environment (notebook) instances of the v1 demanager API: create, list, update and
 * action requests, the instance and its nested objects, their statuses. Generated from {@code
 * modelarts.yaml}.
 */
package io.hcsdk.modelarts.model.devenv;
