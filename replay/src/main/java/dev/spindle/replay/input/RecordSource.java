package dev.spindle.replay.input;

import java.io.IOException;

/**
 * Pulls the records of one pass over a capture, in recorded order: each record is a slice of a buffer that stays
 * valid until the next {@link #next()}. Formats that interleave several streams in one file (hftbacktest) hand out
 * every frame; the caller classifies them.
 * <p>
 * Not thread safe: one pass per thread. Closes idempotently.
 */
public interface RecordSource extends AutoCloseable
{
    /** {@link #recvEpochNs()} of a record whose receive time was not recorded. */
    long NO_RECV_TIME = Long.MIN_VALUE;

    /**
     * @return true if a record is available.
     * @throws IOException when a file cannot be read.
     * @throws dev.spindle.replay.ReplayException on a malformed line (naming file and line), unless the source
     *                                            was told to skip bad lines.
     */
    boolean next() throws IOException;

    /** @return what the current record carries. */
    RecordKind kind();

    /** @return buffer holding the current record. */
    byte[] buffer();

    /** @return first byte of the current record. */
    int offset();

    /** @return length of the current record. */
    int length();

    /** @return the recorder's receive time of the current record, epoch ns, or {@link #NO_RECV_TIME}. */
    long recvEpochNs();

    /** @return the file of the current record, as named to the user. */
    String file();

    /** @return 1-based line of the current record in {@link #file()} (1 for a whole-file snapshot). */
    long lineNo();

    /** @return fraction of the capture consumed, 0 to 1, or a negative value when unknown. */
    double progress();

    @Override
    void close() throws IOException;
}
