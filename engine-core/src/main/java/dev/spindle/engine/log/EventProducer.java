package dev.spindle.engine.log;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;

import org.agrona.concurrent.NanoClock;

import dev.spindle.spsc.PooledChannel;

/**
 * One thread's way into the {@link EventLog}: its own SPSC channel of preallocated events, drained by the single
 * logger thread.
 * <p>
 * Threading: every method except the counters must be called from ONE producing thread only (one producer per
 * thread; get it with {@link EventLog#newProducer} while wiring up, not on the hot path). Emitting allocates
 * nothing and never blocks: when the channel is full (or the log is closed) the event is dropped, {@link #drops()}
 * rises by one and the call returns {@code false}.
 * <p>
 * Each event carries a source name: the producer's default, or one given per call. A handler that owns several
 * symbols keeps one preallocated {@code String} per symbol ({@code "binance:BTCUSDT"}) and passes it, so naming the
 * source allocates nothing either. Timestamps come from the log's monotonic clock unless set with
 * {@link EventBuilder#timestamp(long)}.
 */
public final class EventProducer
{
    private static final VarHandle CLOSED_DROPS;

    static
    {
        try
        {
            CLOSED_DROPS = MethodHandles.lookup().findVarHandle(EventProducer.class, "closedDrops", long.class);
        }
        catch (final ReflectiveOperationException ex)
        {
            throw new ExceptionInInitializerError(ex);
        }
    }

    private final EventLog log;
    private final String source;
    private final NanoClock clock;
    private final PooledChannel<LogEvent> channel;
    private final EventBuilder builder;
    @SuppressWarnings("unused") // accessed through CLOSED_DROPS
    private long closedDrops;
    /** Logger thread only: drops already reported in a {@code QUEUE_DEPTH} event. */
    long reportedDrops;

    EventProducer(final EventLog log, final String source, final int capacity, final NanoClock clock)
    {
        this.log = log;
        this.source = source;
        this.clock = clock;
        this.channel = new PooledChannel<>(capacity, LogEvent::new);
        this.builder = new EventBuilder(this);
    }

    /** @return the default source name of this producer's events. */
    public String source()
    {
        return source;
    }

    /**
     * Emit an event with no text or arguments.
     *
     * @param code what happened.
     * @return true if queued, false if dropped (and counted).
     */
    public boolean emit(final EventCode code)
    {
        final LogEvent event = claimEvent(source, code);
        if (null == event)
        {
            return false;
        }
        channel.publish(event);
        return true;
    }

    /**
     * Emit an event with one numeric argument.
     *
     * @param code   what happened.
     * @param key1   static key, e.g. {@code "bids"}.
     * @param value1 its value.
     * @return true if queued, false if dropped (and counted).
     */
    public boolean emit(final EventCode code, final String key1, final long value1)
    {
        return emit(source, code, key1, value1);
    }

    /**
     * Emit an event with two numeric arguments, e.g. {@code emit(SNAPSHOT_APPLIED, "bids", 1000, "asks", 1000)}.
     *
     * @param code   what happened.
     * @param key1   static key.
     * @param value1 its value.
     * @param key2   static key.
     * @param value2 its value.
     * @return true if queued, false if dropped (and counted).
     */
    public boolean emit(final EventCode code, final String key1, final long value1, final String key2, final long value2)
    {
        return emit(source, code, key1, value1, key2, value2);
    }

    /**
     * Emit an event with free text (copied; at most 256 chars are kept).
     *
     * @param code what happened.
     * @param text any text; copied before this returns.
     * @return true if queued, false if dropped (and counted).
     */
    public boolean emit(final EventCode code, final CharSequence text)
    {
        return emit(source, code, text);
    }

    /**
     * Emit an event for another source with no text or arguments.
     *
     * @param source preallocated source name, e.g. {@code "binance:BTCUSDT"}.
     * @param code   what happened.
     * @return true if queued, false if dropped (and counted).
     */
    public boolean emit(final String source, final EventCode code)
    {
        final LogEvent event = claimEvent(source, code);
        if (null == event)
        {
            return false;
        }
        channel.publish(event);
        return true;
    }

