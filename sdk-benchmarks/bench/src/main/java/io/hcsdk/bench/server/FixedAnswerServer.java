package io.hcsdk.bench.server;

import io.hcsdk.bench.driver.Fixture;
import io.hcsdk.bench.driver.Worker;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * A fixed-answer HTTP/1.1 server on 127.0.0.1 for the loopback and cold-start benchmarks, meant to
 * run in a process of its own so that its work is never charged to a client. ShowEndpoint answers
 * 200 and CreateEndpoint 202, both with the document's endpoint body; a request without
 * {@code X-Auth-Token} or an {@code SDK-HMAC-SHA256} {@code Authorization} gets 401, any other path
 * the gateway's 404. Answers are prepared bytes written in one call; keep-alive; one thread per
 * connection (a benchmark opens at most a few dozen).
 *
 * <p>{@code FixedAnswerServer [port]} prints {@code @@listening <port>} and serves until its stdin
 * closes, so it never outlives the harness that started it.
 */
public final class FixedAnswerServer implements AutoCloseable {
  private static final int MAX_HEADER_BYTES = 64 * 1024;

  private final ServerSocket socket;
  private final byte[] show;
  private final byte[] create;
  private final byte[] unauthorized;
  private final byte[] notFound;

  private FixedAnswerServer(ServerSocket socket) {
    this.socket = socket;
    byte[] endpoint = Fixture.endpointBody();
    this.show = answer("200 OK", endpoint);
    this.create = answer("202 Accepted", endpoint);
    this.unauthorized = answer("401 Unauthorized", ("{\"error_code\":\"APIG.0301\",\"error_msg\":\"Incorrect IAM "
        + "authentication information: no credentials\",\"request_id\":\"" + Fixture.REQUEST_ID + "\"}")
        .getBytes(StandardCharsets.UTF_8));
    this.notFound = answer("404 Not Found", ("{\"error_code\":\"APIG.0101\",\"error_msg\":\"The API does not exist "
        + "or has not been published in the environment\",\"request_id\":\"" + Fixture.REQUEST_ID + "\"}")
        .getBytes(StandardCharsets.UTF_8));
  }

  public static void main(String[] args) throws IOException {
    int port = args.length > 0 ? Integer.parseInt(args[0]) : 0;
    try (FixedAnswerServer server = start(port)) {
      System.out.println(Worker.MARK + "listening " + server.port());
      System.out.flush();
      InputStream parent = System.in;
      while (parent.read() != -1) {
        // Nothing to read: the end of stdin is the signal to stop.
      }
    }
  }

  /** Starts serving on 127.0.0.1 ({@code port} 0: any free port) on a daemon thread. */
  public static FixedAnswerServer start(int port) throws IOException {
    FixedAnswerServer server = new FixedAnswerServer(new ServerSocket(port, 128, InetAddress.getLoopbackAddress()));
    Thread acceptor = new Thread(server::acceptLoop, "fixed-answer-acceptor");
    acceptor.setDaemon(true);
    acceptor.start();
    return server;
  }

  public int port() {
    return socket.getLocalPort();
  }

  @Override
  public void close() throws IOException {
    socket.close();
  }

  private void acceptLoop() {
    int connections = 0;
    while (!socket.isClosed()) {
      try {
        Socket connection = socket.accept();
        connection.setTcpNoDelay(true);
        Thread handler = new Thread(() -> serve(connection), "fixed-answer-" + ++connections);
        handler.setDaemon(true);
        handler.start();
      } catch (IOException e) {
        if (!socket.isClosed()) {
          System.err.println("accept failed: " + e);
        }
      }
    }
  }

  private void serve(Socket connection) {
    try (connection) {
      InputStream in = new BufferedInputStream(connection.getInputStream(), 16 * 1024);
      OutputStream out = connection.getOutputStream();
      Request request;
      while ((request = Request.read(in)) != null) {
        out.write(route(request));
        out.flush();
        if (request.close) {
          return;
        }
      }
    } catch (SocketException e) {
      // The client closed the connection: normal at the end of a run.
    } catch (IOException e) {
      System.err.println("connection failed: " + e);
    }
  }

