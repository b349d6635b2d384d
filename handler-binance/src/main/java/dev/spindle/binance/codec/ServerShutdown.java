package dev.spindle.binance.codec;

/**
 * A {@code serverShutdown} notice ({@code {"e":"serverShutdown","E":..}}, combined as {@code !serverShutdown}):
 * the server will close this connection soon; reconnect promptly. Not thread safe.
 */
public final class ServerShutdown
{
    long eventTimeMs;

    /** @return {@code E}: event time, ms; 0 if absent. */
    public long E()
    {
        return eventTimeMs;
    }

    @Override
    public String toString()
    {
        return "ServerShutdown[E=" + eventTimeMs + "]";
    }
}
