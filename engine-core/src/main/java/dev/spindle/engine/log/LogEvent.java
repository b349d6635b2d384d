package dev.spindle.engine.log;

/**
 * A preallocated, mutable log record, filled in place on the producing thread and formatted on the logger thread.
 * Text is copied into a fixed char buffer and arguments are kept as {@code long} key/value pairs, so filling one
 * allocates nothing. Keys are expected to be static strings; the record keeps the reference, never a copy.
 */
final class LogEvent
{
    /** Chars of free text kept per event; longer text is cut and flagged. */
    static final int MAX_TEXT_CHARS = 256;
    /** Key/value arguments kept per event; further ones are dropped and flagged. */
    static final int MAX_ARGS = 16;

    final char[] text = new char[MAX_TEXT_CHARS];
    final String[] keys = new String[MAX_ARGS];
    final long[] values = new long[MAX_ARGS];
    final byte[] scales = new byte[MAX_ARGS];

    EventCode code;
    String source;
    long tsNs;
    int textLength;
    int argCount;
    boolean truncated;

    void reset(final EventCode code, final String source, final long tsNs)
    {
        this.code = code;
        this.source = source;
        this.tsNs = tsNs;
        textLength = 0;
        argCount = 0;
        truncated = false;
    }

    void appendChar(final char c)
    {
        if (textLength < MAX_TEXT_CHARS)
        {
            text[textLength++] = c;
        }
        else
        {
            truncated = true;
        }
    }

    void appendText(final CharSequence value)
    {
        if (null == value)
        {
            appendText("null");
            return;
        }
        final int length = value.length();
        final int room = MAX_TEXT_CHARS - textLength;
        final int count = Math.min(length, room);
        if (value instanceof String)
        {
            ((String)value).getChars(0, count, text, textLength);
            textLength += count;
        }
        else
        {
            for (int i = 0; i < count; i++)
            {
                text[textLength++] = value.charAt(i);
            }
        }
        if (count < length)
        {
            truncated = true;
        }
    }

    void appendLong(final long value)
    {
        if (value == Long.MIN_VALUE)
        {
            appendText("-9223372036854775808");
            return;
        }
        long remaining = value;
        if (remaining < 0)
        {
            appendChar('-');
            remaining = -remaining;
        }
        final int digits = digitCount(remaining);
        if (textLength + digits > MAX_TEXT_CHARS)
        {
            truncated = true;
            return;
        }
        for (int i = textLength + digits - 1; i >= textLength; i--)
        {
            text[i] = (char)('0' + (remaining % 10));
            remaining /= 10;
        }
        textLength += digits;
    }

    void arg(final String key, final long value, final int scale)
    {
        if (argCount < MAX_ARGS)
        {
            keys[argCount] = key;
            values[argCount] = value;
            scales[argCount] = (byte)scale;
            argCount++;
        }
        else
        {
            truncated = true;
        }
    }

    private static int digitCount(final long positive)
    {
        long bound = 10;
        for (int digits = 1; digits < 19; digits++)
        {
            if (positive < bound)
            {
                return digits;
            }
            bound *= 10;
        }
        return 19;
    }
}
