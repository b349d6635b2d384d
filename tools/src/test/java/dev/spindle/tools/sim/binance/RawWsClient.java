package dev.spindle.tools.sim.binance;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * A bare-socket WebSocket client that never answers anything (no pong, no close reply) and exposes frames as
 * raw bytes: for byte-exact checks and for the heartbeat rules.
 */
final class RawWsClient implements AutoCloseable
{
    static final int TEXT = 0x1;
    static final int CLOSE = 0x8;
    static final int PING = 0x9;

    private final Socket socket;
    private final DataInputStream in;
    private final int status;

    /** One frame as received. */
    record Frame(int opcode, byte[] payload)
    {
        String text()
        {
            return new String(payload, StandardCharsets.UTF_8);
        }

        int closeCode()
        {
            return payload.length >= 2 ? ((payload[0] & 0xff) << 8) | (payload[1] & 0xff) : 1005;
        }
    }

    private RawWsClient(final Socket socket, final DataInputStream in, final int status)
    {
        this.socket = socket;
        this.in = in;
        this.status = status;
    }

    /**
     * @param wsUrl e.g. {@code ws://127.0.0.1:1234}.
     * @param path  e.g. {@code /ws/ethusdt@trade}.
     * @return the client after the handshake; check {@link #status()} (101 when upgraded).
     */
    static RawWsClient connect(final String wsUrl, final String path) throws IOException
    {
        final URI uri = URI.create(wsUrl);
        final Socket socket = new Socket(uri.getHost(), uri.getPort());
        socket.setSoTimeout(5_000);
        final OutputStream out = socket.getOutputStream();
        final String key = Base64.getEncoder().encodeToString("spindle-raw-test".getBytes(StandardCharsets.US_ASCII));
        out.write(("GET " + path + " HTTP/1.1\r\nHost: " + uri.getHost() + ":" + uri.getPort() + "\r\n" +
            "Upgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Key: " + key + "\r\n" +
            "Sec-WebSocket-Version: 13\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
        out.flush();
        final DataInputStream in = new DataInputStream(socket.getInputStream());
        final String statusLine = readHeaders(in);
        final String[] parts = statusLine.split(" ");
        return new RawWsClient(socket, in, parts.length > 1 ? Integer.parseInt(parts[1]) : -1);
    }

    private static String readHeaders(final InputStream in) throws IOException
    {
        final ByteArrayOutputStream head = new ByteArrayOutputStream();
        int matched = 0;
        while (matched < 4)
        {
            final int b = in.read();
            if (b < 0)
            {
                break;
            }
            head.write(b);
            matched = (b == '\r' && (matched == 0 || matched == 2)) || (b == '\n' && (matched == 1 || matched == 3)) ?
                matched + 1 : 0;
        }
        final String text = head.toString(StandardCharsets.US_ASCII);
        final int eol = text.indexOf("\r\n");
        return eol < 0 ? text : text.substring(0, eol);
    }

    /** @return the HTTP status of the handshake answer. */
    int status()
    {
        return status;
    }

    /**
     * @param timeoutMs read timeout.
     * @return the next frame, or null when the server closed the TCP connection.
     * @throws SocketTimeoutException if nothing arrived in time.
     */
    Frame read(final int timeoutMs) throws IOException
    {
        socket.setSoTimeout(timeoutMs);
        try
        {
            final int b0 = in.readUnsignedByte();
            final int b1 = in.readUnsignedByte();
            long length = b1 & 0x7f;
            if (length == 126)
            {
                length = in.readUnsignedShort();
            }
            else if (length == 127)
            {
                length = in.readLong();
            }
            final byte[] payload = new byte[(int)length];
            in.readFully(payload);
            return new Frame(b0 & 0x0f, payload);
        }
        catch (final EOFException ex)
        {
            return null;
        }
        catch (final IOException ex)
        {
            if (ex instanceof SocketTimeoutException)
            {
                throw ex;
            }
            return null; // connection reset: the server dropped us
        }
    }

    /** @return the next text frame, skipping pings; fails on close. */
    String nextText(final int timeoutMs) throws IOException
    {
        while (true)
        {
            final Frame frame = read(timeoutMs);
            if (frame == null || frame.opcode() == CLOSE)
            {
                throw new IOException("connection ended while waiting for a text frame");
            }
            if (frame.opcode() == TEXT)
            {
                return frame.text();
            }
        }
    }

    @Override
    public void close() throws IOException
    {
        socket.close();
    }
}
