package dev.spindle.replay.export;

import java.nio.charset.StandardCharsets;

import dev.spindle.engine.book.Side;
import dev.spindle.replay.l3.EventKind;
import dev.spindle.replay.l3.EventSink;
import dev.spindle.replay.l3.L3Event;

/**
 * Writes events as JSON lines in hft-rs's {@code InferredEvent} shape:
 * <pre>{@code {"sequence":N,"timestamp_ms":T,"side":"bid","price_ticks":P,"order_id":ID,"kind":{"type":"fill","qty":0.5,"remaining":1.25}}}</pre>
 * Absent optional fields are omitted ({@code timestamp_ms} of snapshot events, {@code order_id} of underflows);
 * quantities are JSON numbers with their exact decimal digits; {@code order_id} is unsigned.
 * <p>
 * Events of one diff share their sequence and timestamp, so that prefix is formatted once per diff and copied.
 * Allocation-free. Not thread safe. Closing flushes (and closes the output if it owns it).
 */
public final class JsonlEventWriter implements EventSink, AutoCloseable
{
    private static final byte[] SEQUENCE = ascii("{\"sequence\":");
    private static final byte[] TIMESTAMP = ascii(",\"timestamp_ms\":");
    private static final byte[] SIDE_BID = ascii(",\"side\":\"bid\",\"price_ticks\":");
    private static final byte[] SIDE_ASK = ascii(",\"side\":\"ask\",\"price_ticks\":");
    private static final byte[] ORDER_ID = ascii(",\"order_id\":");
    private static final byte[][] KIND = new byte[EventKind.count()][];
    private static final byte[] QTY = ascii(",\"qty\":");
    private static final byte[] REMAINING = ascii(",\"remaining\":");
    private static final byte[] MISSING = ascii(",\"missing_qty\":");
    private static final byte[] END = ascii("}}\n");
    private static final int PREFIX_BYTES = 64;
    private static final int MAX_LINE_BYTES = 320;
    private static final int TEXT_STRIDE = 24;
    private static final int MAX_CACHED_REFS = 1 << 22;

    static
    {
        for (int i = 0; i < EventKind.count(); i++)
        {
            KIND[i] = ascii(",\"kind\":{\"type\":\"" + EventKind.of(i).wireName() + "\"");
        }
    }

    private final AsciiOutput out;
    private final int qtyScale;
    private final byte[] prefix = new byte[PREFIX_BYTES];
    private int prefixLength;
    private long prefixSequence;
    private long prefixTimestamp;
    private long events;
    private final NumberCache ticksCache = new NumberCache();
    private final NumberCache orderIdCache = new NumberCache();

    /**
     * @param out      where lines go; closed with this writer.
     * @param qtyScale decimals implied by the events' quantity mantissas.
     */
    public JsonlEventWriter(final AsciiOutput out, final int qtyScale)
    {
        this.out = out;
        this.qtyScale = qtyScale;
    }

    @Override
    public void onEvent(final L3Event event)
    {
        final AsciiOutput o = out;
        o.ensure(MAX_LINE_BYTES);
        if (prefixLength == 0 || event.sequence() != prefixSequence || event.timestampMs() != prefixTimestamp)
        {
            formatPrefix(event);
        }
        final byte[] buf = o.buffer();
        int pos = o.position();
        System.arraycopy(prefix, 0, buf, pos, prefixLength);
        pos += prefixLength;
        pos = copy(event.side() == Side.BID ? SIDE_BID : SIDE_ASK, buf, pos);
        o.position(pos);
        ticksCache.put(o, event.levelRef(), event.priceTicks(), false);
        if (event.hasOrderId())
        {
            o.position(copy(ORDER_ID, buf, o.position()));
            orderIdCache.put(o, event.orderRef(), event.orderId(), true);
        }
        final EventKind kind = event.kind();
        o.position(copy(KIND[kind.ordinal()], buf, o.position()));
        if (kind == EventKind.UNDERFLOW)
        {
            o.position(copy(MISSING, buf, o.position()));
            o.putDecimal(event.missingQty(), qtyScale);
        }
        else
        {
            o.position(copy(QTY, buf, o.position()));
            o.putDecimal(event.qty(), qtyScale);
            if (kind.hasRemaining())
            {
                o.position(copy(REMAINING, buf, o.position()));
                o.putDecimal(event.remaining(), qtyScale);
            }
        }
        o.position(copy(END, buf, o.position()));
        events++;
    }

    /** @return events written. */
    public long events()
    {
        return events;
    }

    /** @return bytes written so far, buffered ones included. */
    public long bytes()
    {
        return out.written();
    }

    @Override
    public void close()
    {
        out.close();
    }

    private void formatPrefix(final L3Event event)
    {
        // Format into the output buffer (room is ensured), then keep a copy for the diff's next events.
        final AsciiOutput o = out;
        final int start = o.position();
        o.position(copy(SEQUENCE, o.buffer(), start));
        o.putLong(event.sequence());
        if (event.hasTimestamp())
        {
            o.position(copy(TIMESTAMP, o.buffer(), o.position()));
            o.putLong(event.timestampMs());
        }
        prefixLength = o.position() - start;
        System.arraycopy(o.buffer(), start, prefix, 0, prefixLength);
        o.position(start);
        prefixSequence = event.sequence();
        prefixTimestamp = event.timestampMs();
    }

    /**
     * The digits of a number last written for each level or order reference: the ids of resting orders and the
     * ticks of live levels come back event after event, so each is formatted once and copied afterwards. A cached
     * entry is used only if its number is the one asked for.
     */
    private static final class NumberCache
    {
        private long[] numbers = new long[0];
        private byte[] lengths = new byte[0];
        private byte[] text = new byte[0];

        void put(final AsciiOutput out, final int ref, final long number, final boolean unsigned)
        {
            if (ref < 0 || ref >= MAX_CACHED_REFS)
            {
                write(out, number, unsigned);
                return;
            }
            if (ref >= numbers.length)
            {
                grow(ref);
            }
            final int at = ref * TEXT_STRIDE;
            final byte[] buf = out.buffer();
            final int pos = out.position();
            final int length = lengths[ref];
            if (length != 0 && numbers[ref] == number)
            {
                System.arraycopy(text, at, buf, pos, length);
                out.position(pos + length);
                return;
            }
            write(out, number, unsigned);
            final int written = out.position() - pos;
            System.arraycopy(buf, pos, text, at, written);
            numbers[ref] = number;
            lengths[ref] = (byte)written;
        }

        private static void write(final AsciiOutput out, final long number, final boolean unsigned)
        {
            if (unsigned)
            {
                out.putUnsignedLong(number);
            }
            else
            {
                out.putLong(number);
            }
        }

        private void grow(final int ref)
        {
            final int capacity = Math.min(MAX_CACHED_REFS, Math.max(1024, Integer.highestOneBit(ref) << 1));
            numbers = java.util.Arrays.copyOf(numbers, capacity);
            lengths = java.util.Arrays.copyOf(lengths, capacity);
            text = java.util.Arrays.copyOf(text, capacity * TEXT_STRIDE);
        }
    }

    private static int copy(final byte[] src, final byte[] dst, final int pos)
    {
        System.arraycopy(src, 0, dst, pos, src.length);
        return pos + src.length;
    }

    private static byte[] ascii(final String text)
    {
        return text.getBytes(StandardCharsets.US_ASCII);
    }
}
