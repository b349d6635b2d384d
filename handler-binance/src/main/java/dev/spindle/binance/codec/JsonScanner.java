package dev.spindle.binance.codec;

import dev.spindle.engine.json.JsonByteScanner;

/**
 * The shared byte scanner ({@link JsonByteScanner}) throwing this codec's {@link DecodeException}. Binance's
 * frames are flat, so the shared walk (with its eight-digit decimal path) is all the decoders need.
 */
final class JsonScanner extends JsonByteScanner
{
    /** @param what kind of message being decoded, used to start error messages. */
    JsonScanner(final String what)
    {
        super(what);
    }

    @Override
    protected DecodeException newError(final String message)
    {
        return new DecodeException(message);
    }
}
