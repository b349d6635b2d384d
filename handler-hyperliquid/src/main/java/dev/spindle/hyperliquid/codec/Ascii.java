package dev.spindle.hyperliquid.codec;

import java.nio.charset.StandardCharsets;

/** Wire names as bytes, for allocation-free comparisons. */
final class Ascii
{
    private Ascii()
    {
    }

    static byte[] bytes(final String text)
    {
        return text.getBytes(StandardCharsets.US_ASCII);
    }
}
