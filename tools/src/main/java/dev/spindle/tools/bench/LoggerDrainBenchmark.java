package dev.spindle.tools.bench;

import java.io.OutputStream;
import java.util.concurrent.TimeUnit;

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

import dev.spindle.engine.log.EventCode;
import dev.spindle.engine.log.EventLog;
import dev.spindle.engine.log.EventLogConfig;
import dev.spindle.engine.log.EventProducer;
import dev.spindle.engine.log.LogFormat;

/**
 * Drain + format + write rate of the logger's work into a null sink: events drained, formatted and written per
 * second (ops/s). Target: &ge; 5 million events/s.
 * <p>
 * The log is threadless ({@link EventLog#open}) and drained on the benchmark thread, after an invocation-level
 * setup (not measured) has filled the channel with {@value #EVENTS} events. That isolates the logger's own cost
 * from thread scheduling, which on a small shared machine dominates any two-thread measurement; the events are
 * warm in this core's cache, so a cross-core hand-over costs somewhat more (see {@code LoggerEmitBenchmark}).
 * <pre>
 * java -jar tools/target/spindle-benchmarks.jar LoggerDrainBenchmark -f 1 -wi 3 -i 5 -w 1s -r 1s -prof gc
 * </pre>
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@State(Scope.Thread)
@Threads(1)
@Fork(1)
public class LoggerDrainBenchmark
{
    private static final int EVENTS = 4096;
    private static final String SOURCE = "binance:BTCUSDT";

    @Param({"text", "json"})
    public String format;

    private EventLog log;
    private EventProducer producer;
    private long sequence;

    @Setup(Level.Trial)
    public void setUp()
    {
        log = EventLog.open(new EventLogConfig()
            .format(LogFormat.byName(format))
            .output(OutputStream.nullOutputStream())
            .queueReportIntervalMs(0));
        producer = log.newProducer("binance", EVENTS);
    }

    @Setup(Level.Invocation)
    public void fill()
    {
        for (int i = 0; i < EVENTS; i++)
        {
            producer.emit(SOURCE, EventCode.SNAPSHOT_APPLIED, "bids", ++sequence, "asks", 1000);
        }
    }

    @TearDown(Level.Trial)
    public void tearDown()
    {
        log.close();
        if (producer.drops() != 0 || log.written() != sequence)
        {
            throw new IllegalStateException("written " + log.written() + " of " + sequence + ", dropped " +
                producer.drops());
        }
    }

    @Benchmark
    @OperationsPerInvocation(EVENTS)
    public int drainAll()
    {
        int drained = 0;
        int batch;
        while ((batch = log.drain()) > 0)
        {
            drained += batch;
        }
        return drained;
    }
}
