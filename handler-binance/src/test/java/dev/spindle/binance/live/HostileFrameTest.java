package dev.spindle.binance.live;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import dev.spindle.binance.codec.DepthSnapshotDecoder;
import dev.spindle.binance.codec.SymbolTable;
import dev.spindle.engine.EngineConfig;
import dev.spindle.engine.book.BookState;
import dev.spindle.engine.book.Instrument;
import dev.spindle.engine.feed.TopOfBook;
import dev.spindle.engine.metrics.Counter;
import dev.spindle.engine.metrics.MetricsRegistry;
import dev.spindle.engine.testing.LogCapture;

/**
 * Hostile frames reaching a LIVE book through the gate and the engine side, on the test thread: each is a counted
 * rejection with a log line, the book is left exactly as it was, and the next real diff is applied as if nothing
 * had come between.
 */
class HostileFrameTest
{
    private static final int CONNECTION = 1;
    private static final String PREFIX = "{\"stream\":\"btcusdt@depth@100ms\",\"data\":";
    private static final String SNAPSHOT =
        "{\"lastUpdateId\":100,\"bids\":[[\"100.00000000\",\"1.00000000\"]],\"asks\":[[\"101.00000000\",\"1.00000000\"]]}";

    /**
     * Frames that must not reach the book. Those with readable ids carry an id already applied (101): the gate lets
     * such a frame through as late, so it reaches the engine, whose decoder must refuse it.
     */
    enum Hostile
    {
        MALFORMED(diff(101, "[[\"100.0\",\"1.0\"]],,")),
        TRUNCATED(diff(101, "[[\"100.0\",\"3.0\"]]").substring(0, 70)),
        NEGATIVE_QTY(diff(101, "[[\"100.0\",\"-3.0\"]]")),
        OVERFLOWING_PRICE(diff(101, "[[\"99999999999999999999.0\",\"3.0\"]]")),
        OVERFLOWING_ID(PREFIX + "{\"e\":\"depthUpdate\",\"E\":1,\"s\":\"BTCUSDT\",\"U\":99999999999999999999999," +
            "\"u\":99999999999999999999999,\"b\":[],\"a\":[]}}"),
        NUMBER_AS_PRICE(diff(101, "[[100.0,3.0]]")),
        UNKNOWN_SYMBOL("{\"stream\":\"xrpusdt@depth@100ms\",\"data\":{\"e\":\"depthUpdate\",\"E\":1,\"s\":\"XRPUSDT\"," +
            "\"U\":102,\"u\":102,\"b\":[[\"100.0\",\"3.0\"]],\"a\":[]}}"),
        NUL_BYTES("{\"stream\":\"btcusdt@depth@100ms\",\"data\":{\u0000\u0000}}"),
        NOT_JSON("\u00ff\u00fe garbage");

        final String frame;

        Hostile(final String frame)
        {
            this.frame = frame;
        }
    }

    private final MetricsRegistry metrics = new MetricsRegistry();
    private LogCapture log;
    private BinanceLive live;
    private BinanceFeed feed;
    private FrameRouter router;
    private SymbolTable symbols;

    @BeforeEach
    void startLive()
    {
        log = LogCapture.start();
        final BinanceLiveConfig config = BinanceLiveConfig.builder().symbols(List.of("btcusdt"))
            .streams(List.of(BinanceStream.DEPTH_100MS)).wsUrl("ws://127.0.0.1:1").restUrl("http://127.0.0.1:1")
            .build();
        live = BinanceLive.create(config, new EngineConfig().eventLog(log.log()).metrics(metrics), FrameTap.NONE);
        feed = live.feed();
        symbols = new SymbolTable();
        symbols.add(new Instrument("BTCUSDT", 8, 8));
        router = new FrameRouter(symbols);
        live.gate().primary(CONNECTION);
        feed.onStart();

        send(diff(101, "[[\"100.0\",\"2.0\"]]"));
        answerSnapshot(100);
        send(diff(102, "[[\"100.0\",\"2.5\"]]"));
        assertEquals(BookState.LIVE, top().state());
        assertEquals(102, top().lastUpdateId());
    }

    @AfterEach
    void stop()
    {
        feed.onClose();
        live.close();
        log.close();
    }

    @ParameterizedTest
    @EnumSource(Hostile.class)
    void shouldCountTheFrameLeaveTheBookAndApplyTheNextDiff(final Hostile hostile) throws InterruptedException
    {
        final String before = top().toString();

        send(hostile.frame);

        assertEquals(1, metrics.counters("binance").get(Counter.DECODE_ERRORS), hostile + " counted");
        assertEquals(before, top().toString(), hostile + " left the book alone");
        log.awaitLine("[binance] error undecodable frame", 5_000);

        final long late = live.lateFrames();
        send(diff(103, "[[\"100.0\",\"3.0\"]]"));
        final TopOfBook after = top();
        assertEquals(late, live.lateFrames(), "the hostile frame left the gate's ids as they were");
        assertEquals(BookState.LIVE, after.state());
        assertEquals(103, after.lastUpdateId());
        assertEquals(3_00000000L, after.bidQty());
        assertEquals(0, metrics.counters("binance:BTCUSDT").get(Counter.GAPS), "the chain goes on");
    }

    @Test
    void shouldRecoverFromAFarFutureIdAtTheNextSnapshot()
    {
        // A well-formed diff whose id no real chain has: a gap, so the book resyncs with it buffered first.
        send(diff(100_000_000_000_000_000L, "[[\"100.0\",\"9.0\"]]"));
        assertEquals(BookState.RESYNCING, top().state());
        send(diff(103, "[[\"100.0\",\"3.0\"]]"));
        send(diff(104, "[[\"100.0\",\"4.0\"]]"));

        // A snapshot at 102: the buffered 103 bridges it, so the bogus diff ahead of it is dropped, not obeyed.
        answerSnapshot(102);
        final TopOfBook after = top();
        assertEquals(BookState.LIVE, after.state(), "the bogus id did not make every snapshot look too old");
        assertEquals(104, after.lastUpdateId());
        assertEquals(4_00000000L, after.bidQty());
    }

    private static String diff(final long id, final String bids)
    {
        return PREFIX + "{\"e\":\"depthUpdate\",\"E\":1,\"s\":\"BTCUSDT\",\"U\":" + id + ",\"u\":" + id + ",\"b\":" +
            bids + ",\"a\":[]}}";
    }

    private TopOfBook top()
    {
        final TopOfBook top = new TopOfBook();
        feed.readTop(0, top);
        return top;
    }

    private void send(final String text)
    {
        final byte[] frame = text.getBytes(StandardCharsets.ISO_8859_1);
        final boolean routed = router.route(frame, 0, frame.length);
        final long nowNs = System.nanoTime();
        live.gate().onFrame(CONNECTION, router, routed, frame, 0, frame.length, nowNs, 0);
        feed.poll(nowNs);
    }

    /** Play the REST thread. */
    private void answerSnapshot(final long lastUpdateId)
    {
        assertEquals(1, live.snapshotRequests().drain((request) -> { }, 1));
        final SnapshotResponse response = live.snapshotResponses().claim();
        response.symbolIndex = 0;
        response.ok = true;
        final byte[] body = SNAPSHOT.replace("100,", lastUpdateId + ",").getBytes(StandardCharsets.US_ASCII);
        new DepthSnapshotDecoder(symbols).decode(0, body, 0, body.length, response.snapshot);
        live.snapshotResponses().publish(response);
        feed.poll(System.nanoTime());
    }
}
