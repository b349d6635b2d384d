package dev.spindle.binance.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.spindle.binance.codec.SymbolTable;
import dev.spindle.engine.book.Instrument;
import dev.spindle.engine.feed.InboundFrame;
import dev.spindle.spsc.PooledChannel;

class FrameGateTest
{
    private static final int OLD = 1;
    private static final int NEW = 2;

    private final SymbolTable symbols = new SymbolTable();
    private final FrameRouter router;
    private final PooledChannel<InboundFrame> channel = new PooledChannel<>(64, () -> new InboundFrame(16));
    private final List<String> tapped = new ArrayList<>();
    private final List<Integer> engineQueuedAtTap = new ArrayList<>();
    private final FrameGate gate;

    FrameGateTest()
    {
        symbols.add(new Instrument("BTCUSDT", 8, 8));
        router = new FrameRouter(symbols);
        gate = new FrameGate(channel, new RecordingTap(tapped, channel, engineQueuedAtTap), 1,
            List.of(BinanceStream.DEPTH_100MS, BinanceStream.TRADE, BinanceStream.BOOK_TICKER));
    }

    @Test
    void shouldPassNewFramesOnceAndInOrderWithOneConnection()
    {
        gate.primary(OLD);
        assertEquals(FrameGate.FORWARDED, depth(OLD, 101, 105));
        assertEquals(FrameGate.DUPLICATE, depth(OLD, 101, 105));
        assertEquals(FrameGate.FORWARDED, depth(OLD, 106, 110));
        // A gap after a reconnect passes: the engine's sync sees it and resyncs.
        assertEquals(FrameGate.FORWARDED, depth(OLD, 150, 152));
        assertEquals(List.of("depth 101-105", "depth 106-110", "depth 150-152"), drained());
        assertEquals(tapped, List.of("depth 101-105", "depth 106-110", "depth 150-152"));
        assertEquals(1, gate.duplicates());
        assertEquals(1, gate.repeats(), "with one connection a duplicate is the venue's repeat");
    }

    @Test
    void shouldHandAFrameToTheEngineBeforeTheCapture()
    {
        gate.primary(OLD);
        assertEquals(FrameGate.FORWARDED, depth(OLD, 101, 105));
        assertEquals(FrameGate.FORWARDED, depth(OLD, 106, 110));
        assertEquals(List.of(1, 2), engineQueuedAtTap, "the engine's slot already holds each frame the tap copies");
        assertEquals(List.of("depth 101-105", "depth 106-110"), tapped);
    }

    @Test
    void shouldRefuseAndCountOversizedFramesWithoutTouchingTheChain()
    {
        gate.primary(OLD);
        assertEquals(FrameGate.FORWARDED, depth(OLD, 101, 105));
        assertEquals(FrameGate.REFUSED, gate.onOversized(OLD, 5_000_000));
        assertEquals(FrameGate.REFUSED, gate.onOversized(NEW, 9_000_000), "not a connection of the gate: not counted");
        assertEquals(FrameGate.FORWARDED, depth(OLD, 106, 110));
        assertEquals(List.of("depth 101-105", "depth 106-110"), drained());
        assertEquals(List.of("depth 101-105", "depth 106-110"), tapped, "an oversized frame is not captured");
        assertEquals(1, gate.oversized());
        assertEquals(5_000_000, gate.largestOversized());
    }

    @Test
    void shouldLetALateFrameThroughToTheCaptureOnOneConnection()
    {
        gate.primary(OLD);
        assertEquals(FrameGate.FORWARDED, depth(OLD, 101, 105));
        assertEquals(FrameGate.FORWARDED, depth(OLD, 111, 115));
        assertEquals(FrameGate.FORWARDED, depth(OLD, 106, 110), "swapped by the venue: late, not a copy");
        assertEquals(FrameGate.FORWARDED, depth(OLD, 116, 120), "the chain goes on from the newest id");
        assertEquals(List.of("depth 101-105", "depth 111-115", "depth 106-110", "depth 116-120"), tapped);
        assertEquals(1, gate.lateFrames());
        assertEquals(0, gate.duplicates());
    }

    @Test
    void shouldCaptureAFrameOfAKnownStreamWhoseIdsCannotBeRead()
    {
        gate.primary(OLD);
        assertEquals(FrameGate.FORWARDED, depth(OLD, 101, 105));
        assertEquals(FrameGate.FORWARDED, send(gate, OLD, "{\"stream\":\"btcusdt@depth@100ms\",\"data\":{\"U\":10"));
        assertEquals(FrameGate.FORWARDED, send(gate, OLD, "not json at all"));
        assertEquals(FrameGate.FORWARDED, depth(OLD, 106, 110));
        assertEquals(List.of("depth 101-105", "depth 10--1", "depth 106-110"), tapped,
            "the truncated frame is captured in its symbol's file; the unattributable one cannot be");
        assertEquals(4, drained().size(), "the engine sees every frame and counts the undecodable ones");
    }

    @Test
    void shouldRefuseFramesOfConnectionsItDoesNotKnow()
    {
        gate.primary(OLD);
        assertEquals(FrameGate.REFUSED, depth(NEW, 1, 2));
        gate.close();
        assertEquals(FrameGate.REFUSED, depth(OLD, 1, 2));
        assertTrue(drained().isEmpty());
    }

