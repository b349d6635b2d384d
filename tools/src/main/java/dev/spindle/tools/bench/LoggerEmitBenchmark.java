package dev.spindle.tools.bench;

import java.io.OutputStream;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.agrona.concurrent.CachedNanoClock;
import org.agrona.concurrent.SystemNanoClock;

import dev.spindle.engine.log.EventCode;
import dev.spindle.engine.log.EventLog;
import dev.spindle.engine.log.EventLogConfig;
import dev.spindle.engine.log.EventProducer;

/**
 * Cost of emitting one structured event on a producer thread while the logger thread drains and formats them
 * (text, into a null sink) concurrently. Target: median &le; 50 ns/op and 0 B/op under {@code -prof gc}.
 * <p>
 * Each invocation emits a burst of {@value #BURST} events into a channel the logger has drained (the wait for the
 * drain is an invocation-level setup, outside the measurement), so every measured emit is accepted: back to back
 * the producer outruns any formatter and most emits would be counted drops, a cheaper path that would flatter the
 * score. The {@code dropped} counter must stay 0. The score is per event (the burst time / {@value #BURST}), so the
 * sampled percentiles are of burst averages.
 * <p>
 * {@code clock=system}: each emit reads {@code System.nanoTime()} (about 30 ns on a KVM guest by itself);
 * {@code clock=cycle}: the producer stamps events from a cycle clock updated once per burst, as the engine does once
 * per cycle ({@code EngineConfig.cycleClock()}).
 * <pre>
 * java -jar tools/target/spindle-benchmarks.jar LoggerEmitBenchmark -f 1 -wi 3 -i 5 -w 1s -r 1s -prof gc
 * </pre>
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@State(Scope.Thread)
@Threads(1)
@Fork(1)
public class LoggerEmitBenchmark
{
    private static final int BURST = 256;
    private static final String SOURCE = "binance:BTCUSDT";

    @Param({"system", "cycle"})
    public String clock;

    private final CachedNanoClock cycleClock = new CachedNanoClock();
    private EventLog log;
    private EventProducer producer;
    private long sequence;

    /** Emits dropped per iteration; must be 0 for the score to mean "accepted emit". */
    @AuxCounters(AuxCounters.Type.EVENTS)
    @State(Scope.Thread)
    public static class Outcome
    {
        /** Events dropped because the channel was full. */
        public long dropped;

        @Setup(Level.Iteration)
        public void reset()
        {
            dropped = 0;
        }
    }

    @Setup(Level.Trial)
    public void setUp()
    {
        log = EventLog.start(new EventLogConfig()
            .output(OutputStream.nullOutputStream())
            .queueReportIntervalMs(0));
        producer = "cycle".equals(clock) ?
            log.newProducer("binance", 4 * BURST, cycleClock) :
            log.newProducer("binance", 4 * BURST, SystemNanoClock.INSTANCE);
    }

    @Setup(Level.Invocation)
    public void awaitDrained()
    {
        while (producer.depth() > 0)
        {
            Thread.onSpinWait();
        }
    }

    @TearDown(Level.Trial)
    public void tearDown()
    {
        log.close();
    }

    @Benchmark
    @OperationsPerInvocation(BURST)
    public void emitTwoArgs(final Outcome outcome)
    {
        cycleClock.update(System.nanoTime());
        for (int i = 0; i < BURST; i++)
        {
            if (!producer.emit(EventCode.SNAPSHOT_APPLIED, "bids", 1000, "asks", i))
            {
                outcome.dropped++;
            }
        }
    }

    @Benchmark
    @OperationsPerInvocation(BURST)
    public void claimAppendCommit(final Outcome outcome)
    {
        cycleClock.update(System.nanoTime());
        for (int i = 0; i < BURST; i++)
        {
            final long id = ++sequence;
            final boolean accepted = producer.claim(SOURCE, EventCode.GAP)
                .append("expected U=")
                .append(id)
                .arg("U", id + 1)
                .arg("u", id + 7)
                .commit();
            if (!accepted)
            {
                outcome.dropped++;
            }
        }
    }
}
