package dev.spindle.replay.export;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import dev.spindle.engine.book.Side;
import dev.spindle.replay.l3.EventKind;
import dev.spindle.replay.l3.EventRecords;
import dev.spindle.replay.l3.L3Event;

/**
 * Writes events as JSON lines in hft-rs's {@code InferredEvent} shape:
 * <pre>{@code {"sequence":N,"timestamp_ms":T,"side":"bid","price_ticks":P,"order_id":ID,"kind":{"type":"fill","qty":0.5,"remaining":1.25}}}</pre>
 * Absent optional fields are omitted ({@code timestamp_ms} of snapshot events, {@code order_id} of underflows);
 * quantities are JSON numbers with their exact decimal digits; {@code order_id} is unsigned.
 * <p>
 * Built for speed, since a replay writes millions of lines: the constant pieces are written as 8-byte words; the
 * prefix shared by the events of one diff (sequence and timestamp) is formatted once per diff; the digits of
 * price ticks and order ids are cached per level and order ({@link L3Event#levelRef()}, {@link L3Event#orderRef()})
 * and used only for the number they were made for. Allocation-free once the caches have grown. Not thread safe.
 * Closing flushes (and closes the output if it owns it).
 */
public final class JsonlEventWriter implements RecordWriter
{
    private static final Piece SEQUENCE = new Piece("{\"sequence\":");
    private static final Piece TIMESTAMP = new Piece(",\"timestamp_ms\":");
    private static final Piece SIDE_BID = new Piece(",\"side\":\"bid\",\"price_ticks\":");
    private static final Piece SIDE_ASK = new Piece(",\"side\":\"ask\",\"price_ticks\":");
    private static final Piece ORDER_ID = new Piece(",\"order_id\":");
    private static final Piece[] KIND_QTY = new Piece[EventKind.count()];
    private static final Piece REMAINING = new Piece(",\"remaining\":");
    private static final Piece END = new Piece("}}\n");
    private static final int PREFIX_WORDS = 8;
    private static final int MAX_LINE_BYTES = 320;
    private static final int MAX_CACHED_REFS = 1 << 22;

    static
    {
        for (int i = 0; i < EventKind.count(); i++)
        {
            final EventKind kind = EventKind.of(i);
            KIND_QTY[i] = new Piece(",\"kind\":{\"type\":\"" + kind.wireName() + "\"," +
                (kind == EventKind.UNDERFLOW ? "\"missing_qty\":" : "\"qty\":"));
        }
    }

