package io.hcsdk.core.spi;

import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * An operation that creates or changes a resource, with how to read the resource's id (and the
 * resource itself, when the answer carries it) from the answer: CreateEndpoint answers the
 * endpoint, DeployService only {@code {id}}.
 *
 * @param <B> the request body
 * @param <A> the answer
 * @param <T> the resource
 */
public record Mutation<B, A, T>(Operation<B, A> operation, Function<? super A, String> idOf,
    Function<? super A, Optional<T>> resourceOf) {

  public Mutation {
    Objects.requireNonNull(operation, "operation");
    Objects.requireNonNull(idOf, "idOf");
    Objects.requireNonNull(resourceOf, "resourceOf");
  }

  /** An operation that answers the resource itself. */
  public static <B, T> Mutation<B, T, T> answeringResource(Operation<B, T> operation, Function<? super T, String> idOf) {
    return new Mutation<>(operation, idOf, Optional::of);
  }

  /** An operation that answers only the resource's id. */
  public static <B, A, T> Mutation<B, A, T> answeringId(Operation<B, A> operation, Function<? super A, String> idOf) {
    return new Mutation<>(operation, idOf, answer -> Optional.empty());
  }
}
