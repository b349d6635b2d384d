package dev.spindle.binance.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import com.sun.net.httpserver.HttpServer;

import dev.spindle.binance.codec.SymbolTable;
import dev.spindle.engine.book.Instrument;
import dev.spindle.engine.metrics.Counter;
import dev.spindle.engine.metrics.Counters;
import dev.spindle.engine.testing.LogCapture;
import dev.spindle.spsc.PooledChannel;

/**
 * Hostile REST snapshot bodies against the real snapshot thread and a local HTTP server: each is refused on the
 * REST thread with a counted failure and a log line naming what is wrong, and the engine is told so
 * ({@code ok == false}) instead of being given a book.
 */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class HostileSnapshotTest
{
    private static final int DEPTH_LIMIT = 5;

    /** A 200 answer whose body must not become a book, and the words the log line must hold. */
    enum Body
    {
        EMPTY("", "undecodable body"),
        TRUNCATED("{\"lastUpdateId\":100,\"bids\":[[\"1.0\",\"1.0\"]],\"asks\":[[\"2.0\"", "undecodable body"),
        BINARY("\u0000\u00ff\u001f\u008b garbage", "undecodable body"),
        HTML("<html><body>502 Bad Gateway</body></html>", "undecodable body"),
        NEGATIVE_QTY("{\"lastUpdateId\":100,\"bids\":[[\"1.0\",\"-1.0\"]],\"asks\":[]}", "undecodable body"),
        OVERFLOWING_PRICE("{\"lastUpdateId\":100,\"bids\":[[\"99999999999999999999\",\"1.0\"]],\"asks\":[]}",
            "undecodable body"),
        OVERFLOWING_ID("{\"lastUpdateId\":99999999999999999999999,\"bids\":[],\"asks\":[]}", "undecodable body"),
        ERROR_REPLY("{\"code\":-1121,\"msg\":\"Invalid symbol.\"}", "Binance error code -1121"),
        MORE_LEVELS_THAN_ASKED("{\"lastUpdateId\":100,\"bids\":[" + "[\"1.0\",\"1.0\"],".repeat(DEPTH_LIMIT) +
            "[\"1.0\",\"1.0\"]],\"asks\":[]}", "more levels than the limit 5 asked for");

        final String body;
        final String logged;

        Body(final String body, final String logged)
        {
            this.body = body;
            this.logged = logged;
        }
    }

    @ParameterizedTest
    @EnumSource(Body.class)
    void shouldRefuseTheBodyCountItAndTellTheEngine(final Body hostile) throws Exception
    {
        final HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/api/v3/depth", (exchange) ->
        {
            final byte[] bytes = hostile.body.getBytes(StandardCharsets.ISO_8859_1);
            exchange.sendResponseHeaders(200, bytes.length == 0 ? -1 : bytes.length);
            try (OutputStream out = exchange.getResponseBody())
            {
                out.write(bytes);
            }
        });
        server.start();
        final BinanceLiveConfig config = BinanceLiveConfig.builder().symbols(List.of("btcusdt"))
            .wsUrl("ws://127.0.0.1:1").restUrl("http://127.0.0.1:" + server.getAddress().getPort())
            .depthLimit(DEPTH_LIMIT).restRetryMs(50, 100).build();
        final SymbolTable symbols = new SymbolTable();
        symbols.add(new Instrument("BTCUSDT", 8, 8));
        final PooledChannel<SnapshotRequest> requests = new PooledChannel<>(4, SnapshotRequest::new);
        final PooledChannel<SnapshotResponse> responses = new PooledChannel<>(4, () -> new SnapshotResponse(8));
        final Counters counters = new Counters("binance:rest");
        try (LogCapture log = LogCapture.start();
            SnapshotFetcher fetcher = new SnapshotFetcher(config, symbols, requests, responses, FrameTap.NONE,
                log.log().newProducer("binance:rest"), counters))
        {
            fetcher.start();
            final SnapshotRequest request = requests.claim();
            request.symbolIndex = 0;
            requests.publish(request);

            final boolean[] ok = {true};
            final long deadlineNs = System.nanoTime() + 10_000_000_000L;
            while (responses.drain((response) -> ok[0] = response.ok, 1) == 0)
            {
                if (System.nanoTime() - deadlineNs > 0)
                {
                    fail(hostile + ": no answer for the engine");
                }
                Thread.sleep(5);
            }

            assertFalse(ok[0], hostile + " must not become a book");
            assertEquals(1, counters.get(Counter.SNAPSHOT_FAILURES), hostile + " counted");
            final String line = log.awaitLine(hostile.logged, 5_000);
            assertTrue(line.contains("GET " + config.depthUri("BTCUSDT")), line);
            assertEquals(1, line.lines().count(), line);
        }
        finally
        {
            server.stop(0);
        }
    }
}
