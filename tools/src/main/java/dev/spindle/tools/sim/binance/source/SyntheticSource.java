package dev.spindle.tools.sim.binance.source;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.LongSupplier;

import dev.spindle.tools.sim.binance.book.SimBook;

/**
 * Synthetic random-walk markets for any number of symbols (see {@link SyntheticMarket}), each emitting
 * {@code framesPerSecond} frames per second, interleaved by time. Never ends.
 * <p>
 * The diffs are not batched to 100 ms as the venue does: at high rates this is a load source, every diff still
 * obeys the chain and level rules. Deterministic for a given seed, except for the {@code E}/{@code T} times,
 * which come from the clock when a frame is generated.
 */
public final class SyntheticSource implements FrameSource
{
    private final List<SyntheticMarket> markets = new ArrayList<>();
    private final Map<String, SimBook> books = new TreeMap<>();
    private final Set<String> streams = new LinkedHashSet<>();
    private final LongSupplier clockMs;
    private final String description;

    /**
     * @param symbols         symbols in any case, e.g. {@code btcusdt}.
     * @param framesPerSecond frames per second per symbol, &gt; 0.
     * @param seed            random seed.
     * @param levels          levels per side kept near the touch, &ge; 2.
     * @param historyEvents   events each book keeps for {@link SimBook#viewAt(long)}.
     * @param clockMs         epoch-ms clock for event times.
     */
    public SyntheticSource(
        final List<String> symbols,
        final double framesPerSecond,
        final long seed,
        final int levels,
        final int historyEvents,
        final LongSupplier clockMs)
    {
        if (symbols.isEmpty())
        {
            throw new IllegalArgumentException("synthetic source needs at least one symbol");
        }
        if (!(framesPerSecond > 0) || Double.isInfinite(framesPerSecond))
        {
            throw new IllegalArgumentException("synthetic rate must be a positive number of frames/s, got " +
                framesPerSecond);
        }
        if (levels < 2)
        {
            throw new IllegalArgumentException("synthetic levels must be at least 2, got " + levels);
        }
        this.clockMs = clockMs;
        for (final String raw : symbols)
        {
            final String symbol = raw.trim().toUpperCase(Locale.ROOT);
            if (!symbol.matches("[A-Z0-9]+"))
            {
                throw new IllegalArgumentException("bad symbol '" + raw + "': letters and digits only");
            }
            if (books.containsKey(symbol))
            {
                continue;
            }
            final SyntheticMarket market = new SyntheticMarket(symbol, levels, framesPerSecond, seed);
            markets.add(market);
            books.put(symbol, market.newBook(historyEvents));
            streams.addAll(market.streams());
        }
        this.description = "synthetic " + books.keySet() + " at " + framesPerSecond + " frames/s per symbol, " +
            levels + " levels, seed " + seed;
    }

    @Override
    public long peekTimeNs()
    {
        return next().peekTimeNs(clockMs.getAsLong());
    }

    @Override
    public SimFrame take()
    {
        return next().take();
    }

    private SyntheticMarket next()
    {
        final long nowMs = clockMs.getAsLong();
        SyntheticMarket best = null;
        long bestNs = Long.MAX_VALUE;
        for (int i = 0; i < markets.size(); i++)
        {
            final SyntheticMarket market = markets.get(i);
            final long t = market.peekTimeNs(nowMs);
            if (t < bestNs)
            {
                best = market;
                bestNs = t;
            }
        }
        return best;
    }

    @Override
    public Map<String, SimBook> books()
    {
        return Collections.unmodifiableMap(books);
    }

    @Override
    public Set<String> knownStreams()
    {
        return Collections.unmodifiableSet(streams);
    }

    @Override
    public String describe()
    {
        return description;
    }
}
