package dev.spindle.replay.export;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

import com.esotericsoftware.kryo.KryoException;
import com.esotericsoftware.kryo.io.Input;

import dev.spindle.engine.book.Side;
import dev.spindle.replay.ReplayException;
import dev.spindle.replay.l3.EventKind;
import dev.spindle.replay.l3.L3Event;

/**
 * Reads a {@link KryoFormat} event file back, event by event, into a reused {@link L3Event}. Not thread safe;
 * owns the stream.
 */
public final class KryoEventReader implements AutoCloseable
{
    private final String name;
    private final Input input;
    private final KryoHeader header;
    private final L3Event event = new L3Event();
    private long lastSequence;
    private long lastTimestamp;
    private long lastTicks;
    private long events;

    /**
     * @param stream the file's bytes; closed by {@link #close()}.
     * @param name   the file's name, for messages.
     * @throws ReplayException if the stream is not a Kryo event file of a version this kit reads.
     */
    public KryoEventReader(final InputStream stream, final String name)
    {
        this.name = name;
        this.input = new Input(stream, KryoFormat.BUFFER_BYTES);
        this.header = readHeader();
    }

    /**
     * @param file a Kryo event file.
     * @return a reader positioned before the first event.
     * @throws IOException if the file cannot be opened.
     */
    public static KryoEventReader open(final Path file) throws IOException
    {
        try
        {
            return new KryoEventReader(Files.newInputStream(file), file.toString());
        }
        catch (final NoSuchFileException ex)
        {
            throw new IOException(file + ": no such file", ex);
        }
    }

    /** @return the file's header. */
    public KryoHeader header()
    {
        return header;
    }

    /**
     * @return the next event (reused by the next call), or null at the end of the file.
     * @throws ReplayException if the file ends inside an event or holds an unknown kind.
     */
    public L3Event next()
    {
        try
        {
            if (input.end())
            {
                return null;
            }
            final int flags = input.readByteUnsigned();
            final EventKind kind = kindOf(flags);
            final Side side = (flags & KryoFormat.ASK) != 0 ? Side.ASK : Side.BID;
            lastSequence += input.readVarLong(false);
            long timestamp = L3Event.NO_TIMESTAMP;
            if ((flags & KryoFormat.HAS_TIMESTAMP) != 0)
            {
                lastTimestamp += input.readVarLong(false);
                timestamp = lastTimestamp;
            }
            lastTicks += input.readVarLong(false);
            final boolean hasOrderId = (flags & KryoFormat.HAS_ORDER_ID) != 0;
            long orderId = 0;
            if ((flags & KryoFormat.DERIVED_ORDER_ID) != 0)
            {
                orderId = (lastTicks << 32) | (input.readVarInt(true) & 0xFFFF_FFFFL);
            }
            else if (hasOrderId)
            {
                orderId = input.readVarLong(true);
            }
            long qty = 0;
            long remaining = 0;
            long missing = 0;
            if (kind == EventKind.UNDERFLOW)
            {
                missing = input.readVarLong(true);
            }
            else
            {
                qty = input.readVarLong(true);
                if (kind.hasRemaining())
                {
                    remaining = input.readVarLong(true);
                }
            }
            events++;
            return event.set(lastSequence, timestamp, side, lastTicks, hasOrderId, orderId, kind, qty, remaining,
                missing);
        }
        catch (final KryoException ex)
        {
            throw new ReplayException(name + ": event " + (events + 1) + " is truncated or corrupt (" +
                ex.getMessage() + ")", ex);
        }
    }

    /** @return events read so far. */
    public long events()
    {
        return events;
    }

    @Override
    public void close()
    {
        input.close();
    }

    private EventKind kindOf(final int flags)
    {
        final int ordinal = flags & KryoFormat.KIND_MASK;
        if (ordinal >= EventKind.count())
        {
            throw new ReplayException(name + ": event " + (events + 1) + " has unknown kind " + ordinal);
        }
        return EventKind.of(ordinal);
    }

    private KryoHeader readHeader()
    {
        try
        {
            final byte[] magic = input.readBytes(KryoFormat.MAGIC.length);
            if (!java.util.Arrays.equals(magic, KryoFormat.MAGIC))
            {
                throw new ReplayException(name + ": not a spindle Kryo event file (no SL3K header)");
            }
            final int version = input.readVarInt(true);
            if (version != KryoFormat.VERSION)
            {
                throw new ReplayException(name + ": Kryo event format version " + version + " (this kit reads " +
                    KryoFormat.VERSION + ")");
            }
            return new KryoHeader(version, input.readString(), input.readVarInt(true), input.readVarInt(true),
                input.readVarInt(true), input.readVarInt(true), input.readVarInt(true), input.readString());
        }
        catch (final KryoException ex)
        {
            throw new ReplayException(name + ": not a spindle Kryo event file (header unreadable: " +
                ex.getMessage() + ")", ex);
        }
    }
}
