/**
 * APIG app authentication: apps (their secrets masked), the APIs authorised to an app, the apps of
 * an API, and the three list queries. Generated from {@code modelarts.yaml}.
 */
package io.hcsdk.modelarts.model.apig;
