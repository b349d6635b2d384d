package dev.spindle.capture;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;

import org.agrona.concurrent.IdleStrategy;
import org.agrona.concurrent.SleepingMillisIdleStrategy;

import dev.spindle.capture.reader.ReadWarningHandler;
import dev.spindle.capture.reader.SessionReader;

/** Shared helpers of the capture tests. */
public final class CaptureTesting
{
    private CaptureTesting()
    {
    }

    /** @return a non-spinning idle strategy for capture threads in tests. */
    public static IdleStrategy idle()
    {
        return new SleepingMillisIdleStrategy(1);
    }

    /** Waits up to 20 s for {@code condition}, failing with {@code what}. */
    public static void await(final String what, final BooleanSupplier condition)
    {
        final long deadlineNs = System.nanoTime() + 20_000_000_000L;
        while (!condition.getAsBoolean())
        {
            if (System.nanoTime() - deadlineNs > 0)
            {
                fail("timed out waiting for " + what);
            }
            try
            {
                Thread.sleep(2);
            }
            catch (final InterruptedException ex)
            {
                Thread.currentThread().interrupt();
                fail("interrupted waiting for " + what);
            }
        }
    }

    /** @return a Binance combined-stream depth frame with ids {@code firstId..lastId}. */
    public static byte[] depthFrame(final long firstId, final long lastId, final long eventTimeMs)
    {
        return ("{\"stream\":\"ethusdt@depth@100ms\",\"data\":{\"e\":\"depthUpdate\",\"E\":" + eventTimeMs +
            ",\"s\":\"ETHUSDT\",\"U\":" + firstId + ",\"u\":" + lastId +
            ",\"b\":[[\"2683.80000000\",\"3.02920000\"]],\"a\":[]}}").getBytes(StandardCharsets.UTF_8);
    }

    /** A captured line as read back. */
    public record Line(long recvEpochNs, String text, long lineNo)
    {
    }

    /** Reads every line of a stream, collecting warnings into {@code warnings} (may be null). */
    public static List<Line> readLines(final Path sessionDir, final FileKind kind, final List<String> warnings)
        throws IOException
    {
        final ReadWarningHandler handler = null == warnings ? message -> { } : warnings::add;
        final List<Line> lines = new ArrayList<>();
        SessionReader.open(sessionDir, handler).read(kind, (recvEpochNs, buf, offset, length, lineNo) ->
            lines.add(new Line(recvEpochNs, new String(buf, offset, length, StandardCharsets.UTF_8), lineNo)));
        return lines;
    }
}
