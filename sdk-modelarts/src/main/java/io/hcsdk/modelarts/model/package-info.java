/**
 * The ModelArts models, one package per family ({@code devenv}, {@code service}, {@code cluster},
 * {@code pool}, {@code apig}, {@code workflow}, {@code tag}, {@code autosearch}); this package holds
 * what they share ({@link io.hcsdk.modelarts.model.SortOrder}).
 *
 * <p>Generated at build time by sdk-codegen from {@code src/main/openapi/modelarts.yaml} (also
 * shipped as {@code META-INF/hcsdk/modelarts.yaml}; its reading choices are in NOTES.md beside it);
 * only the customisations the spec names are written by hand ({@code DevEnvAutoStopRules},
 * {@code DevEnvStorageRules}, {@code DevEnvExtendStorageRules}). See sdk-codegen/README.md.
 *
 * <p>Each type has a {@code builder()}, {@code toBuilder()}, {@code fromJson(String)} and
 * {@code toJson()}, and reads and writes its documented JSON through generated streaming readers.
 * Request types (and query types such as {@code ListDevEnvInstancesRequest}) are
 * {@link io.hcsdk.core.validate.Validatable}: every documented constraint is checked before sending,
 * all violations at once under JSON paths such as {@code spec.storage.location.path}. The wire
 * forms of the documents are absorbed: epoch milliseconds as strings ({@code "1614669154682"}) and
 * as numbers past 32 bits ({@link java.time.Instant}, written back in the same form), ISO-8601 with
 * 6- or 5-digit fractions and offsets ({@link java.time.OffsetDateTime}), {@code weight} as
 * {@code 100} or {@code "70"} (an {@code Integer}, written as a number), explicit {@code null}s.
 * Statuses and types are open enums (unknown values kept). Kubernetes-style pool objects keep
 * fields this SDK does not know ({@code additionalProperties()},
 * {@code unknownProperties()} where a documented field takes that name). Secrets ({@code app_secret},
 * {@code app_key}, {@code app_codes}, the dev-env {@code spec.credential}, {@code ssh_private_key},
 * {@code access_token}) and environment variable values are masked in {@code toString()}.
 */
package io.hcsdk.modelarts.model;
