package dev.spindle.capture.format;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Reads a cryptofeed raw-data recording of one exchange (e.g. {@code BINANCE}) in a folder:
 * {@code X.ws.N.0} files (line 1 {@code <wss url> <-> <epoch_s>}, then {@code <epoch_s>: <raw frame>}) and
 * {@code X.http.N.0} files ({@code <url> -> <epoch_s>: <json body>}, one REST snapshot per line). All files are
 * merged by their local receive time, so snapshots arrive between the frames that surrounded them live.
 */
public final class CryptofeedRecording
{
    private CryptofeedRecording()
    {
    }

    /**
     * @param folder   recording folder.
     * @param exchange file prefix, e.g. {@code BINANCE}, {@code BINANCE_FUTURES}.
     * @return the number of lines delivered.
     * @throws RecordingException on a malformed line (unless skipped), naming file and line.
     */
    public static long read(
        final Path folder, final String exchange, final ReadOptions options, final RecordHandler handler)
    {
        final List<Path> files = files(folder, exchange);
        if (files.isEmpty())
        {
            throw new RecordingException(folder.toString(), "no " + exchange + ".ws.*/.http.* files");
        }
        final List<Source> sources = new ArrayList<>();
        try
        {
            for (final Path file : files)
            {
                final Source source = new Source(file, file.getFileName().toString().startsWith(exchange + ".http."));
                sources.add(source);
                source.advance(options);
            }
            long delivered = 0;
            while (true)
            {
                Source next = null;
                for (final Source s : sources)
                {
                    if (s.hasLine && (next == null || s.line.localNs < next.line.localNs))
                    {
                        next = s;
                    }
                }
                if (next == null)
                {
                    return delivered;
                }
                handler.onLine(next.line);
                delivered++;
                next.advance(options);
            }
        }
        catch (final IOException ex)
        {
            throw new UncheckedIOException(folder + ": " + ex.getMessage(), ex);
        }
        finally
        {
            for (final Source s : sources)
            {
                try
                {
                    s.reader.close();
                }
                catch (final IOException ignore)
                {
                    // closing a read-only file cannot lose data
                }
            }
        }
    }

    /**
     * @return the ws and http files of {@code exchange} in {@code folder}, sorted by name.
     */
    public static List<Path> files(final Path folder, final String exchange)
    {
        try (Stream<Path> list = Files.list(folder))
        {
            return list.filter(p ->
                {
                    final String name = p.getFileName().toString();
                    return name.startsWith(exchange + ".ws.") || name.startsWith(exchange + ".http.");
                })
                .sorted()
                .toList();
        }
        catch (final IOException ex)
        {
            throw new UncheckedIOException(folder + ": " + ex.getMessage(), ex);
        }
    }

    private static final class Source
    {
        final LineReader reader;
        final boolean http;
        final RecordedLine line = new RecordedLine();
        boolean hasLine;

        Source(final Path file, final boolean http) throws IOException
        {
            this.reader = RecordingFiles.openLines(file);
            this.http = http;
            line.file = file.toString();
            line.kind = http ? RecordedLine.Kind.REST_SNAPSHOT : RecordedLine.Kind.WS_FRAME;
        }

        void advance(final ReadOptions options) throws IOException
        {
            while (reader.next())
            {
                line.lineNo = reader.lineNo();
                if ((!http && reader.lineNo() == 1) || reader.length() == 0)
                {
                    continue; // "<wss url> <-> <epoch_s>" connection header, or a blank separator line
                }
                if (parse(reader.buffer(), reader.offset(), reader.length(), options))
                {
                    hasLine = true;
                    return;
                }
            }
            if (reader.tornTail())
            {
                options.warnings().accept(line.file + ":" + (reader.lineNo() + 1) + ": torn last line skipped");
            }
            hasLine = false;
        }

        private boolean parse(final byte[] buf, final int off, final int len, final ReadOptions options)
        {
            final int end = off + len;
            int tsStart = off;
            if (http)
            {
                final int arrow = indexOf(buf, off, end, " -> ");
                if (arrow < 0)
                {
                    return bad(buf, off, len, options, "expected '<url> -> <epoch_s>: <json>'");
                }
                line.restSymbol = symbolOf(new String(buf, off, arrow - off, StandardCharsets.US_ASCII));
                tsStart = arrow + 4;
            }
            final int colon = indexOf(buf, tsStart, end, ": ");
            if (colon < 0 || colon + 2 >= end || buf[colon + 2] != '{')
            {
                return bad(buf, off, len, options, "expected '<epoch_s>: <json>'");
            }
            final long ns = epochSecondsToNs(buf, tsStart, colon);
            if (ns < 0)
            {
                return bad(buf, off, len, options, "bad epoch seconds");
            }
            line.localNs = ns;
            line.buffer = buf;
            line.offset = colon + 2;
            line.length = end - colon - 2;
            return true;
        }

        private boolean bad(
            final byte[] buf, final int off, final int len, final ReadOptions options, final String problem)
        {
            final String message = problem + ", got '" +
                new String(buf, off, Math.min(len, 60), StandardCharsets.UTF_8) + "'";
            if (options.skipBadLines())
            {
                options.warnings().accept(line.position() + ": " + message + " (skipped)");
                return false;
            }
            throw new RecordingException(line.position(), message);
        }
    }

    static String symbolOf(final String url)
    {
        final int at = url.indexOf("symbol=");
        if (at < 0)
        {
            return null;
        }
        int end = url.indexOf('&', at);
        if (end < 0)
        {
            end = url.length();
        }
        return url.substring(at + 7, end).toUpperCase(java.util.Locale.ROOT);
    }

    static int indexOf(final byte[] buf, final int from, final int end, final String needle)
    {
        outer:
        for (int i = from; i <= end - needle.length(); i++)
        {
            for (int j = 0; j < needle.length(); j++)
            {
                if (buf[i + j] != needle.charAt(j))
                {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    /** Parses {@code 1618677372.1768699} into epoch ns; -1 if malformed. */
    static long epochSecondsToNs(final byte[] buf, final int from, final int end)
    {
        long seconds = 0;
        long fraction = 0;
        int fractionDigits = 0;
        boolean dot = false;
        boolean digits = false;
        for (int i = from; i < end; i++)
        {
            final byte b = buf[i];
            if (b == '.' && !dot)
            {
                dot = true;
            }
            else if (b >= '0' && b <= '9')
            {
                digits = true;
                if (!dot)
                {
                    seconds = seconds * 10 + (b - '0');
                }
                else if (fractionDigits < 9)
                {
                    fraction = fraction * 10 + (b - '0');
                    fractionDigits++;
                }
            }
            else
            {
                return -1;
            }
        }
        if (!digits)
        {
            return -1;
        }
        for (int i = fractionDigits; i < 9; i++)
        {
            fraction *= 10;
        }
        return seconds * 1_000_000_000L + fraction;
    }
}
