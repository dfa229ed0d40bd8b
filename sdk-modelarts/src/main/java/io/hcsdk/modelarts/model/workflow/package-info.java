/**
 * Workflows, paid workflow service authorisation, schedules and the to-do list. Generated from
 * {@code modelarts.yaml}.
 */
package io.hcsdk.modelarts.model.workflow;
