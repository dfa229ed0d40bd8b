package io.hcsdk.core.poll;

import io.hcsdk.core.error.BadRequestException;
import io.hcsdk.core.error.ErrorDetails;
import io.hcsdk.core.error.NotFoundException;
import io.hcsdk.core.error.ServerException;
import io.hcsdk.core.error.ThrottledException;
import io.hcsdk.core.error.TransportException;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/** Test resources, service errors and scripted polls. */
final class Fixtures {
  private Fixtures() {}

  /** A resource shaped like a Fabric endpoint: a status plus its own error fields. */
  record Res(String id, String status, Optional<String> errorCode, Optional<String> errorMsg) {
    static Res of(String status) {
      return new Res("ep-1", status, Optional.empty(), Optional.empty());
    }

    static Res failed(String status, String code, String message) {
      return new Res("ep-1", status, Optional.of(code), Optional.of(message));
    }
  }

  static ServerException serverError() {
    return new ServerException(new ErrorDetails(503, "common.503", "service busy", null, "req-503", 3, "", null));
  }

  static NotFoundException notFound() {
    return new NotFoundException(new ErrorDetails(404, "common.01000001", "endpoint not found", null, "req-404", 1, "", null));
  }

  static ThrottledException throttled(Duration retryAfter) {
    return new ThrottledException(new ErrorDetails(429, "APIG.0308", "policy user over ratelimit", null, "req-429", 3, "",
        retryAfter));
  }

  static TransportException transportError() {
    return new TransportException("connection reset", new IOException("reset"), true, 3);
  }

  static BadRequestException badRequest() {
    return new BadRequestException(new ErrorDetails(400, "common.400", "bad id", null, "req-400", 1, "", null));
  }

  /** Answers each poll with the next step (a resource, or an exception to throw); the last step repeats. */
  static final class Script implements Supplier<Res> {
    private final List<Object> steps;
    private final AtomicInteger calls = new AtomicInteger();

    Script(Object... steps) {
      this.steps = List.of(steps);
    }

    static Script statuses(String... statuses) {
      return new Script(java.util.Arrays.stream(statuses).map(Res::of).toArray());
    }

    @Override
    public Res get() {
      Object step = steps.get(Math.min(calls.getAndIncrement(), steps.size() - 1));
      if (step instanceof RuntimeException e) {
        throw e;
      }
      return (Res) step;
    }

    /** The same script as completed futures, for the async form. */
    Supplier<CompletableFuture<Res>> async() {
      return () -> {
        try {
          return CompletableFuture.completedFuture(get());
        } catch (RuntimeException e) {
          return CompletableFuture.failedFuture(e);
        }
      };
    }

    int calls() {
      return calls.get();
    }
  }
}
