package dev.spindle.capture.writer;

import java.util.concurrent.atomic.AtomicLong;

/**
 * Running totals of one {@link CaptureWriter}, over all its sessions. Readable from any thread at any time;
 * each value only grows.
 */
public final class CaptureCounters
{
    private final AtomicLong linesWritten = new AtomicLong();
    private final AtomicLong bytesWritten = new AtomicLong();
    private final AtomicLong snapshotsWritten = new AtomicLong();
    private final AtomicLong ledgerEntries = new AtomicLong();
    private final AtomicLong framesDropped = new AtomicLong();
    private final AtomicLong refusedAfterStop = new AtomicLong();
    private final AtomicLong discardedOnFailure = new AtomicLong();
    private final AtomicLong rewrittenLines = new AtomicLong();
    private final AtomicLong flushes = new AtomicLong();
    private final AtomicLong rotations = new AtomicLong();
    private final AtomicLong ioErrors = new AtomicLong();

    /** @return lines written to {@code .jsonl} files (before a flush they may still be buffered). */
    public long linesWritten()
    {
        return linesWritten.get();
    }

    /** @return bytes of JSONL text written, newlines included, before compression. */
    public long bytesWritten()
    {
        return bytesWritten.get();
    }

    /** @return REST snapshots written ({@code snapshot.json} and checkpoints). */
    public long snapshotsWritten()
    {
        return snapshotsWritten.get();
    }

    /** @return gap-ledger entries recorded. */
    public long ledgerEntries()
    {
        return ledgerEntries.get();
    }

    /** @return frames, snapshots and ledger entries refused because a producer's queue was full. */
    public long framesDropped()
    {
        return framesDropped.get();
    }

    /** @return frames refused because the capture had already stopped (closed or failed). */
    public long refusedAfterStop()
    {
        return refusedAfterStop.get();
    }

    /** @return queued messages thrown away because the capture failed before writing them. */
    public long discardedOnFailure()
    {
        return discardedOnFailure.get();
    }

    /** @return frames whose CR/LF bytes were written as spaces to keep one frame per line. */
    public long rewrittenLines()
    {
        return rewrittenLines.get();
    }

    /** @return flushes of all files. */
    public long flushes()
    {
        return flushes.get();
    }

    /** @return rotations to a new numbered part. */
    public long rotations()
    {
        return rotations.get();
    }

    /** @return I/O errors; the first one stops the capture. */
    public long ioErrors()
    {
        return ioErrors.get();
    }

    // Single writer (the capture thread): an ordered store is enough.
    void addLine(final long bytes)
    {
        linesWritten.lazySet(linesWritten.get() + 1);
        bytesWritten.lazySet(bytesWritten.get() + bytes);
    }

    void addSnapshot()
    {
        snapshotsWritten.lazySet(snapshotsWritten.get() + 1);
    }

    void addLedgerEntry()
    {
        ledgerEntries.lazySet(ledgerEntries.get() + 1);
    }

    void addRewrittenLine()
    {
        rewrittenLines.lazySet(rewrittenLines.get() + 1);
    }

    void addFlush()
    {
        flushes.lazySet(flushes.get() + 1);
    }

    void addRotation()
    {
        rotations.lazySet(rotations.get() + 1);
    }

    void addIoError()
    {
        ioErrors.lazySet(ioErrors.get() + 1);
    }

    void addDiscardedOnFailure()
    {
        discardedOnFailure.lazySet(discardedOnFailure.get() + 1);
    }

    // Many writers (every producer thread), but only on the rare refusal path.
    void addDropped()
    {
        framesDropped.incrementAndGet();
    }

    void addRefusedAfterStop()
    {
        refusedAfterStop.incrementAndGet();
    }
}
