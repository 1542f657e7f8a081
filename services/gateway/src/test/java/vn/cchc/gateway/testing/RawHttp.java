package vn.cchc.gateway.testing;

import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

/**
 * HTTP/1.1 over a plain socket, for requests an HTTP client library would refuse or fix up (raw {@code %00},
 * a 20 kB request line, a declared body that is never sent in full) and for reading the answer to a request
 * whose body the server refused half-way.
 */
public final class RawHttp {

    public record Answer(int status, Map<String, String> headers, String body, long millis) {
        public String header(String name) {
            return headers.get(name.toLowerCase(Locale.ROOT));
        }

        public JsonPath json() {
            return new JsonPath(body);
        }
    }

    private RawHttp() {}

    /** Sends the head (request line + headers, CRLF added) then lets {@code body} write; reads the answer. */
    public static Answer exchange(String requestLine, List<String> headers, Consumer<OutputStream> body)
            throws IOException {
        return exchange(null, requestLine, headers, body);
    }

    /** A GET from another loopback address ({@code 127.0.0.2}: a socket peer other than the test client's). */
    public static Answer getFrom(String localAddress, String target, String... headers) throws IOException {
        return exchange(localAddress, "GET " + target + " HTTP/1.1", List.of(headers), null);
    }

    private static Answer exchange(
            String localAddress, String requestLine, List<String> headers, Consumer<OutputStream> body)
            throws IOException {
        long started = System.nanoTime();
        try (Socket socket = new Socket()) {
            if (localAddress != null) {
                socket.bind(new InetSocketAddress(localAddress, 0));
            }
            socket.connect(new InetSocketAddress("127.0.0.1", RestAssured.port), 5_000);
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            StringBuilder head = new StringBuilder(requestLine).append("\r\n");
            head.append("Host: 127.0.0.1:").append(RestAssured.port).append("\r\n");
            headers.forEach(h -> head.append(h).append("\r\n"));
            head.append("\r\n");
            out.write(head.toString().getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            if (body != null) {
                try {
                    body.accept(out);
                    out.flush();
                } catch (RuntimeException e) {
                    if (!(e.getCause() instanceof IOException)) {
                        throw e;
                    }
                    // the server stopped reading: its answer is what matters
                }
            }
            return read(socket.getInputStream(), started);
        }
    }

    public static Answer get(String target, String... headers) throws IOException {
        return exchange("GET " + target + " HTTP/1.1", List.of(headers), null);
    }

    /** Writes {@code bytes} of filler, wrapping IOExceptions so that {@link #exchange} can tell them apart. */
    public static void writeFiller(OutputStream out, long bytes, boolean chunked) {
        byte[] chunk = new byte[16 * 1024];
        java.util.Arrays.fill(chunk, (byte) 'x');
        try {
            long left = bytes;
            while (left > 0) {
                int n = (int) Math.min(chunk.length, left);
                if (chunked) {
                    out.write((Integer.toHexString(n) + "\r\n").getBytes(StandardCharsets.US_ASCII));
                }
                out.write(chunk, 0, n);
                if (chunked) {
                    out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
                }
                left -= n;
            }
            if (chunked) {
                out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            }
            out.flush();
        } catch (IOException e) {
            throw new RuntimeException(e);
        }
    }

    private static Answer read(InputStream in, long started) throws IOException {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        byte[] b = new byte[8192];
        int headEnd = -1;
        long contentLength = -1;
        while (true) {
            int n;
            try {
                n = in.read(b);
            } catch (SocketTimeoutException | java.net.SocketException e) {
                if (headEnd >= 0 || buffer.size() > 0) {
                    break;
                }
                throw e;
            }
            if (n < 0) {
                break;
            }
            buffer.write(b, 0, n);
            String text = buffer.toString(StandardCharsets.ISO_8859_1);
            if (headEnd < 0) {
                headEnd = text.indexOf("\r\n\r\n");
                if (headEnd >= 0) {
                    for (String line : text.substring(0, headEnd).split("\r\n")) {
                        if (line.toLowerCase(Locale.ROOT).startsWith("content-length:")) {
                            contentLength = Long.parseLong(line.substring(15).trim());
                        }
                    }
                }
            }
            if (headEnd >= 0 && contentLength >= 0 && buffer.size() >= headEnd + 4 + contentLength) {
                break;
            }
        }
        long millis = (System.nanoTime() - started) / 1_000_000;
        String text = buffer.toString(StandardCharsets.UTF_8);
        int end = text.indexOf("\r\n\r\n");
        if (end < 0) {
            throw new IOException("no complete answer: " + text);
        }
        String[] lines = text.substring(0, end).split("\r\n");
        int status = Integer.parseInt(lines[0].split(" ")[1]);
        Map<String, String> headers = new LinkedHashMap<>();
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            headers.merge(
                    lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT),
                    lines[i].substring(colon + 1).trim(),
                    (a, c) -> a + ", " + c);
        }
        return new Answer(status, headers, text.substring(end + 4), millis);
    }
}
