package io.hcsdk.examples;

import io.hcsdk.core.ClientConfig;
import java.io.PrintStream;
import java.util.Arrays;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * How every example runs: connect (environment or embedded simulator), run, and end with exit code 0,
 * or non-zero after a one-line reason. {@code --trace} adds the stack trace.
 */
final class Example {
  /** What an example does once connected. */
  @FunctionalInterface
  interface Body {
    void run(ExampleCloud cloud, String[] args, PrintStream out) throws Exception;
  }

  private Example() {}

  /** For {@code main}: runs against {@link System#getenv()} and exits non-zero on failure. */
  static void main(String name, String[] args, Body body) {
    int code = run(name, args, System.getenv(), UnaryOperator.identity(), System.out, System.err, body);
    if (code != 0) {
      System.exit(code);
    }
  }

  /** Runs {@code body} and returns the exit code. */
  static int run(String name, String[] args, Map<String, String> env, UnaryOperator<ClientConfig.Builder> adjust,
      PrintStream out, PrintStream err, Body body) {
    boolean trace = Arrays.asList(args).contains("--trace");
    String[] rest = Arrays.stream(args).filter(a -> !a.equals("--trace")).toArray(String[]::new);
    try (ExampleCloud cloud = ExampleCloud.connect(env, adjust, out)) {
      body.run(cloud, rest, out);
      return 0;
    } catch (Exception e) {
      err.println(name + " failed: " + oneLine(e));
      if (trace) {
        e.printStackTrace(err);
      }
      return 1;
    }
  }

  private static String oneLine(Throwable e) {
    String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    return message.replaceAll("\\s*\\R\\s*", " ");
  }
}
