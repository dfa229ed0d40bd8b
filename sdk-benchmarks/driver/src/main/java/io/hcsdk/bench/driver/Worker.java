package io.hcsdk.bench.driver;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.function.Supplier;

/**
 * The main loop of a worker process: one client, driven over stdin/stdout by the harness, so that each
 * client runs in a JVM of its own with its own class path and its own JIT profile.
 *
 * <p>Protocol (one line each way; the worker's lines start with {@link #MARK} so that anything a
 * library prints is ignored): the worker says {@code ready}; then {@code run <SHOW|CREATE> <threads>
 * <calls>} answers {@code result ...} (see {@link Measurement#toLine()}) or {@code error <text>};
 * {@code quit} or the end of stdin closes the client and ends the process.
 */
public final class Worker {
  /** Marks the lines of the protocol on a worker's stdout. */
  public static final String MARK = "@@";

  private Worker() {}

  /** Builds the client (a failure is reported as {@code error}), then serves until told to quit. */
  public static void serve(Supplier<FabricCalls> clientFactory) throws IOException {
    PrintStream out = System.out;
    FabricCalls client;
    try {
      client = clientFactory.get();
    } catch (RuntimeException e) {
      say(out, "error " + describe(e));
      return;
    }
    try (client) {
      BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
      say(out, "ready");
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        String[] words = line.trim().split(" ");
        if (words[0].equals("quit")) {
          return;
        }
        say(out, words[0].equals("run") && words.length == 4 ? run(client, words) : "error not a command: " + line);
      }
    }
  }

  private static String run(FabricCalls client, String[] words) {
    try {
      // Each run starts on a collected heap, so that one run's garbage is not another's pause.
      System.gc();
      return CallLoop.run(client, Op.valueOf(words[1]), Integer.parseInt(words[2]), Long.parseLong(words[3]))
          .toLine();
    } catch (Exception e) {
      return "error " + describe(e);
    }
  }

  private static String describe(Throwable e) {
    StringBuilder text = new StringBuilder(e.toString());
    for (Throwable cause = e.getCause(); cause != null && cause != cause.getCause(); cause = cause.getCause()) {
      text.append(" / caused by ").append(cause);
    }
    return text.toString().replace('\n', ' ');
  }

  private static void say(PrintStream out, String line) {
    out.println(MARK + line);
    out.flush();
  }
}
