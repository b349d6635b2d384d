package dev.spindle.tools.sim.hyperliquid.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.spindle.engine.book.L2Book;
import dev.spindle.hyperliquid.book.L2SnapshotDiffer;
import dev.spindle.hyperliquid.book.SnapshotCounters;
import dev.spindle.hyperliquid.book.SnapshotListener;
import dev.spindle.hyperliquid.codec.CoinTable;
import dev.spindle.hyperliquid.codec.FrameDecoder;
import dev.spindle.hyperliquid.codec.FrameType;
import dev.spindle.hyperliquid.codec.TradeDeduplicator;
import dev.spindle.tools.sim.hyperliquid.market.SimFrame;

class SyntheticSourceTest
{
    private static final List<String> COINS = List.of("BTC", "PURR/USDC", "@107");

    @Test
    void shouldGenerateFramesTheKitDecodesExactlyWithEveryKindOfLevelChange()
    {
        final long[] clock = {1_700_000_000_000L};
        final SyntheticSource source = new SyntheticSource(COINS, 20, 2, 42, 30, () -> clock[0]);
        final CoinTable coins = new CoinTable();
        COINS.forEach(coins::add);
        final FrameDecoder decoder = new FrameDecoder(coins, 20, 64);
        final L2SnapshotDiffer[] differs = new L2SnapshotDiffer[COINS.size()];
        for (int i = 0; i < differs.length; i++)
        {
            differs[i] = new L2SnapshotDiffer(i, new L2Book(coins.instrument(i), 64), SnapshotListener.NO_OP);
        }
        final TradeDeduplicator dedupe = new TradeDeduplicator(COINS.size(), 4096);
        long lastSourceNs = 0;
        int trades = 0;
        for (int n = 0; n < 3_000; n++)
        {
            final long sourceNs = source.peekTimeNs();
            assertTrue(sourceNs >= lastSourceNs, "source time never goes back");
            lastSourceNs = sourceNs;
            final SimFrame frame = source.take();
            final byte[] bytes = frame.text().getBytes(StandardCharsets.UTF_8);
            final FrameType type = decoder.decode(bytes, 0, bytes.length);
            if (frame.kind() == SimFrame.Kind.L2_BOOK)
            {
                assertEquals(FrameType.L2_BOOK, type);
                assertEquals(20, decoder.l2Book().bids().count());
                assertEquals(20, decoder.l2Book().asks().count());
                assertTrue(decoder.l2Book().bids().price(0) < decoder.l2Book().asks().price(0), "never crossed");
                final int coin = decoder.l2Book().coinIndex();
                assertEquals(frame.book().bids().get(3).px(),
                    coins.instrument(coin).priceToString(decoder.l2Book().bids().price(3)));
                assertEquals(frame.book().timeMs(), decoder.l2Book().time());
                differs[coin].onSnapshot(decoder.l2Book(), n);
            }
            else
            {
                assertEquals(FrameType.TRADES, type);
                trades += dedupe.markDuplicates(decoder.trades());
            }
            clock[0] += n % 7 == 0 ? 0 : 100;
        }
        assertTrue(trades >= 3 * 30, "replay seeds plus live trades, all distinct: " + trades);
        for (final L2SnapshotDiffer differ : differs)
        {
            final SnapshotCounters c = differ.counters();
            assertEquals(0, c.timeNotIncreasing(), "times strictly increase per coin");
            assertTrue(c.added() > 0 && c.changed() > 0 && c.removed() > 0 && c.beyondHorizon() > 0 &&
                c.enteredHorizon() > 0, c.toString());
        }
    }

    @Test
    void shouldBeDeterministicForASeed()
    {
        final SyntheticSource a = new SyntheticSource(COINS, 20, 2, 9, 30, () -> 5L);
        final SyntheticSource b = new SyntheticSource(COINS, 20, 2, 9, 30, () -> 5L);
        for (int i = 0; i < 200; i++)
        {
            assertEquals(a.take().text(), b.take().text());
        }
    }

    @Test
    void shouldRefuseCoinsJsonWouldEscapeAndBadSettings()
    {
        assertThrows(IllegalArgumentException.class, () -> SyntheticSource.check(List.of("A\"B"), 20, 2));
        assertThrows(IllegalArgumentException.class, () -> SyntheticSource.check(List.of("A", "A"), 20, 2));
        assertThrows(IllegalArgumentException.class, () -> SyntheticSource.check(List.of(), 20, 2));
        assertThrows(IllegalArgumentException.class, () -> SyntheticSource.check(List.of("A"), 0, 2));
        assertThrows(IllegalArgumentException.class, () -> new SyntheticSource(List.of("A"), 20, 0, 1, 30, () -> 0));
    }
}
