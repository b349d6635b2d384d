package dev.spindle.replay.export;

import dev.spindle.replay.l3.EventRecords;
import dev.spindle.replay.l3.EventSink;

/**
 * An event writer that also takes events already packed as {@link EventRecords}, which spares the writer thread
 * of an {@link AsyncEventSink} from unpacking every event into an object first.
 */
public interface RecordWriter extends EventSink, AutoCloseable
{
    /**
     * Write {@code count} packed events, in order.
     *
     * @param records events of {@link EventRecords#LONGS} longs each.
     * @param count   events to write.
     */
    void writeRecords(long[] records, int count);

    /** Flush and close what the writer owns. */
    @Override
    void close();
}
