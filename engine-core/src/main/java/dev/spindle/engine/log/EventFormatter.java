package dev.spindle.engine.log;

/**
 * Renders one event as one output line on the logger thread.
 */
interface EventFormatter
{
    /**
     * @param event   the event; read only.
     * @param epochNs the event time on the epoch clock.
     * @param sinceNs time since the previous event of the same source, or negative when there is none.
     * @param out     where the line, newline included, is appended.
     */
    void format(LogEvent event, long epochNs, long sinceNs, LineBuffer out);

    static EventFormatter of(final LogFormat format)
    {
        return format == LogFormat.JSON ? new JsonFormatter() : new TextFormatter();
    }
}
