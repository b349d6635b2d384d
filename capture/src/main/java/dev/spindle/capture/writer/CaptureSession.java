package dev.spindle.capture.writer;

import java.nio.file.Path;

import dev.spindle.capture.UpdateIdScanner;

/**
 * Handle of one symbol's session directory within a {@link CaptureWriter}; passed to every
 * {@link CaptureProducer} call. Immutable and safe to share between threads.
 */
public final class CaptureSession
{
    private final Object owner;
    private final int index;
    private final String venue;
    private final String symbol;
    private final String name;
    private final Path directory;
    private final UpdateIdScanner scanner;

    CaptureSession(
        final Object owner,
        final int index,
        final String venue,
        final String symbol,
        final String name,
        final Path directory,
        final UpdateIdScanner scanner)
    {
        this.owner = owner;
        this.index = index;
        this.venue = venue;
        this.symbol = symbol;
        this.name = name;
        this.directory = directory;
        this.scanner = scanner;
    }

    Object owner()
    {
        return owner;
    }

    int index()
    {
        return index;
    }

    UpdateIdScanner scanner()
    {
        return scanner;
    }

    /** @return venue name. */
    public String venue()
    {
        return venue;
    }

    /** @return symbol name. */
    public String symbol()
    {
        return symbol;
    }

    /** @return session name. */
    public String name()
    {
        return name;
    }

    /** @return the session directory. */
    public Path directory()
    {
        return directory;
    }

    @Override
    public String toString()
    {
        return directory.toString();
    }
}
