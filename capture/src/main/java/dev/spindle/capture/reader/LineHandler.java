package dev.spindle.capture.reader;

import java.io.IOException;

/** Receives the lines of one captured stream, in order, from {@link SessionReader#read}. */
@FunctionalInterface
public interface LineHandler
{
    /**
     * @param recvEpochNs receive time in epoch ns, or {@link SessionReader#NO_RECV_TIME} when the session has no
     *                    receive-time sidecar for this part (e.g. a bare hft-rs {@code diffs.jsonl}).
     * @param buf         holds the line, without its newline; valid only during this call.
     * @param offset      first byte of the line.
     * @param length      number of bytes.
     * @param lineNo      1-based number of the line in the whole stream, across parts.
     * @throws IOException to abort the read.
     */
    void onLine(long recvEpochNs, byte[] buf, int offset, int length, long lineNo) throws IOException;
}
