package dev.spindle.engine.log;

/**
 * A preallocated, mutable log record, filled in place on the producing thread and formatted on the logger thread.
 * <p>
 * Layout is chosen for the hand-over between two cores: everything an emit writes lives in two arrays, the
 * references ({@code code, source, keys...}) in one and the numbers ({@code tsNs}, lengths, packed decimal
 * scales, values) in the other, so a typical event dirties two cache lines, not one per field group. Free text
 * goes to a separate char buffer that only text events touch. Keys are expected to be static strings; the record
 * keeps the reference, never a copy. Nothing here allocates.
 */
final class LogEvent
{
    /** Chars of free text kept per event; longer text is cut and flagged. */
    static final int MAX_TEXT_CHARS = 256;
    /** Key/value arguments kept per event; further ones are dropped and flagged. */
    static final int MAX_ARGS = 12;

    private static final int CODE = 0;
    private static final int SOURCE = 1;
    private static final int FIRST_KEY = 2;

    private static final int TS = 0;
    private static final int META = 1;
    private static final int SCALES = 2;
    private static final int FIRST_VALUE = 3;

    private static final int SCALE_BITS = 5;
    private static final long SCALE_MASK = (1L << SCALE_BITS) - 1;
    private static final int ARG_COUNT_MASK = 0xFF;
    private static final int TEXT_LENGTH_SHIFT = 8;
    private static final int TEXT_LENGTH_MASK = 0xFFFF;
    private static final long TRUNCATED = 1L << 24;

    private final Object[] refs = new Object[FIRST_KEY + MAX_ARGS];
    private final long[] numbers = new long[FIRST_VALUE + MAX_ARGS];
    private final char[] text = new char[MAX_TEXT_CHARS];

    void reset(final EventCode code, final String source, final long tsNs)
    {
        refs[CODE] = code;
        refs[SOURCE] = source;
        numbers[TS] = tsNs;
        numbers[META] = 0;
        numbers[SCALES] = 0;
    }

    EventCode code()
    {
        return (EventCode)refs[CODE];
    }

    String source()
    {
        return (String)refs[SOURCE];
    }

    void source(final String source)
    {
        refs[SOURCE] = source;
    }

    long tsNs()
    {
        return numbers[TS];
    }

    void tsNs(final long tsNs)
    {
        numbers[TS] = tsNs;
    }

    int argCount()
    {
        return (int)numbers[META] & ARG_COUNT_MASK;
    }

    String key(final int index)
    {
        return (String)refs[FIRST_KEY + index];
    }

    long value(final int index)
    {
        return numbers[FIRST_VALUE + index];
    }

    int scale(final int index)
    {
        return (int)((numbers[SCALES] >>> (index * SCALE_BITS)) & SCALE_MASK);
    }

    int textLength()
    {
        return (int)(numbers[META] >>> TEXT_LENGTH_SHIFT) & TEXT_LENGTH_MASK;
    }

    char[] text()
    {
        return text;
    }

    boolean truncated()
    {
        return (numbers[META] & TRUNCATED) != 0;
    }

    void arg(final String key, final long value, final int scale)
    {
        final long meta = numbers[META];
        final int index = (int)meta & ARG_COUNT_MASK;
        if (index < MAX_ARGS)
        {
            refs[FIRST_KEY + index] = key;
            numbers[FIRST_VALUE + index] = value;
            if (scale != 0)
            {
                numbers[SCALES] |= (long)scale << (index * SCALE_BITS);
            }
            numbers[META] = meta + 1;
        }
        else
        {
            numbers[META] = meta | TRUNCATED;
        }
    }

    void appendChar(final char c)
    {
        final int length = textLength();
        if (length < MAX_TEXT_CHARS)
        {
            text[length] = c;
            textLength(length + 1);
        }
        else
        {
            markTruncated();
        }
    }

    void appendText(final CharSequence value)
    {
        if (null == value)
        {
            appendText("null");
            return;
        }
        int length = textLength();
        final int count = Math.min(value.length(), MAX_TEXT_CHARS - length);
        if (value instanceof String)
        {
            ((String)value).getChars(0, count, text, length);
            length += count;
        }
        else
        {
            for (int i = 0; i < count; i++)
            {
                text[length++] = value.charAt(i);
            }
        }
        textLength(length);
        if (count < value.length())
        {
            markTruncated();
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
        final int length = textLength();
        final int digits = digitCount(remaining);
        if (length + digits > MAX_TEXT_CHARS)
        {
            markTruncated();
            return;
        }
        for (int i = length + digits - 1; i >= length; i--)
        {
            text[i] = (char)('0' + (remaining % 10));
            remaining /= 10;
        }
        textLength(length + digits);
    }

    private void textLength(final int length)
    {
        numbers[META] = (numbers[META] & ~((long)TEXT_LENGTH_MASK << TEXT_LENGTH_SHIFT)) |
            ((long)length << TEXT_LENGTH_SHIFT);
    }

    private void markTruncated()
    {
        numbers[META] |= TRUNCATED;
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
