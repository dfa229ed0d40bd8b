/**
 * Resource tags of notebook instances. Generated from {@code modelarts.yaml}.
 */
package io.hcsdk.modelarts.model.tag;
