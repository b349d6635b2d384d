package dev.spindle.replay.input;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import dev.spindle.capture.SessionLayout;
import dev.spindle.capture.reader.SessionReader;
import dev.spindle.replay.ReplayException;

/**
 * Finds out what a replay was given and opens it: {@code --session DIR} (a spindle session, or an hft-rs capture
 * directory holding {@code snapshot.json} + {@code diffs.jsonl} without {@code metadata.json}),
 * {@code --snapshot F --diffs F} (an hft-rs pair) or {@code --input F [F ...]} (hftbacktest files, or one
 * directory). {@code --format} overrides the detection.
 */
public final class Captures
{
    private static final String HFTRS_DIFFS = "diffs.jsonl";

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
        if (format != null && format != InputFormat.HFTBACKTEST)
        {
            throw new ReplayException("--format " + format.flagValue() + " takes " +
                (format == InputFormat.SESSION ? "--session DIR" : "--snapshot FILE --diffs FILE or a directory"));
        }
        if (format == null && !looksLikeHftbacktest(inputs.get(0)))
        {
            throw new ReplayException("--input " + inputs.get(0) + ": lines are not '<local_ns> <json>' " +
                "(hftbacktest); for an hft-rs diffs file give --snapshot FILE --diffs FILE");
        }
        return new HftbacktestCapture(inputs);
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
        if (format == InputFormat.HFTBACKTEST)
        {
            throw new ReplayException("--format hftbacktest takes files: --input FILE...");
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
        try
        {
            return new SessionCapture(dir, SessionReader.open(dir, message -> { }));
        }
        catch (final IOException ex)
        {
            throw new ReplayException(flag + " " + dir + ": " + ex.getMessage(), ex);
        }
    }

    private static boolean looksLikeHftbacktest(final Path file) throws IOException
    {
        try (LineFile lines = new LineFile(file, 1 << 16))
        {
            while (lines.next())
            {
                if (lines.length() == 0)
                {
                    continue;
                }
                final byte first = lines.buffer()[lines.offset()];
                return first >= '0' && first <= '9';
            }
            return false;
        }
    }
}