    @Test
    void shouldHandOverToANewConnectionWithoutLosingOrRepeatingAFrame()
    {
        gate.primary(OLD);
        depth(OLD, 101, 105);
        trade(OLD, 7);
        gate.candidate(NEW);
        assertFalse(gate.candidateReady());

        // The new connection runs ahead of the old one: left to the old one, which still owes 106-110.
        assertEquals(FrameGate.AHEAD, depth(NEW, 111, 115));
        assertEquals(FrameGate.FORWARDED, depth(OLD, 106, 110));
        assertEquals(FrameGate.FORWARDED, depth(NEW, 111, 115));
        assertEquals(FrameGate.DUPLICATE, depth(OLD, 111, 115));
        assertFalse(gate.candidateReady(), "trades have not continued on the new connection yet");
        assertEquals(FrameGate.FORWARDED, trade(OLD, 8));
        assertEquals(FrameGate.DUPLICATE, trade(NEW, 8));
        assertTrue(gate.candidateReady());

        gate.promoteCandidate();
        assertEquals(FrameGate.REFUSED, depth(OLD, 116, 120));
        assertEquals(FrameGate.FORWARDED, depth(NEW, 116, 120));
        assertEquals(List.of("depth 101-105", "trade 7", "depth 106-110", "depth 111-115", "trade 8", "depth 116-120"),
            drained());
        assertEquals(NEW, gate.primary());
        assertEquals(2, gate.duplicates());
        assertEquals(0, gate.repeats(), "the overlap of a rollover is not the venue repeating itself");
    }

    @Test
    void shouldBeReadyAtOnceForStreamsThatPassedNothingYet()
    {
        gate.primary(OLD);
        gate.candidate(NEW);
        assertTrue(gate.candidateReady());
    }

    @Test
    void shouldCountFramesTheEngineHadNoRoomFor()
    {
        final PooledChannel<InboundFrame> small = new PooledChannel<>(2, () -> new InboundFrame(16));
        final FrameGate tight = new FrameGate(small, FrameTap.Producer.NONE, 1, List.of(BinanceStream.DEPTH));
        tight.primary(OLD);
        for (int id = 1; id <= small.capacity(); id++)
        {
            assertEquals(FrameGate.FORWARDED, send(tight, OLD, depthFrame(id, id)));
        }
        assertEquals(FrameGate.ENGINE_FULL, send(tight, OLD, depthFrame(100, 100)));
        assertEquals(1, tight.inboundDrops());
        assertEquals(small.capacity() + 1, tight.forwarded());
    }

    @Test
    void shouldOrderNoticesWithFrames()
    {
        gate.primary(OLD);
        depth(OLD, 1, 2);
        assertTrue(gate.publishNotice(InboundFrame.STALE, 5, 6));
        assertEquals(List.of("depth 1-2", "notice " + InboundFrame.STALE), drained());
    }

    private int depth(final int connection, final long first, final long last)
    {
        return send(gate, connection, depthFrame(first, last));
    }

    private int trade(final int connection, final long id)
    {
        return send(gate, connection, "{\"stream\":\"btcusdt@trade\",\"data\":{\"e\":\"trade\",\"t\":" + id + "}}");
    }

    private static String depthFrame(final long first, final long last)
    {
        return "{\"stream\":\"btcusdt@depth@100ms\",\"data\":{\"U\":" + first + ",\"u\":" + last + "}}";
    }

    private int send(final FrameGate target, final int connection, final String frame)
    {
        final byte[] bytes = frame.getBytes(StandardCharsets.US_ASCII);
        final boolean routed = router.route(bytes, 0, bytes.length);
        return target.onFrame(connection, router, routed, bytes, 0, bytes.length, 1, 2);
    }

    private List<String> drained()
    {
        final List<String> out = new ArrayList<>();
        channel.drain((frame) ->
        {
            if (frame.kind != InboundFrame.FRAME)
            {
                out.add("notice " + frame.kind);
                return;
            }
            out.add(describe(new String(frame.bytes, 0, frame.length, StandardCharsets.US_ASCII)));
        }, Integer.MAX_VALUE);
        return out;
    }

    private static String describe(final String frame)
    {
        final byte[] bytes = frame.getBytes(StandardCharsets.US_ASCII);
        if (frame.contains("@trade"))
        {
            return "trade " + FrameRouter.longField(bytes, 0, bytes.length, (byte)'t');
        }
        return "depth " + FrameRouter.longField(bytes, 0, bytes.length, (byte)'U') + "-" +
            FrameRouter.longField(bytes, 0, bytes.length, (byte)'u');
    }

    private static final class RecordingTap implements FrameTap.Producer
    {
        private final List<String> frames;
        private final PooledChannel<InboundFrame> engine;
        private final List<Integer> engineQueued;

        RecordingTap(final List<String> frames, final PooledChannel<InboundFrame> engine, final List<Integer> engineQueued)
        {
            this.frames = frames;
            this.engine = engine;
            this.engineQueued = engineQueued;
        }

        @Override
        public boolean frame(
            final int symbolIndex,
            final BinanceStream stream,
            final long recvEpochNs,
            final byte[] buf,
            final int offset,
            final int length)
        {
            frames.add(describe(new String(buf, offset, length, StandardCharsets.US_ASCII)));
            engineQueued.add(engine.size());
            return true;
        }

        @Override
        public boolean snapshot(
            final int symbolIndex,
            final long lastUpdateId,
            final long recvEpochNs,
            final byte[] buf,
            final int offset,
            final int length)
        {
            return true;
        }

        @Override
        public boolean ledger(
            final int symbolIndex,
            final FrameTap.LedgerEvent event,
            final long fromId,
            final long toId,
            final long epochNs,
            final CharSequence detail)
        {
            return true;
        }

        @Override
        public void close()
        {
        }
    }
}
