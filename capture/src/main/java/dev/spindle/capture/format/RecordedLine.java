package dev.spindle.capture.format;

import java.nio.charset.StandardCharsets;

/**
 * One line of a recording, reused for every line (a flyweight): valid only inside
 * {@link RecordHandler#onLine(RecordedLine)}. Copy what must outlive the call.
 */
public final class RecordedLine
{
    /** What a recorded line carries. */
    public enum Kind
    {
        /** A raw WebSocket text frame as received (combined-stream wrapper or bare payload). */
        WS_FRAME,
        /** A REST depth snapshot body ({@code {"lastUpdateId":..}}). */
        REST_SNAPSHOT
    }

    Kind kind;
    long localNs;
    byte[] buffer;
    int offset;
    int length;
    String file;
    long lineNo;
    String restSymbol;

    /** @return what this line carries. */
    public Kind kind()
    {
        return kind;
    }

    /** @return the recorder's local receive time, epoch ns (resolution as recorded). */
    public long localNs()
    {
        return localNs;
    }

    /** @return buffer holding the raw JSON payload. */
    public byte[] buffer()
    {
        return buffer;
    }

    /** @return offset of the payload in {@link #buffer()}. */
    public int offset()
    {
        return offset;
    }

    /** @return payload length in bytes. */
    public int length()
    {
        return length;
    }

    /** @return file name the line came from, for error messages. */
    public String file()
    {
        return file;
    }

    /** @return 1-based line number in {@link #file()}. */
    public long lineNo()
    {
        return lineNo;
    }

    /**
     * @return upper-case symbol of a REST snapshot when the recording names it (cryptofeed URLs), else null:
     * hftbacktest inline snapshots do not say which symbol they belong to.
     */
    public String restSymbol()
    {
        return restSymbol;
    }

    /** @return the payload decoded as UTF-8 (allocates; for tests and tooling). */
    public String payloadString()
    {
        return new String(buffer, offset, length, StandardCharsets.UTF_8);
    }

    /** @return a {@code file:line} position for error messages. */
    public String position()
    {
        return file + ":" + lineNo;
    }
}
