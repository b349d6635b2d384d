package dev.spindle.engine.log;

import org.agrona.collections.Object2ObjectHashMap;

/**
 * Sources and argument keys are a small set of static strings repeated on every event, so the logger encodes each
 * once (UTF-8, JSON-escaped for JSON) and then copies bytes. The cache is bounded: past {@value #MAX_ENTRIES}
 * distinct strings, new ones are encoded on every use instead. In front of it, each position in a line (the
 * source, argument 0, argument 1, ...) remembers its last string by identity, since consecutive events mostly
 * repeat them. Logger thread only.
 */
final class EncodedStrings
{
    static final int MAX_ENTRIES = 4096;
    /** Memo slot of the source; argument {@code i} uses slot {@code i + 1}. */
    static final int SOURCE_SLOT = 0;
    private static final int SLOTS = LogEvent.MAX_ARGS + 1;

    private final Object2ObjectHashMap<String, byte[]> cache = new Object2ObjectHashMap<>();
    private final LineBuffer scratch = new LineBuffer(256);
    private final boolean jsonEscaped;
    private final String[] lastStrings = new String[SLOTS];
    private final byte[][] lastBytes = new byte[SLOTS][];

    private EncodedStrings(final boolean jsonEscaped)
    {
        this.jsonEscaped = jsonEscaped;
    }

    static EncodedStrings utf8()
    {
        return new EncodedStrings(false);
    }

    static EncodedStrings json()
    {
        return new EncodedStrings(true);
    }

    /**
     * @param text a string, or null (written as {@code null}).
     * @param slot its position: {@link #SOURCE_SLOT} or argument index + 1.
     * @param out  where its encoding is appended.
     */
    void put(final String text, final int slot, final LineBuffer out)
    {
        if (text == lastStrings[slot])
        {
            out.putBytes(lastBytes[slot]);
            return;
        }
        final String key = String.valueOf(text);
        byte[] encoded = cache.get(key);
        if (null == encoded)
        {
            if (cache.size() >= MAX_ENTRIES)
            {
                encode(key, out);
                return;
            }
            scratch.clear();
            encode(key, scratch);
            encoded = scratch.copy();
            cache.put(key, encoded);
        }
        lastStrings[slot] = text;
        lastBytes[slot] = encoded;
        out.putBytes(encoded);
    }

    private void encode(final String text, final LineBuffer out)
    {
        if (jsonEscaped)
        {
            out.putJsonEscaped(text);
        }
        else
        {
            out.putUtf8(text);
        }
    }

    static byte[] ascii(final String text)
    {
        final byte[] bytes = new byte[text.length()];
        for (int i = 0; i < bytes.length; i++)
        {
            bytes[i] = (byte)text.charAt(i);
        }
        return bytes;
    }

    static byte[][] codeBytes(final boolean names)
    {
        final EventCode[] codes = EventCode.values();
        final byte[][] bytes = new byte[codes.length][];
        for (final EventCode code : codes)
        {
            bytes[code.ordinal()] = ascii(names ? code.name() : code.label());
        }
        return bytes;
    }
}
