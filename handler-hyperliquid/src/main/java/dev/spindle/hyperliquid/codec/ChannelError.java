package dev.spindle.hyperliquid.codec;

import java.nio.charset.StandardCharsets;

/**
 * A decoded {@code error} channel frame, {@code {"channel":"error","data":"Error parsing JSON into valid websocket
 * request: ..."}} (also {@code "Already subscribed: ..."}): the venue refused a request and kept the connection.
 * The text is kept as raw bytes, escapes untouched, up to {@link #MAX_LENGTH} bytes. Reusable storage owned by
 * {@link FrameDecoder}; not thread safe.
 */
public final class ChannelError
{
    /** Bytes of the message kept; the rest is cut and {@link #isTruncated()} is set. */
    public static final int MAX_LENGTH = 512;

    private final byte[] text = new byte[MAX_LENGTH];
    private int length;
    private boolean truncated;

    void set(final byte[] buf, final int off, final int len)
    {
        length = Math.min(len, MAX_LENGTH);
        truncated = len > MAX_LENGTH;
        System.arraycopy(buf, off, text, 0, length);
    }

    /** @return bytes of the message kept. */
    public int length()
    {
        return length;
    }

    /** @return true if the message was longer than {@link #MAX_LENGTH} and was cut. */
    public boolean isTruncated()
    {
        return truncated;
    }

    /** @return the message (the {@code data} string, or the raw JSON of a non-string {@code data}); allocates. */
    public String message()
    {
        return new String(text, 0, length, StandardCharsets.UTF_8);
    }

    @Override
    public String toString()
    {
        return "ChannelError[" + message() + (truncated ? "..." : "") + "]";
    }
}
