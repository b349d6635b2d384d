package dev.spindle.replay.export;

import java.io.OutputStream;
import java.util.function.Supplier;

import com.esotericsoftware.kryo.io.Output;

import dev.spindle.engine.book.Side;
import dev.spindle.replay.l3.EventKind;
import dev.spindle.replay.l3.L3Event;

/**
 * Writes events in the {@link KryoFormat} layout: a header, then one compact record per event (deltas and
 * variable-length integers; typically 8 to 14 bytes), each encoded in a small array and copied into Kryo's
 * {@link Output} in one call. Allocation-free after construction. Not thread safe.
 * Closing flushes and closes the stream.
 */
public final class KryoEventWriter implements RecordWriter
{
    /** The longest record: a flag byte and six varints of at most 9 bytes. */
    private static final int MAX_RECORD_BYTES = 1 + 6 * 9;

    private final Output output;
    private final byte[] record = new byte[MAX_RECORD_BYTES];
    private final Supplier<KryoHeader> header;
    private final boolean closeStream;
    private boolean headerWritten;
    private long lastSequence;
    private long lastTimestamp;
    private long lastTicks;
    private long events;
    private boolean closed;

    /**
     * @param stream      destination.
     * @param header      written first, asked for at the first event (or at close if there is none), so that it
     *                    can hold what the first snapshot taught the instrument.
     * @param closeStream close {@code stream} on {@link #close()} (false for standard output).
     */
    public KryoEventWriter(final OutputStream stream, final Supplier<KryoHeader> header, final boolean closeStream)
    {
        this.output = new Output(stream, KryoFormat.BUFFER_BYTES);
        this.header = header;
        this.closeStream = closeStream;
    }

    @Override
    public void onEvent(final L3Event event)
    {
        final EventKind kind = event.kind();
        write(event.sequence(), event.timestampMs(), event.side() == Side.ASK, event.priceTicks(),
            event.hasOrderId(), event.orderId(), kind, event.qty(),
            kind == EventKind.UNDERFLOW ? event.missingQty() : event.remaining());
    }

    @Override
    public void writeRecords(final long[] records, final int count)
    {
        for (int i = 0, at = 0; i < count; i++, at += EventRecords.LONGS)
        {
            final int flags = (int)records[at + EventRecords.FLAGS];
            write(records[at + EventRecords.SEQUENCE], records[at + EventRecords.TIMESTAMP],
                (flags & EventRecords.SIDE_ASK) != 0, records[at + EventRecords.TICKS],
                (flags & EventRecords.HAS_ORDER_ID) != 0, records[at + EventRecords.ORDER_ID],
                EventKind.of(flags & EventRecords.KIND_MASK), records[at + EventRecords.QTY],
                records[at + EventRecords.REMAINING_OR_MISSING]);
        }
    }

    /**
     * Write one event record.
     *
     * @param other {@code remaining} (fill, cancel) or {@code missing_qty} (underflow); ignored by other kinds.
     */
    private void write(
        final long sequence,
        final long timestampMs,
        final boolean ask,
        final long ticks,
        final boolean hasOrderId,
        final long orderId,
        final EventKind kind,
        final long qty,
        final long other)
    {
        if (!headerWritten)
        {
            writeHeader();
        }
        final Output o = output;
        final boolean hasTimestamp = timestampMs != L3Event.NO_TIMESTAMP;
        final boolean derived = hasOrderId && KryoFormat.isDerived(orderId, ticks);
        int flags = kind.ordinal();
        if (ask)
        {
            flags |= KryoFormat.ASK;
        }
        if (hasTimestamp)
        {
            flags |= KryoFormat.HAS_TIMESTAMP;
        }
        if (hasOrderId)
        {
            flags |= derived ? KryoFormat.HAS_ORDER_ID | KryoFormat.DERIVED_ORDER_ID : KryoFormat.HAS_ORDER_ID;
        }
        final byte[] r = record;
        r[0] = (byte)flags;
        int at = putVarLong(r, 1, zigZag(sequence - lastSequence));
        lastSequence = sequence;
        if (hasTimestamp)
        {
            at = putVarLong(r, at, zigZag(timestampMs - lastTimestamp));
            lastTimestamp = timestampMs;
        }
        at = putVarLong(r, at, zigZag(ticks - lastTicks));
        lastTicks = ticks;
        if (derived)
        {
            at = putVarLong(r, at, orderId & 0xFFFF_FFFFL);
        }
        else if (hasOrderId)
        {
            at = putVarLong(r, at, orderId);
        }
        if (kind == EventKind.UNDERFLOW)
        {
            at = putVarLong(r, at, other);
        }
        else
        {
            at = putVarLong(r, at, qty);
            if (kind == EventKind.FILL || kind == EventKind.CANCEL)
            {
                at = putVarLong(r, at, other);
            }
        }
        o.writeBytes(r, 0, at);
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
        return output.total();
    }

    /** Flush, and close the stream if owned. Idempotent. */
    @Override
    public void close()
    {
        if (closed)
        {
            return;
        }
        closed = true;
        if (!headerWritten)
        {
            writeHeader();
        }
        output.flush();
        if (closeStream)
        {
            output.close();
        }
    }

    /**
     * Kryo's variable-length encoding ({@code Output.writeVarLong(value, true)}, and {@code writeVarInt(value, true)}
     * for a value below 2^32): seven bits a byte, lowest first, the top bit set while more follow, and a ninth
     * byte holding the last eight bits whole. Encoding a record here and copying it once saves the bounds check
     * and call of every field, most of the writer's cost.
     *
     * @return the position after the value.
     */
    static int putVarLong(final byte[] buffer, final int position, final long value)
    {
        int at = position;
        long rest = value;
        for (int i = 0; i < 8; i++)
        {
            if ((rest & ~0x7FL) == 0)
            {
                buffer[at] = (byte)rest;
                return at + 1;
            }
            buffer[at++] = (byte)((rest & 0x7F) | 0x80);
            rest >>>= 7;
        }
        buffer[at] = (byte)rest;
        return at + 1;
    }

    /** @return {@code value} zig-zag encoded, as Kryo's {@code writeVarLong(value, false)} does first. */
    static long zigZag(final long value)
    {
        return (value << 1) ^ (value >> 63);
    }

    private void writeHeader()
    {
        headerWritten = true;
        final KryoHeader h = header.get();
        output.writeBytes(KryoFormat.MAGIC);
        output.writeVarInt(h.formatVersion(), true);
        output.writeString(h.symbol());
        output.writeVarInt(h.priceScale(), true);
        output.writeVarInt(h.qtyScale(), true);
        output.writeVarInt(h.priceDecimals(), true);
        output.writeVarInt(h.qtyDecimals(), true);
        output.writeVarInt(h.pricePrecision(), true);
        output.writeString(h.model());
    }
}
