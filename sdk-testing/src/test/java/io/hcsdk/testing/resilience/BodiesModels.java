package io.hcsdk.testing.resilience;

import io.hcsdk.core.page.Page;
import io.hcsdk.core.poll.Deletion;
import io.hcsdk.core.resource.WaitableHandle;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The typed side of a call's result, read the way a caller reads it: through the public accessors of
 * the model (not its JSON), so a scenario sees what {@code endpoint.status()} or
 * {@code devEnv.creationTimestamp()} really give.
 */
final class BodiesModels {
  private BodiesModels() {}

  /** An {@code Optional} accessor of a model, and what it held. */
  record Read(String accessor, Object value) {}

  /** The model a result holds at its top: a page's first item, a handle's accepted body, or the result. */
  static Optional<Object> topLevel(Object result) {
    if (result instanceof Page<?> page) {
      return page.items().isEmpty() ? Optional.empty() : Optional.of(page.items().get(0));
    }
    if (result instanceof WaitableHandle<?> handle) {
      return handle.accepted().map(Object.class::cast);
    }
    if (result instanceof List<?> list) {
      return list.isEmpty() ? Optional.empty() : Optional.of(list.get(0));
    }
    return Optional.ofNullable(result).filter(r -> !(r instanceof Deletion));
  }

  /** The JSON pointer pattern of the top-level fields of the model {@link #topLevel} picks. */
  static String topLevelPointers(Object result) {
    return result instanceof Page<?> || result instanceof List<?> ? "/0/[^/]+" : "/[^/]+";
  }

  /** Every present value of the model's {@code Optional} accessors that is an instance of {@code type}. */
  static List<Read> present(Object model, Class<?> type) {
    List<Read> reads = new ArrayList<>();
    for (Method accessor : modelType(model.getClass()).getMethods()) {
      if (accessor.getParameterCount() == 0 && Optional.class.equals(accessor.getReturnType())
          && !Modifier.isStatic(accessor.getModifiers())) {
        Object inside = invoke(accessor, model).orElse(null);
        if (type.isInstance(inside)) {
          reads.add(new Read(accessor.getName(), inside));
        }
      }
    }
    return reads;
  }

  private static Optional<?> invoke(Method accessor, Object model) {
    try {
      return (Optional<?>) accessor.invoke(model);
    } catch (IllegalAccessException | InvocationTargetException e) {
      throw new IllegalStateException("Could not call " + accessor, e);
    }
  }

  /** The public model type (Endpoint) of a generated implementation (ImmutableEndpoint, not public). */
  private static Class<?> modelType(Class<?> type) {
    for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
      if (Modifier.isPublic(c.getModifiers())) {
        return c;
      }
      for (Class<?> implemented : c.getInterfaces()) {
        if (Modifier.isPublic(implemented.getModifiers()) && implemented.getName().startsWith("io.hcsdk.")) {
          return implemented;
        }
      }
    }
    throw new IllegalStateException("No public model type above " + type);
  }
}
