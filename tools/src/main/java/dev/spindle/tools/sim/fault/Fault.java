package dev.spindle.tools.sim.fault;

import java.util.Locale;

/**
 * The faults a simulator can inject, named as in {@code --fault} (see {@link FaultSpec} for the syntax).
 * Frame faults act on the next market frame (a Binance depth event, a Hyperliquid {@code l2Book} frame); the others
 * act on the connections or the REST server at once.
 */
public enum Fault
{
    /** Withhold one market frame from every client; the venue's book still moves (a gap in the client's chain). */
    DROP(true, true),
    /** Send one market frame twice. */
    DUPLICATE(true, true),
    /** Send one market frame after the next one of the same symbol. */
    SWAP(true, true),
    /** Replace one market frame with invalid JSON (ids and stream name intact, body broken). */
    MALFORMED(true, true),
    /** Send only the first half of one market frame's text. */
    TRUNCATED(true, true),
    /** Pad one market frame with an unknown field to {@code BYTES} (default 1 MiB); still valid JSON. */
    OVERSIZED(true, true),
    /** No frames for {@code DURATION} (default 3 s); frames due meanwhile follow in a burst. Pings continue. */
    STALL(false, true),
    /** Drop every client's TCP connection at once, without a close frame. */
    DISCONNECT(false, true),
    /** Close every connection with a close frame, code {@code CODE} (default 1001). */
    CLOSE(false, true),
    /** Binance only: send {@code serverShutdown} to every connection, close them after the grace period. */
    SHUTDOWN(false, false),
    /** Answer the next REST request with {@code STATUS} (default 503) and {@code Retry-After: SECONDS} (default 1). */
    REST(false, true),
    /**
     * Binance only: answer the next depth snapshot with the book as it was {@code EVENTS} depth events ago (default
     * 100), older than the diffs a client buffered since it asked.
     */
    STALE_SNAPSHOT(false, false);

    private final boolean frameFault;
    private final boolean hyperliquid;

    Fault(final boolean frameFault, final boolean hyperliquid)
    {
        this.frameFault = frameFault;
        this.hyperliquid = hyperliquid;
    }

    /** @return true if the fault changes the next market frame rather than the connections or the REST server. */
    public boolean isFrameFault()
    {
        return frameFault;
    }

    /** @return true if the Hyperliquid simulator supports it (the Binance simulator supports every fault). */
    public boolean onHyperliquid()
    {
        return hyperliquid;
    }

    /** @return the name used in {@code --fault}, e.g. {@code stale-snapshot}. */
    public String flagName()
    {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /**
     * @param name a {@link #flagName()}.
     * @return the fault.
     * @throws IllegalArgumentException naming the known faults.
     */
    public static Fault byFlagName(final String name)
    {
        for (final Fault fault : values())
        {
            if (fault.flagName().equals(name))
            {
                return fault;
            }
        }
        final StringBuilder known = new StringBuilder();
        for (final Fault fault : values())
        {
            known.append(known.length() == 0 ? "" : ", ").append(fault.flagName());
        }
        throw new IllegalArgumentException("unknown fault '" + name + "' (known: " + known + ")");
    }
}
