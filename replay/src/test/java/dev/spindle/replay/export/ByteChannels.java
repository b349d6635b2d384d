package dev.spindle.replay.export;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.WritableByteChannel;
import java.nio.charset.StandardCharsets;

/** An in-memory channel for tests. */
final class ByteChannels implements WritableByteChannel
{
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();

    @Override
    public int write(final ByteBuffer src)
    {
        final int n = src.remaining();
        final byte[] copy = new byte[n];
        src.get(copy);
        bytes.write(copy, 0, n);
        return n;
    }

    @Override
    public boolean isOpen()
    {
        return true;
    }

    @Override
    public void close()
    {
    }

    String text()
    {
        return bytes.toString(StandardCharsets.US_ASCII);
    }

    byte[] bytes()
    {
        return bytes.toByteArray();
    }
}
