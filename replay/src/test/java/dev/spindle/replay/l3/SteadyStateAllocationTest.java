package dev.spindle.replay.l3;

import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.WritableByteChannel;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.junit.jupiter.api.Test;

import dev.spindle.binance.codec.DepthUpdate;
import dev.spindle.engine.testing.Allocations;
import dev.spindle.replay.export.AsciiOutput;
import dev.spindle.replay.export.JsonlEventWriter;
import dev.spindle.replay.export.KryoEventWriter;
import dev.spindle.replay.export.KryoFormat;
import dev.spindle.replay.export.KryoHeader;

/** Once queues, caches and buffers have grown, inferring and writing events allocates nothing. */
class SteadyStateAllocationTest
{
    private static final long ONE = 100_000_000L;

    @Test
    void shouldInferAndWriteJsonLinesWithoutAllocating()
    {
        final JsonlEventWriter writer = new JsonlEventWriter(new AsciiOutput(new NullChannel(), 1 << 16, false), 8);
        final FifoModel model = new FifoModel(new PriceTicks(8, 4), writer);
        final List<DepthUpdate> diffs = diffs();
        final Consumer<DepthUpdate> apply = model::onDiff;

        Allocations.assertAllocatesNothing(() -> diffs.forEach(apply));
    }

    @Test
    void shouldInferWithTradesAndWriteKryoWithoutAllocating()
    {
        final KryoHeader header = new KryoHeader(KryoFormat.VERSION, "BTCUSDT", 8, 8, 8, 8, 4, "trades");
        final KryoEventWriter writer = new KryoEventWriter(OutputStream.nullOutputStream(), () -> header, false);
        final long[] clock = new long[1];
        final TradeSource trades = (timeMs, handler) ->
        {
            while (clock[0] < timeMs)
            {
                clock[0] += 50;
                handler.onTrade(dev.spindle.engine.book.Side.BID, 100 * ONE, ONE / 4, clock[0]);
            }
        };
        final TradesModel model = new TradesModel(new PriceTicks(8, 4), writer, trades);
        final List<DepthUpdate> diffs = diffs();
        final Consumer<DepthUpdate> apply = model::onDiff;

        Allocations.assertAllocatesNothing(() -> diffs.forEach(apply));
    }

    @Test
    void shouldInferWithTheRefillModelsWithoutAllocating()
    {
        for (final String name : List.of("prob", "front"))
        {
            final JsonlEventWriter writer = new JsonlEventWriter(new AsciiOutput(new NullChannel(), 1 << 16, false), 8);
            final long[] clock = new long[1];
            final TradeSource trades = (timeMs, handler) ->
            {
                while (clock[0] < timeMs)
                {
                    clock[0] += 50;
                    handler.onTrade(dev.spindle.engine.book.Side.BID, 100 * ONE, ONE / 4, clock[0]);
                }
            };
            final L3Model model = Models.create(name, new PriceTicks(8, 4), writer, trades);
            final List<DepthUpdate> diffs = diffs();
            final Consumer<DepthUpdate> apply = model::onDiff;

            Allocations.assertAllocatesNothing(() -> diffs.forEach(apply));
        }
    }

    /**
     * 400 diffs that grow and shrink 50 levels per side, so queues gain and lose orders in every round; also
     * {@link RecordSinkTest}'s input.
     */
    static List<DepthUpdate> diffs()
    {
        final List<DepthUpdate> diffs = new ArrayList<>();
        long time = 1_000;
        for (int i = 0; i < 400; i++)
        {
            final DepthUpdate diff = new DepthUpdate(8).U(i).u(i).E(time += 100);
            for (int level = 0; level < 4; level++)
            {
                final long price = (100 - (i + level * 13) % 50) * ONE;
                final long qty = ((i * 7 + level) % 5) * ONE / 2;
                diff.b().add(price, qty);
                diff.a().add(price + 100 * ONE, qty);
            }
            diffs.add(diff);
        }
        return diffs;
    }

    private static final class NullChannel implements WritableByteChannel
    {
        @Override
        public int write(final ByteBuffer src)
        {
            final int n = src.remaining();
            src.position(src.limit());
            return n;
        }

        @Override
        public boolean isOpen()
        {
            return true;
        }

        @Override
        public void close()
        {
        }
    }
}
