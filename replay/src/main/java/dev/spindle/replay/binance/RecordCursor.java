package dev.spindle.replay.binance;

/** The depth-pass record the replay thread is handling, for messages naming where a problem is. */
final class RecordCursor
{
    private final String description;
    private DecodedRecord current;

    /** @param description the capture's description, named before the first record. */
    RecordCursor(final String description)
    {
        this.description = description;
    }

    /** @param record the record now handled; a pooled slot, valid until the next. */
    void set(final DecodedRecord record)
    {
        current = record;
    }

    /** @return the record being handled, or null before the first. */
    DecodedRecord current()
    {
        return current;
    }

    /** @return true if the record being handled is a depth diff. */
    boolean atDiff()
    {
        return current != null && current.type == DecodedRecord.DIFF;
    }

    /** @return the position of the record being handled ({@code file:line}, marked if a snapshot). */
    String where()
    {
        if (current == null)
        {
            return description;
        }
        if (current.type == DecodedRecord.SNAPSHOT)
        {
            return current.position() + " (snapshot)";
        }
        return current.position();
    }
}
