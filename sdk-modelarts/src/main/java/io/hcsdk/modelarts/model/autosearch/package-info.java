/**
 * AutoSearch YAML templates of training jobs. Generated from {@code modelarts.yaml}.
 */
package io.hcsdk.modelarts.model.autosearch;
