package dev.spindle.engine.testing;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import dev.spindle.engine.log.EventLog;
import dev.spindle.engine.log.EventLogConfig;

/**
 * An {@link EventLog} writing into memory, for tests that assert on log lines. Uses the {@code sleep} idle strategy.
 */
public final class LogCapture implements AutoCloseable
{
    private final ByteArrayOutputStream output = new ByteArrayOutputStream();
    private final EventLog log;

    private LogCapture(final EventLogConfig config)
    {
        log = EventLog.start(config.output(output).idleStrategy("sleep"));
    }

    /** @return a capture with the default (text) configuration. */
    public static LogCapture start()
    {
        return new LogCapture(new EventLogConfig());
    }

    /**
     * @param config settings; its output and idle strategy are replaced.
     * @return a capture.
     */
    public static LogCapture start(final EventLogConfig config)
    {
        return new LogCapture(config);
    }

    /** @return the running log. */
    public EventLog log()
    {
        return log;
    }

    /** @return every complete line written so far. */
    public List<String> lines()
    {
        final String text = output.toString(StandardCharsets.UTF_8);
        final int end = text.lastIndexOf('\n');
        return end < 0 ? List.of() : Arrays.asList(text.substring(0, end).split("\n"));
    }

    /**
     * @param fragment text to look for.
     * @return the lines containing it.
     */
    public List<String> linesContaining(final String fragment)
    {
        return lines().stream().filter((line) -> line.contains(fragment)).collect(Collectors.toList());
    }

    /**
     * Wait for a line containing {@code fragment}.
     *
     * @param fragment  text to look for.
     * @param timeoutMs how long to wait.
     * @return the first such line.
     * @throws AssertionError if none appeared in time.
     */
    public String awaitLine(final String fragment, final long timeoutMs) throws InterruptedException
    {
        final long deadlineNs = System.nanoTime() + timeoutMs * 1_000_000L;
        while (true)
        {
            final List<String> found = linesContaining(fragment);
            if (!found.isEmpty())
            {
                return found.get(0);
            }
            if (System.nanoTime() - deadlineNs > 0)
            {
                throw new AssertionError("no log line containing '" + fragment + "' within " + timeoutMs + " ms:\n" +
                    String.join("\n", lines()));
            }
            Thread.sleep(5);
        }
    }

    /** Close the log (drains and writes everything). Idempotent. */
    @Override
    public void close()
    {
        log.close();
    }
}
