package dev.spindle.hyperliquid.book;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.spindle.capture.format.LineReader;
import dev.spindle.capture.format.RecordingFiles;
import dev.spindle.engine.book.L2Book;
import dev.spindle.engine.testing.Allocations;
import dev.spindle.engine.testing.TestData;
import dev.spindle.hyperliquid.codec.ArchiveLine;
import dev.spindle.hyperliquid.codec.CoinTable;
import dev.spindle.hyperliquid.codec.FrameDecoder;
import dev.spindle.hyperliquid.codec.FrameType;

/** The hot path on real frames, archive unwrap + decode + diff, allocates nothing once warm. */
class SteadyStateAllocationTest
{
    @Test
    void shouldUnwrapDecodeAndDiffRealSnapshotsWithoutAllocating() throws Exception
    {
        final List<byte[]> lines = new ArrayList<>();
        try (LineReader reader = RecordingFiles.openLines(
            TestData.require("hyperliquid/market_data_20240101_12_l2Book_BTC.jsonl.gz")))
        {
            while (lines.size() < 500 && reader.next())
            {
                lines.add(Arrays.copyOfRange(reader.buffer(), reader.offset(), reader.offset() + reader.length()));
            }
        }
        final byte[][] frames = lines.toArray(new byte[0][]);
        final CoinTable coins = new CoinTable();
        final int btc = coins.add("BTC");
        final FrameDecoder decoder = new FrameDecoder(coins, 20, 64);
        final ArchiveLine archive = new ArchiveLine();
        final L2SnapshotDiffer differ = new L2SnapshotDiffer(btc, new L2Book(coins.instrument(btc), 64),
            SnapshotListener.NO_OP);
        Allocations.assertAllocatesNothing(() ->
        {
            differ.reset();
            for (final byte[] line : frames)
            {
                archive.unwrap(line, 0, line.length);
                if (decoder.decode(line, archive.rawOffset(), archive.rawLength()) == FrameType.L2_BOOK)
                {
                    differ.onSnapshot(decoder.l2Book(), archive.localTimeNs());
                }
            }
        });
        final SnapshotCounters c = differ.counters();
        assertEquals(c.loaded() * 499, c.diffs() + c.identical(), "each run loads one and compares the rest: " + c);
    }
}
