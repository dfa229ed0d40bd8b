/**
 * The DataArts Fabric models: one immutable value type per documented object of the endpoint
 * (host {@code fabric}) and service instance (host {@code fabric-ep}) APIs, and the open enums
 * of their status and type values.
 *
 * <p>Generated at build time by sdk-codegen from {@code src/main/openapi/fabric.yaml} (also
 * shipped as {@code META-INF/hcsdk/fabric.yaml}); only the customisations the spec names are
 * written by hand ({@code AutoscalingConfigRules}). See sdk-codegen/README.md.
 *
 * <p>Each type has a {@code builder()}, {@code toBuilder()}, {@code fromJson(String)} and
 * {@code toJson()}, and reads and writes its documented JSON (snake_case names) through generated
 * streaming readers and writers registered with the shared {@link io.hcsdk.core.json.Json#mapper()}.
 * Request types are {@link io.hcsdk.core.validate.Validatable}: {@code validate} reports every
 * documented constraint at once, under JSON field paths such as
 * {@code config.ray_service_config.ray_serve_config.applications[0].deployments[1].num_replicas}.
 * Optional fields are {@link java.util.Optional}s, lists are never null and are written only when
 * not empty. Types that also appear inside a response ({@code Endpoint}, {@code ServiceInstance})
 * hold their documented-mandatory fields as {@code Optional}s as well, so a server omitting one
 * never breaks parsing; their {@code validate} reports such a field as {@code "<path>: is
 * required"}. Request-only types keep mandatory fields required by {@code build()}. Free-form
 * JSON ({@code user_config}, {@code pgsql_instance_config}) is a
 * {@link com.fasterxml.jackson.databind.JsonNode} passed through untouched; {@code toString()}
 * masks its secret-named keys, environment variable values and URL tokens.
 */
package io.hcsdk.fabric.model;
