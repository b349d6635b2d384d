package dev.spindle.capture.writer;

import java.io.FileNotFoundException;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;

import dev.spindle.capture.Compression;
import dev.spindle.capture.FileKind;
import dev.spindle.capture.SessionLayout;
import dev.spindle.capture.meta.PartSummary;

/**
 * One stream of one session: its {@code .jsonl} file and {@code .recv} sidecar, part by part. Parts are opened
 * on their first line, so a stream with no lines has no files. Capture thread only.
 * <p>
 * Both files receive the same number of whole lines at every flush, JSONL first; gzip parts are sync-flushed so
 * that everything up to the last flush can be decompressed after a crash.
 */
final class LineSink
{
    private static final int JSONL_BUFFER_BYTES = 256 * 1024;
    private static final int RECV_BUFFER_BYTES = 32 * 1024;
    private static final int GZIP_BUFFER_BYTES = 64 * 1024;

    private final Path dir;
    private final FileKind kind;
    private final Compression compression;
    private final LineBuffer jsonl = new LineBuffer(JSONL_BUFFER_BYTES);
    private final LineBuffer recv = new LineBuffer(RECV_BUFFER_BYTES);
    private final List<PartSummary> closedParts = new ArrayList<>();

    private FileOutputStream jsonlFile;
    private FileOutputStream recvFile;
    private OutputStream jsonlOut;
    private OutputStream recvOut;
    private int part = -1;
    private String jsonlName;
    private String recvName;
    private long partFirstLine;
    private long partLines;
    private long partOpenedEpochMs;
    private long lines;
    private long bytes;
    private long rewrittenLines;
    private long droppedFrames;
    private boolean unflushed;
    private long flushedLines;
    private long flushedBytes;
    private long flushedPartLines;

    LineSink(final Path dir, final FileKind kind, final Compression compression)
    {
        this.dir = dir;
        this.kind = kind;
        this.compression = compression;
    }

    /**
     * Appends one frame as one line.
     *
     * @return whether CR/LF bytes had to be replaced by spaces (the record's bytes are changed in place).
     */
    boolean append(
        final int partIndex, final long nowEpochMs, final long recvEpochNs, final byte[] data, final int length)
        throws IOException
    {
        if (partIndex != part)
        {
            closePart();
            openPart(partIndex, nowEpochMs);
        }
        final boolean rewritten = replaceLineBreaks(data, length);
        try
        {
            jsonl.appendLine(data, 0, length);
            recv.appendDecimalLine(recvEpochNs);
        }
        catch (final IOException ex)
        {
            throw failure(jsonlName, ex);
        }
        unflushed = true;
        lines++;
        partLines++;
        bytes += length + 1;
        if (rewritten)
        {
            rewrittenLines++;
        }
        return rewritten;
    }

    /** Writes every buffered line of the open part, JSONL first, then its receive times. */
    void flush() throws IOException
    {
        if (part < 0 || !unflushed)
        {
            return;
        }
        try
        {
            jsonl.drain();
            jsonlOut.flush();
        }
        catch (final IOException ex)
        {
            throw failure(jsonlName, ex);
        }
        try
        {
            recv.drain();
            recvOut.flush();
        }
        catch (final IOException ex)
        {
            throw failure(recvName, ex);
        }
        unflushed = false;
        flushedLines = lines;
        flushedBytes = bytes;
        flushedPartLines = partLines;
    }

    /** Flushes, completes (gzip trailer), syncs and closes the open part, if any. */
    void closePart() throws IOException
    {
        if (part < 0)
        {
            return;
        }
        flush();
        finish(jsonlOut, jsonlFile, jsonlName);
        finish(recvOut, recvFile, recvName);
        release();
    }

    /** Closes the open part's files without writing more, after a failure. */
    void abandon()
    {
        if (part >= 0)
        {
            release();
        }
    }

    void addDropped(final long count)
    {
        droppedFrames += count;
    }

    FileKind kind()
    {
        return kind;
    }

