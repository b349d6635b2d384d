package dev.spindle.engine.log;

/**
 * Fills one claimed event in place: {@code producer.claim(GAP).source(sym).append("expected ").append(id)
 * .arg("U", first).commit()}. Nothing here allocates.
 * <p>
 * Threading and ownership: it belongs to one {@link EventProducer} and is used on that producer's thread only; it
 * is reused by the next claim, so never keep it. When the claim was refused (full channel), every method is a no-op
 * and {@link #commit()} returns false; the drop is already counted.
 */
public final class EventBuilder
{
    /** Arguments kept per event; further ones are dropped and the event is marked truncated. */
    public static final int MAX_ARGS = LogEvent.MAX_ARGS;
    /** Chars of free text kept per event; longer text is cut and the event is marked truncated. */
    public static final int MAX_TEXT_CHARS = LogEvent.MAX_TEXT_CHARS;
    /** Largest decimal scale accepted by {@link #decimal(String, long, int)}. */
    public static final int MAX_SCALE = 18;

    private final EventProducer producer;
    private LogEvent event;

    EventBuilder(final EventProducer producer)
    {
        this.producer = producer;
    }

    /**
     * @param source preallocated source name for this event.
     * @return this.
     */
    public EventBuilder source(final String source)
    {
        if (null != event)
        {
            event.source(source);
        }
        return this;
    }

    /**
     * @param tsNs event time on the log's monotonic clock (e.g. the engine cycle's {@code nowNs}).
     * @return this.
     */
    public EventBuilder timestamp(final long tsNs)
    {
        if (null != event)
        {
            event.tsNs(tsNs);
        }
        return this;
    }

    /**
     * @param text copied into the event's text (at most 256 chars in all are kept).
     * @return this.
     */
    public EventBuilder append(final CharSequence text)
    {
        if (null != event)
        {
            event.appendText(text);
        }
        return this;
    }

    /**
     * @param value appended to the text in decimal.
     * @return this.
     */
    public EventBuilder append(final long value)
    {
        if (null != event)
        {
            event.appendLong(value);
        }
        return this;
    }

    /**
     * @param c appended to the text.
     * @return this.
     */
    public EventBuilder append(final char c)
    {
        if (null != event)
        {
            event.appendChar(c);
        }
        return this;
    }

    /**
     * Append an exception as {@code ClassName: message}. Reading the message may allocate in the exception's own
     * code; errors are not the steady state.
     *
     * @param error the exception.
     * @return this.
     */
    public EventBuilder append(final Throwable error)
    {
        if (null != event)
        {
            event.appendText(error.getClass().getName());
            final String message = error.getMessage();
            if (null != message)
            {
                event.appendText(": ");
                event.appendText(message);
            }
        }
        return this;
    }

    /**
     * @param key   static key.
     * @param value its value, written as a decimal integer.
     * @return this.
     */
    public EventBuilder arg(final String key, final long value)
    {
        if (null != event)
        {
            event.arg(key, value, 0);
        }
        return this;
    }

    /**
     * A fixed-point argument written as an exact decimal: {@code decimal("price", 6512345, 2)} → {@code price=65123.45};
     * {@code decimal("p50_us", latencyNs, 3)} writes nanoseconds as microseconds.
     *
     * @param key      static key.
     * @param mantissa the scaled value.
     * @param scale    digits after the point, 0 to {@link #MAX_SCALE}.
     * @return this.
     * @throws IllegalArgumentException if the scale is out of range.
     */
    public EventBuilder decimal(final String key, final long mantissa, final int scale)
    {
        if (scale < 0 || scale > MAX_SCALE)
        {
            throw new IllegalArgumentException("decimal scale " + scale + " for key '" + key + "': valid 0-" + MAX_SCALE);
        }
        if (null != event)
        {
            event.arg(key, mantissa, scale);
        }
        return this;
    }

    /**
     * Publish the event to the logger thread.
     *
     * @return true if published, false if the claim had been dropped or the log closed meanwhile (counted).
     */
    public boolean commit()
    {
        final LogEvent claimed = event;
        if (null == claimed)
        {
            return false;
        }
        event = null;
        return producer.commit(claimed);
    }

    LogEvent pending()
    {
        return event;
    }

    EventBuilder wrap(final LogEvent event)
    {
        this.event = event;
        return this;
    }
}
