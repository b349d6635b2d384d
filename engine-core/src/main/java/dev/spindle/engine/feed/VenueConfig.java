package dev.spindle.engine.feed;

/**
 * Base of a venue handler's validated configuration: holds the {@link ConnectionSettings} every venue shares and
 * answers the two a caller asks most. The venue config adds its own flags. Immutable.
 */
public abstract class VenueConfig
{
    private final ConnectionSettings connection;

    /** @param connection the validated shared settings. */
    protected VenueConfig(final ConnectionSettings connection)
    {
        this.connection = connection;
    }

    /** @return the settings shared with every venue: name, WebSocket URL, staleness, back-off, slots, clocks. */
    public final ConnectionSettings connection()
    {
        return connection;
    }

    /** @return handler name: the source of its log events and counters ({@code binance}, {@code binance:BTCUSDT}). */
    public final String name()
    {
        return connection.name();
    }

    /** @return the WebSocket URL as the venue uses it (Binance's base URL has no trailing slash). */
    public final String wsUrl()
    {
        return connection.wsUrl();
    }
}
