package dev.spindle.engine.metrics;

import java.util.Collections;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Where counter sets and latency recorders are created by source name, so one {@link MetricsReporter} can find
 * and report them all.
 * <p>
 * Threading: the lookups may be called from any thread but allocate and take a lock on first use, so call them
 * while wiring things up, never on a hot path; keep the returned object.
 */
public final class MetricsRegistry
{
    private final ConcurrentHashMap<String, Counters> countersBySource = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<String, LatencyRecorder> latencyBySource = new ConcurrentHashMap<>();
    private final List<Counters> counters = new CopyOnWriteArrayList<>();
    private final List<LatencyRecorder> latencies = new CopyOnWriteArrayList<>();
    private final List<Counters> countersView = Collections.unmodifiableList(counters);
    private final List<LatencyRecorder> latenciesView = Collections.unmodifiableList(latencies);

    /**
     * @param source e.g. a handler name or {@code binance:BTCUSDT}.
     * @return the counter set of that source, created on first call; the same object afterwards.
     */
    public Counters counters(final String source)
    {
        return countersBySource.computeIfAbsent(source, this::newCounters);
    }

    /**
     * @param source e.g. a handler name or {@code binance:BTCUSDT}.
     * @return the latency recorder of that source, created on first call; the same object afterwards.
     */
    public LatencyRecorder latency(final String source)
    {
        return latencyBySource.computeIfAbsent(source, this::newLatency);
    }

    /** @return every counter set, in creation order (a live, thread-safe view). */
    public List<Counters> allCounters()
    {
        return countersView;
    }

    /** @return every latency recorder, in creation order (a live, thread-safe view). */
    public List<LatencyRecorder> allLatencies()
    {
        return latenciesView;
    }

    private Counters newCounters(final String source)
    {
        final Counters set = new Counters(source);
        counters.add(set);
        return set;
    }

    private LatencyRecorder newLatency(final String source)
    {
        final LatencyRecorder recorder = new LatencyRecorder(source);
        latencies.add(recorder);
        return recorder;
    }
}
