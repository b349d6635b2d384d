package dev.spindle.replay.hyperliquid;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.spindle.engine.book.L2Book;
import dev.spindle.engine.book.Side;
import dev.spindle.engine.testing.Allocations;
import dev.spindle.engine.testing.TestData;
import dev.spindle.hyperliquid.book.L2SnapshotDiffer;
import dev.spindle.hyperliquid.book.SnapshotDiff;
import dev.spindle.hyperliquid.book.SnapshotListener;
import dev.spindle.hyperliquid.codec.CoinTable;
import dev.spindle.hyperliquid.codec.FrameDecoder;
import dev.spindle.hyperliquid.codec.L2Snapshot;
import dev.spindle.replay.export.AsciiOutput;
import dev.spindle.replay.export.JsonlEventWriter;
import dev.spindle.replay.input.Capture;
import dev.spindle.replay.input.Captures;
import dev.spindle.replay.input.InputFormat;
import dev.spindle.replay.input.RecordSource;
import dev.spindle.replay.l3.PriceTicks;
import dev.spindle.replay.l3.TradeSource;

/**
 * Once warm, decoding real l2Book frames, deriving their diffs, inferring counts-model events (with trades) and
 * writing them as JSON lines allocates nothing.
 */
class SteadyStateAllocationTest
{
    private static final int FRAMES = 1_000;
    private static final long TRADE_EVERY_MS = 250;

    private final CoinTable coins = new CoinTable();
    private final int btc = coins.add("BTC");
    private final FrameDecoder frames = new FrameDecoder(coins, 20, 64);
    private final long[] clock = new long[1];
    private long tradePrice;
    private CountsModel model;
    private L2SnapshotDiffer differ;

    @Test
    void shouldReplayArchiveFramesThroughTheCountsModelWithoutAllocating() throws IOException
    {
        final List<byte[]> recorded = frames();
        final JsonlEventWriter writer = new JsonlEventWriter(
            new AsciiOutput(Channels.newChannel(OutputStream.nullOutputStream()), 1 << 16, false),
            CoinTable.SIZE_SCALE);
        final TradeSource trades = (untilMs, handler) ->
        {
            while (clock[0] + TRADE_EVERY_MS <= untilMs)
            {
                clock[0] += TRADE_EVERY_MS;
                handler.onTrade(Side.BID, tradePrice, 1_000, clock[0]);
            }
        };
        model = new CountsModel(new PriceTicks(CoinTable.PRICE_SCALE, 4), writer, trades);
        differ = new L2SnapshotDiffer(btc, new L2Book(coins.instrument(btc), 64), new Forward());
        final Runnable replay = () ->
        {
            differ.reset();
            clock[0] = 0;
            for (int i = 0; i < recorded.size(); i++)
            {
                final byte[] frame = recorded.get(i);
                frames.decode(frame, 0, frame.length);
                final L2Snapshot snapshot = frames.l2Book();
                if (clock[0] == 0)
                {
                    clock[0] = snapshot.time();
                    tradePrice = snapshot.bids().price(0);
                }
                differ.onSnapshot(snapshot, snapshot.time() * 1_000_000L);
            }
        };

        Allocations.assertAllocatesNothing(replay);
    }

    private static List<byte[]> frames() throws IOException
    {
        final Capture capture = Captures.open(InputFormat.HL_ARCHIVE, null, null, null,
            List.of(TestData.require("hyperliquid/market_data_20240101_12_l2Book_BTC.jsonl.gz")));
        final List<byte[]> frames = new ArrayList<>();
        try (RecordSource source = capture.depth(message -> { }, false))
        {
            while (frames.size() < FRAMES && source.next())
            {
                frames.add(Arrays.copyOfRange(source.buffer(), source.offset(), source.offset() + source.length()));
            }
        }
        return frames;
    }

    private final class Forward implements SnapshotListener
    {
        @Override
        public void onSnapshotLoaded(final L2Snapshot snapshot, final L2Book book)
        {
            model.load(differ);
        }

        @Override
        public void onDiff(final SnapshotDiff diff, final L2Book book)
        {
            model.onDiff(diff, differ);
        }

        @Override
        public void onIdentical(final long previousTimeMs, final long timeMs)
        {
            model.onIdentical(timeMs, differ);
        }
    }
}
