package dev.spindle.capture.reader;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import dev.spindle.capture.SessionLayout;

/**
 * Pulls the lines of one captured stream in order, part after part, each paired with its receive time; for
 * callers that merge several streams (replay). {@link SessionReader#read} is the push form.
 * <p>
 * Tolerated with a warning, never an error: a torn last line (no newline), a gzip part cut short, JSONL lines
 * beyond the last receive time after a crash (skipped: lines are paired up to the shorter file), receive times
 * beyond the last line, a part with no sidecar at all (its lines come with {@link SessionReader#NO_RECV_TIME}).
 * A malformed receive time in the middle of a sidecar is an {@link IOException}; malformed JSON lines are the
 * caller's business.
 * <p>
 * Not thread-safe. The line's bytes are valid until the next call to {@link #next()}.
 */
public final class LineCursor implements AutoCloseable
{
    private static final long MIN_DIV_10 = Long.MIN_VALUE / 10;

    private final List<Path> parts;
    private final ReadWarningHandler warnings;
    private int nextPart;
    private LineScanner jsonl;
    private LineScanner recv;
    private long recvEpochNs;
    private long lineNo;
    private long partLines;

    LineCursor(final List<Path> parts, final ReadWarningHandler warnings)
    {
        this.parts = List.copyOf(parts);
        this.warnings = warnings;
    }

    /**
     * @return true when a line is available, false at the end of the stream.
     * @throws IOException when a file cannot be read or a receive time is malformed.
     */
    public boolean next() throws IOException
    {
        while (true)
        {
            if (null == jsonl)
            {
                if (nextPart >= parts.size())
                {
                    return false;
                }
                openPart(parts.get(nextPart++));
            }
            if (jsonl.next())
            {
                if (null == recv)
                {
                    recvEpochNs = SessionReader.NO_RECV_TIME;
                    return accept();
                }
                if (recv.next())
                {
                    recvEpochNs = parseRecv();
                    return accept();
                }
                long missing = 1;
                while (jsonl.next())
                {
                    missing++;
                }
                warnings.onWarning(jsonl.path() + ": " + missing + " line(s) after line " + lineNo +
                    " have no receive time in " + recv.path().getFileName() + " (capture ended abruptly); skipped");
                endPart(false);
            }
            else
            {
                endPart(true);
            }
        }
    }

    /** @return receive time of the current line, epoch ns, or {@link SessionReader#NO_RECV_TIME}. */
    public long recvEpochNs()
    {
        return recvEpochNs;
    }

    /** @return buffer holding the current line. */
    public byte[] buffer()
    {
        return jsonl.buffer();
    }

    /** @return first byte of the current line in {@link #buffer()}. */
    public int offset()
    {
        return jsonl.offset();
    }

    /** @return length of the current line, without its newline. */
    public int length()
    {
        return jsonl.length();
    }

    /** @return 1-based number of the current line in the whole stream. */
    public long lineNo()
    {
        return lineNo;
    }

    /** @return the part file of the current line. */
    public Path file()
    {
        return jsonl.path();
    }

    @Override
    public void close() throws IOException
    {
        closePart();
        nextPart = parts.size();
    }

    private boolean accept()
    {
        lineNo++;
        partLines++;
        return true;
    }

    private void openPart(final Path part) throws IOException
    {
        jsonl = new LineScanner(part);
        partLines = 0;
        final Path recvPath = part.resolveSibling(SessionLayout.recvNameFor(part.getFileName().toString()));
        if (Files.exists(recvPath))
        {
            try
            {
                recv = new LineScanner(recvPath);
            }
            catch (final IOException ex)
            {
                closePart();
                throw ex;
            }
        }
        else
        {
            warnings.onWarning(part + ": no receive-time sidecar " + recvPath.getFileName() +
                "; lines read without receive times");
        }
    }

    private void endPart(final boolean linesEnded) throws IOException
    {
        report(jsonl);
        if (null != recv)
        {
            if (linesEnded)
            {
                long extra = 0;
                while (recv.next())
                {
                    extra++;
                }
                if (extra > 0)
                {
                    warnings.onWarning(recv.path() + ": " + extra + " receive time(s) beyond the last line of " +
                        jsonl.path().getFileName() + "; ignored");
                }
            }
            report(recv);
        }
        closePart();
    }

    private void report(final LineScanner scanner)
    {
        if (scanner.tornBytes() > 0)
        {
            warnings.onWarning(scanner.path() + ": torn last line (" + scanner.tornBytes() +
                " bytes without newline) skipped");
        }
        if (null != scanner.truncation())
        {
            warnings.onWarning(scanner.path() + ": " + scanner.truncation() + "; read up to the tear");
        }
    }

    private void closePart() throws IOException
    {
        try
        {
            if (null != jsonl)
            {
                jsonl.close();
            }
        }
        finally
        {
            jsonl = null;
            if (null != recv)
            {
                recv.close();
                recv = null;
            }
        }
    }

    private long parseRecv() throws IOException
    {
        final byte[] buf = recv.buffer();
        final int offset = recv.offset();
        final int length = recv.length();
        int i = offset;
        final int end = offset + length;
        final boolean negative = i < end && '-' == buf[i];
        if (negative)
        {
            i++;
        }
        if (i == end || end - i > 19)
        {
            throw malformedRecv();
        }
        long value = 0;
        for (; i < end; i++)
        {
            final int digit = buf[i] - '0';
            if (digit < 0 || digit > 9 || value < MIN_DIV_10 || (value == MIN_DIV_10 && digit > 8))
            {
                throw malformedRecv();
            }
            value = value * 10 - digit;
        }
        if (!negative && Long.MIN_VALUE == value)
        {
            throw malformedRecv();
        }
        return negative ? value : -value;
    }

    private IOException malformedRecv()
    {
        final String text = new String(
            recv.buffer(), recv.offset(), Math.min(recv.length(), 40), StandardCharsets.US_ASCII);
        return new IOException(recv.path() + " line " + (partLines + 1) + ": not an epoch-ns receive time: \"" +
            text + "\"");
    }
}