    /**
     * Emit an event for another source with one numeric argument.
     *
     * @param source preallocated source name.
     * @param code   what happened.
     * @param key1   static key.
     * @param value1 its value.
     * @return true if queued, false if dropped (and counted).
     */
    public boolean emit(final String source, final EventCode code, final String key1, final long value1)
    {
        final LogEvent event = claimEvent(source, code);
        if (null == event)
        {
            return false;
        }
        event.arg(key1, value1, 0);
        channel.publish(event);
        return true;
    }

    /**
     * Emit an event for another source with two numeric arguments.
     *
     * @param source preallocated source name.
     * @param code   what happened.
     * @param key1   static key.
     * @param value1 its value.
     * @param key2   static key.
     * @param value2 its value.
     * @return true if queued, false if dropped (and counted).
     */
    public boolean emit(
        final String source,
        final EventCode code,
        final String key1,
        final long value1,
        final String key2,
        final long value2)
    {
        final LogEvent event = claimEvent(source, code);
        if (null == event)
        {
            return false;
        }
        event.arg(key1, value1, 0);
        event.arg(key2, value2, 0);
        channel.publish(event);
        return true;
    }

    /**
     * Emit an event for another source with free text.
     *
     * @param source preallocated source name.
     * @param code   what happened.
     * @param text   any text; copied before this returns.
     * @return true if queued, false if dropped (and counted).
     */
    public boolean emit(final String source, final EventCode code, final CharSequence text)
    {
        final LogEvent event = claimEvent(source, code);
        if (null == event)
        {
            return false;
        }
        event.appendText(text);
        channel.publish(event);
        return true;
    }

    /**
     * Start a richer event: fill it through the returned builder and finish with {@link EventBuilder#commit()}.
     * The builder is this producer's single reusable flyweight: when the channel is full it is returned in a
     * dropped state where every call is a no-op, so callers never check for null. Claiming again before committing
     * abandons the pending event and reuses it.
     *
     * @param code what happened.
     * @return this producer's builder.
     */
    public EventBuilder claim(final EventCode code)
    {
        return claim(source, code);
    }

    /**
     * As {@link #claim(EventCode)}, for another source.
     *
     * @param source preallocated source name.
     * @param code   what happened.
     * @return this producer's builder.
     */
    public EventBuilder claim(final String source, final EventCode code)
    {
        final LogEvent pending = builder.pending();
        if (null != pending && !log.isClosed())
        {
            pending.reset(code, source, clock.nanoTime());
            return builder;
        }
        return builder.wrap(claimEvent(source, code));
    }

    /** @return events refused: channel full, or emitted after the log was closed. Any thread. */
    public long drops()
    {
        return channel.drops() + (long)CLOSED_DROPS.getOpaque(this);
    }

    /** @return events queued so far. Any thread. */
    public long published()
    {
        return channel.published();
    }

    /** @return approximate number of queued events not yet written. Any thread. */
    public int depth()
    {
        return channel.size();
    }

    /** @return number of preallocated events. */
    public int capacity()
    {
        return channel.capacity();
    }

    boolean commit(final LogEvent event)
    {
        if (log.isClosed())
        {
            CLOSED_DROPS.setOpaque(this, (long)CLOSED_DROPS.getOpaque(this) + 1);
            return false;
        }
        channel.publish(event);
        return true;
    }

    PooledChannel<LogEvent> channel()
    {
        return channel;
    }

    private LogEvent claimEvent(final String source, final EventCode code)
    {
        if (log.isClosed())
        {
            CLOSED_DROPS.setOpaque(this, (long)CLOSED_DROPS.getOpaque(this) + 1);
            return null;
        }
        final LogEvent event = channel.claim();
        if (null != event)
        {
            event.reset(code, source, clock.nanoTime());
        }
        return event;
    }
}
