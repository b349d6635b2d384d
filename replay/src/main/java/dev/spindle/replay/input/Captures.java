package dev.spindle.replay.input;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import dev.spindle.capture.FileKind;
import dev.spindle.capture.SessionLayout;
import dev.spindle.capture.reader.SessionReader;
import dev.spindle.replay.ReplayException;

/**
 * Finds out what a replay was given and opens it: {@code --session DIR} (a spindle session, or an hft-rs capture
 * directory holding {@code snapshot.json} + {@code diffs.jsonl} without {@code metadata.json}; a Hyperliquid
 * session when it holds {@code l2book.jsonl}), {@code --snapshot F --diffs F} (an hft-rs pair) or
 * {@code --input F [F ...]} (hftbacktest files of Binance or Hyperliquid frames, Hyperliquid archive files, or one
 * directory). {@code --format} overrides the detection.
 */
public final class Captures
{
    private static final String HFTRS_DIFFS = "diffs.jsonl";
    private static final byte[] HL_CHANNEL = "{\"channel\":".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] ARCHIVE_RAW = "\"raw\":".getBytes(StandardCharsets.US_ASCII);

    private Captures()
    {
    }

    /**
     * @param format   forced format, or null to detect.
     * @param session  {@code --session}, or null.
     * @param snapshot {@code --snapshot}, or null.
     * @param diffs    {@code --diffs}, or null.
     * @param inputs   {@code --input}, possibly empty.
     * @return the capture.
     * @throws ReplayException one line naming the flag or file at fault.
     * @throws IOException     if a file cannot be read.
     */
    public static Capture open(
        final InputFormat format, final Path session, final Path snapshot, final Path diffs, final List<Path> inputs)
        throws IOException
    {
        final int given = (session != null ? 1 : 0) + (snapshot != null || diffs != null ? 1 : 0) +
            (inputs.isEmpty() ? 0 : 1);
        if (given != 1)
        {
            throw new ReplayException((given == 0 ? "no input" : "more than one input") +
                ": give --session DIR, --snapshot FILE --diffs FILE, or --input FILE...");
        }
        if (session != null)
        {
            return directory(session, format, "--session");
        }
        if (snapshot != null || diffs != null)
        {
            return pair(snapshot, diffs);
        }
        if (inputs.size() == 1 && Files.isDirectory(inputs.get(0)))
        {
            return directory(inputs.get(0), format, "--input");
        }
        for (final Path input : inputs)
        {
            if (!Files.isRegularFile(input))
            {
                throw new ReplayException("--input " + input + ": no such file");
            }
        }
        if (format == InputFormat.HL_ARCHIVE)
        {
            return HyperliquidCapture.archive(inputs);
        }
        if (format == InputFormat.HL_HFTBACKTEST)
        {
            return HyperliquidCapture.hftbacktest(inputs);
        }
        if (format != null && format != InputFormat.HFTBACKTEST)
        {
            throw new ReplayException("--format " + format.flagValue() + " takes " +
                (format == InputFormat.SESSION || format == InputFormat.HL_SESSION ? "--session DIR" :
                    "--snapshot FILE --diffs FILE or a directory"));
        }
        final InputFormat shape = lineShape(inputs.get(0));
        if (format == null && shape == InputFormat.HL_ARCHIVE)
        {
            return HyperliquidCapture.archive(inputs);
        }
        if (format == null && shape == null)
        {
            throw new ReplayException("--input " + inputs.get(0) + ": lines are not '<local_ns> <json>' " +
                "(hftbacktest); for an hft-rs diffs file give --snapshot FILE --diffs FILE");
        }
        return shape == InputFormat.HL_HFTBACKTEST ? HyperliquidCapture.hftbacktest(inputs) :
            new HftbacktestCapture(inputs);
    }

    private static Capture pair(final Path snapshot, final Path diffs)
    {
        if (diffs == null)
        {
            throw new ReplayException("--snapshot needs --diffs FILE (the depth frames that continue it)");
        }
        if (snapshot == null)
        {
            throw new ReplayException("missing snapshot: --diffs needs --snapshot FILE (the REST depth snapshot " +
                "the diffs continue)");
        }
        if (!Files.isRegularFile(snapshot))
        {
            throw new ReplayException("missing snapshot: --snapshot " + snapshot + ": no such file");
        }
        if (!Files.isRegularFile(diffs))
        {
            throw new ReplayException("--diffs " + diffs + ": no such file");
        }
        return new HftRsCapture(snapshot, diffs);
    }

    private static Capture directory(final Path dir, final InputFormat format, final String flag) throws IOException
    {
        if (!Files.isDirectory(dir))
        {
            throw new ReplayException(flag + " " + dir + ": not a directory");
        }
        final boolean hasMetadata = Files.exists(dir.resolve(SessionLayout.METADATA));
        final Path snapshot = dir.resolve(SessionLayout.SNAPSHOT);
        final Path diffs = dir.resolve(HFTRS_DIFFS);
        if (format == InputFormat.HFTBACKTEST || format == InputFormat.HL_HFTBACKTEST ||
            format == InputFormat.HL_ARCHIVE)
        {
            throw new ReplayException("--format " + format.flagValue() + " takes files: --input FILE...");
        }
        if (format != InputFormat.HFTRS && hasL2Book(dir))
        {
            return HyperliquidCapture.session(dir, openSession(dir, flag));
        }
        if (format == InputFormat.HL_SESSION)
        {
            throw new ReplayException(flag + " " + dir + ": no l2book.jsonl: not a Hyperliquid session");
        }
        // hft-rs writes snapshot.json + diffs.jsonl and nothing else; a spindle session has metadata.json or, if
        // cut short before writing it, receive-time sidecars.
        final boolean hftRsLayout = !hasMetadata && Files.isRegularFile(diffs) && Files.isRegularFile(snapshot) &&
            !Files.exists(dir.resolve("diffs" + SessionLayout.RECV));
        if (format == InputFormat.HFTRS || (format == null && hftRsLayout))
        {
            if (!Files.isRegularFile(snapshot))
            {
                throw new ReplayException("missing snapshot: " + dir + " has no " + SessionLayout.SNAPSHOT);
            }
            return pair(snapshot, diffs);
        }
        return new SessionCapture(dir, openSession(dir, flag));
    }

    private static SessionReader openSession(final Path dir, final String flag)
    {
        try
        {
            return SessionReader.open(dir, message -> { });
        }
        catch (final IOException ex)
        {
            throw new ReplayException(flag + " " + dir + ": " + ex.getMessage(), ex);
        }
    }

    private static boolean hasL2Book(final Path dir) throws IOException
    {
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir))
        {
            for (final Path file : files)
            {
                if (SessionLayout.parsePart(FileKind.L2BOOK, file.getFileName().toString()) >= 0)
                {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * @return {@code HFTBACKTEST} or {@code HL_HFTBACKTEST} for {@code <local_ns> <json>} lines (Hyperliquid when
     * the first frame is a {@code {"channel":..}} object), {@code HL_ARCHIVE} for {@code {"time",..,"raw":..}}
     * lines, null for anything else; judged by the first non-blank line.
     */
    private static InputFormat lineShape(final Path file) throws IOException
    {
        try (LineFile lines = new LineFile(file, 1 << 16))
        {
            while (lines.next())
            {
                final int len = lines.length();
                if (len == 0)
                {
                    continue;
                }
                final byte[] buf = lines.buffer();
                final int off = lines.offset();
                final byte first = buf[off];
                if (first >= '0' && first <= '9')
                {
                    return contains(buf, off, len, HL_CHANNEL) ? InputFormat.HL_HFTBACKTEST : InputFormat.HFTBACKTEST;
                }
                return first == '{' && contains(buf, off, len, ARCHIVE_RAW) ? InputFormat.HL_ARCHIVE : null;
            }
            return null;
        }
    }

    private static boolean contains(final byte[] buf, final int off, final int len, final byte[] pattern)
    {
        for (int i = off; i <= off + len - pattern.length; i++)
        {
            int k = 0;
            while (k < pattern.length && buf[i + k] == pattern[k])
            {
                k++;
            }
            if (k == pattern.length)
            {
                return true;
            }
        }
        return false;
    }
}
