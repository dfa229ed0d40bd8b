package io.hcsdk.core.spi;

import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * A create operation of a resource whose names are unique in a scope, with how to find what it
 * created: after a failure that may have reached the server, the client lists by the request's
 * name once instead of sending the create again.
 *
 * @param <B> the create request
 * @param <A> the create answer
 * @param <T> the resource as listed
 * @param <Q> the list query
 */
public record Creation<B, A, T, Q>(
    Mutation<B, A, T> mutation,
    Function<? super B, String> nameOfRequest,
    Function<String, Q> queryByName,
    Function<? super T, Optional<String>> nameOf,
    Function<? super T, ? extends A> answerOf) {

  public Creation {
    Objects.requireNonNull(mutation, "mutation");
    Objects.requireNonNull(nameOfRequest, "nameOfRequest");
    Objects.requireNonNull(queryByName, "queryByName");
    Objects.requireNonNull(nameOf, "nameOf");
    Objects.requireNonNull(answerOf, "answerOf");
  }
}