    /** @return lines appended, including those still buffered: the stream position for ledger entries. */
    long lines()
    {
        return lines;
    }

    /** @return lines known to have been handed to the file system (by a flush or a closed part). */
    long flushedLines()
    {
        return flushedLines;
    }

    /** @return bytes of JSONL text known to have been handed to the file system. */
    long flushedBytes()
    {
        return flushedBytes;
    }

    long rewrittenLines()
    {
        return rewrittenLines;
    }

    long droppedFrames()
    {
        return droppedFrames;
    }

    /** @return closed parts and the open one, in order. */
    List<PartSummary> parts()
    {
        final List<PartSummary> parts = new ArrayList<>(closedParts);
        if (part >= 0)
        {
            parts.add(currentPart());
        }
        return parts;
    }

    private PartSummary currentPart()
    {
        return new PartSummary(part, jsonlName, recvName, partFirstLine, flushedPartLines, partOpenedEpochMs);
    }

    private void openPart(final int partIndex, final long nowEpochMs) throws IOException
    {
        jsonlName = SessionLayout.jsonlName(kind, partIndex, compression);
        recvName = SessionLayout.recvName(kind, partIndex, compression);
        jsonlOut = null;
        recvFile = null;
        jsonlFile = create(jsonlName);
        try
        {
            recvFile = create(recvName);
            jsonlOut = wrap(jsonlFile, jsonlName);
            recvOut = wrap(recvFile, recvName);
        }
        catch (final IOException ex)
        {
            closeQuietly(jsonlOut);
            closeQuietly(jsonlFile);
            closeQuietly(recvFile);
            throw ex;
        }
        jsonl.target(jsonlOut);
        recv.target(recvOut);
        part = partIndex;
        partFirstLine = lines + 1;
        partLines = 0;
        flushedPartLines = 0;
        partOpenedEpochMs = nowEpochMs;
    }

    private FileOutputStream create(final String name) throws IOException
    {
        final Path path = dir.resolve(name);
        try
        {
            return new FileOutputStream(path.toFile());
        }
        catch (final FileNotFoundException ex)
        {
            throw new IOException("cannot create " + path + ": " + ex.getMessage(), ex);
        }
    }

    private OutputStream wrap(final FileOutputStream file, final String name) throws IOException
    {
        if (Compression.GZIP != compression)
        {
            return file;
        }
        try
        {
            return new GZIPOutputStream(file, GZIP_BUFFER_BYTES, true);
        }
        catch (final IOException ex)
        {
            throw failure(name, ex);
        }
    }

    private void finish(final OutputStream out, final FileOutputStream file, final String name) throws IOException
    {
        try
        {
            if (out instanceof GZIPOutputStream)
            {
                ((GZIPOutputStream)out).finish();
            }
            file.getFD().sync();
        }
        catch (final IOException ex)
        {
            throw failure(name, ex);
        }
    }

    private void release()
    {
        // the compressing stream first (it frees its native deflater), then the file in case that failed
        closeQuietly(jsonlOut);
        closeQuietly(jsonlFile);
        closeQuietly(recvOut);
        closeQuietly(recvFile);
        closedParts.add(currentPart());
        part = -1;
    }

    private static boolean replaceLineBreaks(final byte[] data, final int length)
    {
        boolean replaced = false;
        for (int i = 0; i < length; i++)
        {
            final byte b = data[i];
            if ('\n' == b || '\r' == b)
            {
                data[i] = ' ';
                replaced = true;
            }
        }
        return replaced;
    }

    private IOException failure(final String name, final IOException ex)
    {
        return new IOException("cannot write " + dir.resolve(name) + ": " + ex.getMessage(), ex);
    }

    private static void closeQuietly(final OutputStream out)
    {
        if (null != out)
        {
            try
            {
                out.close();
            }
            catch (final IOException ignore)
            {
                // closing after a failure or after the data was synced: nothing left to save
            }
        }
    }
}
