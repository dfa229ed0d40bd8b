package io.hcsdk.codegen;

/** The Java-facing type of a property: a scalar, a named schema, a list or a string-keyed map. */
sealed interface JType {
  /** Scalars; {@code JSON} is free-form JSON kept as a {@code JsonNode}. */
  enum Kind { STRING, INT, LONG, DOUBLE, BOOLEAN, DATE_TIME, EPOCH_MILLIS, EPOCH_MILLIS_STRING, JSON }

  record Scalar(Kind kind) implements JType {}

  /** A schema of components/schemas: an object, an enum or a variant (resolved by the model). */
  record Named(String schema) implements JType {}

  record ListOf(JType element) implements JType {}

  record MapOf(JType value) implements JType {}
}
