package dev.spindle.replay.export;

import java.io.OutputStream;
import java.util.function.Supplier;

import com.esotericsoftware.kryo.io.Output;

import dev.spindle.engine.book.Side;
import dev.spindle.replay.l3.EventKind;
import dev.spindle.replay.l3.EventRecords;
import dev.spindle.replay.l3.L3Event;

/**
 * Writes events in the {@link KryoFormat} layout: a header, then one compact record per event (deltas and
 * variable-length integers; typically 8 to 14 bytes). Allocation-free after construction. Not thread safe.
 * Closing flushes and closes the stream.
 */
public final class KryoEventWriter implements RecordWriter
{
    private final Output output;
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
        o.writeByte(flags);
        o.writeVarLong(sequence - lastSequence, false);
        lastSequence = sequence;
        if (hasTimestamp)
        {
            o.writeVarLong(timestampMs - lastTimestamp, false);
            lastTimestamp = timestampMs;
        }
        o.writeVarLong(ticks - lastTicks, false);
        lastTicks = ticks;
        if (derived)
        {
            o.writeVarInt((int)orderId, true);
        }
        else if (hasOrderId)
        {
            o.writeVarLong(orderId, true);
        }
        if (kind == EventKind.UNDERFLOW)
        {
            o.writeVarLong(other, true);
        }
        else
        {
            o.writeVarLong(qty, true);
            if (kind == EventKind.FILL || kind == EventKind.CANCEL)
            {
                o.writeVarLong(other, true);
            }
        }
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
