package org.tongxin.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * HTTP/1.0 (no chunked answers) over a plain socket, for what {@link java.net.http.HttpClient} will not send: a forged
 * {@code Host} header. Answers the whole response (status line, headers, body) as text.
 */
public final class RawHttp {

    private RawHttp() {}

    public static String get(String path, String host, String user) {
        return send("GET", path, host, user, null);
    }

    public static String post(String path, String host, String user, String json) {
        return send("POST", path, host, user, json);
    }

    private static String send(String method, String path, String host, String user, String json) {
        URI base = URI.create(Api.BASE);
        try (Socket socket = new Socket(base.getHost(), base.getPort() == -1 ? 80 : base.getPort())) {
            socket.setSoTimeout(30_000);
            byte[] body = json == null ? new byte[0] : json.getBytes(StandardCharsets.UTF_8);
            StringBuilder head = new StringBuilder(method + " " + path + " HTTP/1.0\r\nHost: " + host
                    + "\r\nConnection: close\r\n" + "Accept: */*\r\n");
            if (user != null) {
                head.append("Authorization: Basic ")
                        .append(Base64.getEncoder()
                                .encodeToString((user + ":" + Api.DEMO_PASSWORD).getBytes(StandardCharsets.UTF_8)))
                        .append("\r\n");
            }
            if (json != null) {
                head.append("Content-Type: application/json\r\nContent-Length: ")
                        .append(body.length)
                        .append("\r\n");
            }
            head.append("\r\n");
            OutputStream out = socket.getOutputStream();
            out.write(head.toString().getBytes(StandardCharsets.US_ASCII));
            out.write(body);
            out.flush();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream answer = new ByteArrayOutputStream();
            in.transferTo(answer);
            return answer.toString(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
