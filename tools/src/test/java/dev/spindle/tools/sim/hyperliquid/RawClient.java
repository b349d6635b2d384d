package dev.spindle.tools.sim.hyperliquid;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * A WebSocket client on a bare socket, for what the JDK client hides: whether the connection ended with a close
 * frame or just ended (the JDK client reports both as a close, and can miss an abrupt end).
 */
final class RawClient implements AutoCloseable
{
    static final int TEXT = 1;
    static final int CLOSE = 8;

    private final Socket socket;
    private final DataInputStream in;
    private final OutputStream out;

    /** A frame read from the server. */
    record Frame(int opcode, byte[] payload)
    {
        String text()
        {
            return new String(payload, StandardCharsets.UTF_8);
        }
    }

    private RawClient(final Socket socket) throws IOException
    {
        this.socket = socket;
        this.in = new DataInputStream(socket.getInputStream());
        this.out = socket.getOutputStream();
    }

    /** Connect to a {@code ws://} URL and complete the upgrade. */
    static RawClient connect(final String url) throws IOException
    {
        final URI uri = URI.create(url);
        final RawClient client = new RawClient(new Socket(uri.getHost(), uri.getPort()));
        client.socket.setSoTimeout(5_000);
        final String key = Base64.getEncoder().encodeToString("spindle-raw-test".getBytes(StandardCharsets.US_ASCII));
        client.out.write(("GET " + uri.getPath() + " HTTP/1.1\r\nHost: " + uri.getHost() + ":" + uri.getPort() +
            "\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Key: " + key +
            "\r\nSec-WebSocket-Version: 13\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
        final StringBuilder head = new StringBuilder();
        while (!head.toString().endsWith("\r\n\r\n"))
        {
            head.append((char)client.in.readUnsignedByte());
        }
        assertTrue(head.toString().startsWith("HTTP/1.1 101"), head.toString());
        return client;
    }

    /** Send a masked text frame. */
    void send(final String text) throws IOException
    {
        final byte[] payload = text.getBytes(StandardCharsets.UTF_8);
        final byte[] mask = {1, 2, 3, 4};
        final ByteArrayOutputStream frame = new ByteArrayOutputStream();
        frame.write(0x80 | TEXT);
        if (payload.length < 126)
        {
            frame.write(0x80 | payload.length);
        }
        else
        {
            frame.write(0x80 | 126);
            frame.write(payload.length >>> 8);
            frame.write(payload.length & 0xFF);
        }
        frame.write(mask);
        for (int i = 0; i < payload.length; i++)
        {
            frame.write(payload[i] ^ mask[i & 3]);
        }
        out.write(frame.toByteArray());
        out.flush();
    }

    /**
     * @return the next frame, or null once the connection has ended (end of stream or reset).
     * @throws java.net.SocketTimeoutException if nothing arrives within {@code timeoutMs}.
     */
    Frame read(final int timeoutMs) throws IOException
    {
        socket.setSoTimeout(timeoutMs);
        try
        {
            final int b0 = in.readUnsignedByte();
            final int b1 = in.readUnsignedByte();
            long length = b1 & 0x7F;
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
            return new Frame(b0 & 0x0F, payload);
        }
        catch (final EOFException ex)
        {
            return null;
        }
        catch (final SocketException reset)
        {
            return null;
        }
    }

    @Override
    public void close() throws IOException
    {
        socket.close();
    }
}