    private final AsciiOutput out;
    private final int qtyScale;
    private final long[] prefix = new long[PREFIX_WORDS];
    private int prefixLength;
    private long prefixSequence;
    private long prefixTimestamp;
    private long events;
    private final NumberCache ticksCache = new NumberCache(false);
    private final NumberCache orderIdCache = new NumberCache(true);

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
        final EventKind kind = event.kind();
        write(event.sequence(), event.timestampMs(), event.side() == Side.ASK, event.priceTicks(), event.levelRef(),
            event.hasOrderId(), event.orderId(), event.orderRef(), kind, event.qty(),
            kind == EventKind.UNDERFLOW ? event.missingQty() : event.remaining());
    }

    @Override
    public void writeRecords(final long[] records, final int count)
    {
        for (int i = 0, at = 0; i < count; i++, at += EventRecords.LONGS)
        {
            final int flags = (int)records[at + EventRecords.FLAGS];
            final long refs = records[at + EventRecords.REFS];
            write(records[at + EventRecords.SEQUENCE], records[at + EventRecords.TIMESTAMP],
                (flags & EventRecords.SIDE_ASK) != 0, records[at + EventRecords.TICKS], (int)(refs >> 32),
                (flags & EventRecords.HAS_ORDER_ID) != 0, records[at + EventRecords.ORDER_ID], (int)refs,
                EventKind.of(flags & EventRecords.KIND_MASK), records[at + EventRecords.QTY],
                records[at + EventRecords.REMAINING_OR_MISSING]);
        }
    }

    /**
     * Write one event line.
     *
     * @param other {@code remaining} (fill, cancel) or {@code missing_qty} (underflow); ignored by other kinds.
     */
    private void write(
        final long sequence,
        final long timestampMs,
        final boolean ask,
        final long priceTicks,
        final int levelRef,
        final boolean hasOrderId,
        final long orderId,
        final int orderRef,
        final EventKind kind,
        final long qty,
        final long other)
    {
        final AsciiOutput o = out;
        o.ensure(MAX_LINE_BYTES);
        if (prefixLength == 0 || sequence != prefixSequence || timestampMs != prefixTimestamp)
        {
            formatPrefix(sequence, timestampMs);
        }
        o.putWords(prefix, prefixLength);
        final Piece side = ask ? SIDE_ASK : SIDE_BID;
        o.putWords(side.words, side.length);
        ticksCache.put(o, levelRef, priceTicks);
        if (hasOrderId)
        {
            o.putWords(ORDER_ID.words, ORDER_ID.length);
            orderIdCache.put(o, orderRef, orderId);
        }
        final Piece kindQty = KIND_QTY[kind.ordinal()];
        o.putWords(kindQty.words, kindQty.length);
        if (kind == EventKind.UNDERFLOW)
        {
            o.putDecimal(other, qtyScale);
        }
        else
        {
            o.putDecimal(qty, qtyScale);
            if (kind == EventKind.FILL || kind == EventKind.CANCEL)
            {
                o.putWords(REMAINING.words, REMAINING.length);
                o.putDecimal(other, qtyScale);
            }
        }
        o.putWords(END.words, END.length);
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

    private void formatPrefix(final long sequence, final long timestampMs)
    {
        // Format in place (room is ensured), keep the bytes as words for the diff's next events, then rewind.
        final AsciiOutput o = out;
        final int start = o.position();
        o.putWords(SEQUENCE.words, SEQUENCE.length);
        o.putLong(sequence);
        if (timestampMs != L3Event.NO_TIMESTAMP)
        {
            o.putWords(TIMESTAMP.words, TIMESTAMP.length);
            o.putLong(timestampMs);
        }
        prefixLength = o.position() - start;
        for (int i = 0; i < PREFIX_WORDS; i++)
        {
            prefix[i] = o.wordAt(start + (i << 3));
        }
        o.position(start);
        prefixSequence = sequence;
        prefixTimestamp = timestampMs;
    }

    /** A constant piece of a line, as 8-byte words. */
    private static final class Piece
    {
        final long[] words;
        final int length;

        Piece(final String text)
        {
            final byte[] bytes = text.getBytes(StandardCharsets.US_ASCII);
            words = AsciiOutput.words(bytes);
            length = bytes.length;
        }
    }

    /**
     * The digits of the number last written for each level or order reference: the ids of resting orders and the
     * ticks of live levels come back event after event, so each is formatted once and copied afterwards as three
     * words. A cached entry is used only if its number is the one asked for.
     */
    private static final class NumberCache
    {
        private final boolean unsigned;
        private long[] numbers = new long[0];
        private byte[] lengths = new byte[0];
        private long[] text = new long[0];

        NumberCache(final boolean unsigned)
        {
            this.unsigned = unsigned;
        }

        void put(final AsciiOutput out, final int ref, final long number)
        {
            if (ref < 0 || ref >= MAX_CACHED_REFS)
            {
                write(out, number);
                return;
            }
            if (ref >= numbers.length)
            {
                grow(ref);
            }
            final int length = lengths[ref];
            if (length != 0 && numbers[ref] == number)
            {
                out.putWords3(text, ref * 3, length);
                return;
            }
            final int start = out.position();
            write(out, number);
            lengths[ref] = (byte)(out.position() - start);
            numbers[ref] = number;
            text[ref * 3] = out.wordAt(start);
            text[ref * 3 + 1] = out.wordAt(start + 8);
            text[ref * 3 + 2] = out.wordAt(start + 16);
        }

        private void write(final AsciiOutput out, final long number)
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
            numbers = Arrays.copyOf(numbers, capacity);
            lengths = Arrays.copyOf(lengths, capacity);
            text = Arrays.copyOf(text, capacity * 3);
        }
    }
}
