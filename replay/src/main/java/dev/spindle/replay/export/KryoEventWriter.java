package dev.spindle.replay.export;

import java.io.OutputStream;
import java.util.function.Supplier;

import com.esotericsoftware.kryo.io.Output;

import dev.spindle.engine.book.Side;
import dev.spindle.replay.l3.EventKind;
import dev.spindle.replay.l3.EventSink;
import dev.spindle.replay.l3.L3Event;

/**
 * Writes events in the {@link KryoFormat} layout: a header, then one compact record per event (deltas and
 * variable-length integers; typically 8 to 14 bytes). Allocation-free after construction. Not thread safe.
 * Closing flushes and closes the stream.
 */
public final class KryoEventWriter implements EventSink, AutoCloseable
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
        if (!headerWritten)
        {
            writeHeader();
        }
        final Output o = output;
        final EventKind kind = event.kind();
        final long ticks = event.priceTicks();
        final boolean hasOrderId = event.hasOrderId();
        final boolean derived = hasOrderId && KryoFormat.isDerived(event.orderId(), ticks);
        int flags = kind.ordinal();
        if (event.side() == Side.ASK)
        {
            flags |= KryoFormat.ASK;
        }
        if (event.hasTimestamp())
        {
            flags |= KryoFormat.HAS_TIMESTAMP;
        }
        if (hasOrderId)
        {
            flags |= derived ? KryoFormat.HAS_ORDER_ID | KryoFormat.DERIVED_ORDER_ID : KryoFormat.HAS_ORDER_ID;
        }
        o.writeByte(flags);
        o.writeVarLong(event.sequence() - lastSequence, false);
        lastSequence = event.sequence();
        if (event.hasTimestamp())
        {
            o.writeVarLong(event.timestampMs() - lastTimestamp, false);
            lastTimestamp = event.timestampMs();
        }
        o.writeVarLong(ticks - lastTicks, false);
        lastTicks = ticks;
        if (derived)
        {
            o.writeVarInt((int)event.orderId(), true);
        }
        else if (hasOrderId)
        {
            o.writeVarLong(event.orderId(), true);
        }
        if (kind == EventKind.UNDERFLOW)
        {
            o.writeVarLong(event.missingQty(), true);
        }
        else
        {
            o.writeVarLong(event.qty(), true);
            if (kind.hasRemaining())
            {
                o.writeVarLong(event.remaining(), true);
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