  private byte[] route(Request request) {
    if (!request.authenticated) {
      return unauthorized;
    }
    if (request.method.equals("GET") && request.path.equals(Fixture.endpointPath())) {
      return show;
    }
    if (request.method.equals("POST") && request.path.equals(Fixture.endpointsPath())) {
      return create;
    }
    return notFound;
  }

  private static byte[] answer(String status, byte[] body) {
    byte[] head = ("HTTP/1.1 " + status + "\r\n"
        + "Content-Type: application/json\r\n"
        + "Content-Length: " + body.length + "\r\n"
        + "X-Request-Id: " + Fixture.REQUEST_ID + "\r\n"
        + "\r\n").getBytes(StandardCharsets.US_ASCII);
    byte[] whole = new byte[head.length + body.length];
    System.arraycopy(head, 0, whole, 0, head.length);
    System.arraycopy(body, 0, whole, head.length, body.length);
    return whole;
  }

  /** What the server needs of a request; its body is read and dropped. */
  private static final class Request {
    final String method;
    final String path;
    final boolean authenticated;
    final boolean close;

    private Request(String method, String path, boolean authenticated, boolean close) {
      this.method = method;
      this.path = path;
      this.authenticated = authenticated;
      this.close = close;
    }

    /** The next request on the connection, or null at its end. */
    static Request read(InputStream in) throws IOException {
      String requestLine = line(in);
      if (requestLine == null) {
        return null;
      }
      String[] parts = requestLine.split(" ");
      if (parts.length != 3) {
        throw new IOException("Not an HTTP request line: " + requestLine);
      }
      long contentLength = 0;
      boolean chunked = false;
      boolean authenticated = false;
      boolean close = parts[2].equals("HTTP/1.0");
      int headerBytes = 0;
      for (String header = line(in); header != null && !header.isEmpty(); header = line(in)) {
        headerBytes += header.length();
        if (headerBytes > MAX_HEADER_BYTES) {
          throw new IOException("Headers too large");
        }
        int colon = header.indexOf(':');
        if (colon < 0) {
          continue;
        }
        String name = header.substring(0, colon).trim().toLowerCase(Locale.ROOT);
        String value = header.substring(colon + 1).trim();
        switch (name) {
          case "content-length" -> contentLength = Long.parseLong(value);
          case "transfer-encoding" -> chunked = value.toLowerCase(Locale.ROOT).contains("chunked");
          case "connection" -> close = value.equalsIgnoreCase("close");
          case "x-auth-token" -> authenticated |= !value.isEmpty();
          case "authorization" -> authenticated |= value.startsWith("SDK-HMAC-SHA256 ");
          default -> { }
        }
      }
      if (chunked) {
        skipChunks(in);
      } else {
        skip(in, contentLength);
      }
      int query = parts[1].indexOf('?');
      return new Request(parts[0], query < 0 ? parts[1] : parts[1].substring(0, query), authenticated, close);
    }

    private static void skipChunks(InputStream in) throws IOException {
      while (true) {
        String size = line(in);
        if (size == null) {
          throw new IOException("Truncated chunked body");
        }
        int extension = size.indexOf(';');
        long length = Long.parseLong((extension < 0 ? size : size.substring(0, extension)).trim(), 16);
        if (length == 0) {
          for (String trailer = line(in); trailer != null && !trailer.isEmpty(); trailer = line(in)) {
            // trailers are dropped
          }
          return;
        }
        skip(in, length);
        line(in);
      }
    }

    private static void skip(InputStream in, long length) throws IOException {
      long left = length;
      while (left > 0) {
        long skipped = in.skip(left);
        if (skipped <= 0) {
          if (in.read() < 0) {
            throw new IOException("Truncated body");
          }
          skipped = 1;
        }
        left -= skipped;
      }
    }

    /** One CRLF-terminated line in ISO-8859-1, or null at the end of the stream before any byte. */
    private static String line(InputStream in) throws IOException {
      StringBuilder line = new StringBuilder(64);
      int b = in.read();
      if (b < 0) {
        return null;
      }
      while (b >= 0 && b != '\n') {
        if (b != '\r') {
          line.append((char) b);
        }
        b = in.read();
      }
      return line.toString();
    }
  }
}
