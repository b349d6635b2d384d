package dev.spindle.tools.bench;

import java.io.OutputStream;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
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
 * Drain + format rate of the logger thread into a null sink. The producer retries until each event is accepted,
 * so it is held back to exactly the rate at which the logger drains, formats and writes: the score (ops/s) is
 * events written per second. Target: &ge; 5 million events/s.
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
    @Param({"text", "json"})
    public String format;

    private EventLog log;
    private EventProducer producer;
    private long sequence;

    @Setup(Level.Trial)
    public void setUp()
    {
        log = EventLog.start(new EventLogConfig()
            .format(LogFormat.byName(format))
            .output(OutputStream.nullOutputStream())
            .idleStrategy("backoff")
            .queueReportIntervalMs(0));
        producer = log.newProducer("binance:BTCUSDT");
    }

    @TearDown(Level.Trial)
    public void tearDown()
    {
        log.close();
    }

    @Benchmark
    public void emitUntilAccepted()
    {
        final long id = ++sequence;
        while (!producer.emit(EventCode.SNAPSHOT_APPLIED, "bids", id, "asks", 1000))
        {
            Thread.onSpinWait();
        }
    }
}
