package io.hcsdk.bench.loopback;

import io.hcsdk.bench.Layout;
import io.hcsdk.bench.driver.Measurement;
import io.hcsdk.bench.driver.Op;
import io.hcsdk.bench.driver.Worker;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * A client in a JVM of its own, on its own class path, driven over the {@link Worker} protocol. All
 * workers get the same JVM options; their stderr goes to a log file named in any failure.
 */
public final class WorkerProcess implements AutoCloseable {
  /** The same for every worker: a fixed heap, so that no worker resizes its heap during a run (G1, the default). */
  static final List<String> JVM_OPTIONS = List.of("-Xms512m", "-Xmx512m");

  private final Contender contender;
  private final Process process;
  private final BufferedReader out;
  private final PrintStream in;
  private final Path log;

  private WorkerProcess(Contender contender, Process process, Path log) {
    this.contender = contender;
    this.process = process;
    this.log = log;
    this.out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
    this.in = new PrintStream(process.getOutputStream(), true, StandardCharsets.UTF_8);
  }

  /** Starts the worker; {@link #awaitReady()} waits until it has built its client. */
  public static WorkerProcess start(Layout layout, Contender contender, String fabricUrl) throws IOException {
    Path log = Files.createTempFile("hcsdk-bench-" + contender.name().toLowerCase(Locale.ROOT) + "-", ".log");
    List<String> command = Layout.javaCommand(JVM_OPTIONS.toArray(String[]::new));
    command.addAll(List.of("-cp", layout.classPath(contender.client()), contender.client().workerMain(),
        fabricUrl, contender.auth().name().toLowerCase(Locale.ROOT)));
    Process process = new ProcessBuilder(command).redirectError(log.toFile()).start();
    return new WorkerProcess(contender, process, log);
  }

  public Contender contender() {
    return contender;
  }

  public WorkerProcess awaitReady() throws IOException {
    String answer = answer();
    if (!answer.equals("ready")) {
      throw failure(answer);
    }
    return this;
  }

  /** Runs {@code calls} calls of {@code op} on {@code threads} threads in the worker. */
  public Measurement run(Op op, int threads, long calls) throws IOException {
    in.println("run " + op.name() + " " + threads + " " + calls);
    String answer = answer();
    if (!answer.startsWith("result ")) {
      throw failure(answer);
    }
    return Measurement.parse(answer);
  }

  private String answer() throws IOException {
    for (String line = out.readLine(); line != null; line = out.readLine()) {
      if (line.startsWith(Worker.MARK)) {
        return line.substring(Worker.MARK.length());
      }
    }
    return "error the worker ended";
  }

  private IOException failure(String answer) {
    return new IOException(contender + " worker: " + answer + " (its stderr: " + log + ")");
  }

  @Override
  public void close() {
    in.println("quit");
    in.close();
    try {
      if (!process.waitFor(10, TimeUnit.SECONDS)) {
        process.destroyForcibly();
      }
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
    }
  }
}
