package io.hcsdk.bench.server;

import io.hcsdk.bench.Layout;
import io.hcsdk.bench.driver.Worker;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;

/**
 * The {@link FixedAnswerServer} in a JVM of its own (so its CPU and allocation are never a client's),
 * started from this process's class path and stopped by closing its stdin.
 */
public final class ServerProcess implements AutoCloseable {
  private final Process process;
  private final int port;

  private ServerProcess(Process process, int port) {
    this.process = process;
    this.port = port;
  }

  public static ServerProcess start() throws IOException {
    Process process = new ProcessBuilder(Layout.javaCommand("-Xms128m", "-Xmx128m", "-XX:+UseSerialGC",
        "-cp", System.getProperty("java.class.path"), FixedAnswerServer.class.getName()))
        .redirectError(ProcessBuilder.Redirect.INHERIT)
        .start();
    BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
    for (String line = out.readLine(); line != null; line = out.readLine()) {
      if (line.startsWith(Worker.MARK + "listening ")) {
        return new ServerProcess(process, Integer.parseInt(line.substring(Worker.MARK.length() + 10).trim()));
      }
    }
    process.destroyForcibly();
    throw new IOException("The fixed-answer server ended before listening");
  }

  /** {@code http://127.0.0.1:<port>}, the Fabric host every client is pointed at. */
  public String url() {
    return "http://127.0.0.1:" + port;
  }

  @Override
  public void close() throws IOException {
    process.getOutputStream().close();
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
