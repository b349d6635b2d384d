package dev.spindle.tools.sim.binance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import com.alibaba.fastjson2.JSON;
import com.alibaba.fastjson2.JSONArray;
import com.alibaba.fastjson2.JSONObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(30)
class BinanceSimRestTest
{
    private static final long THIRTY_SECONDS_INTO_A_MINUTE_MS = 1_723_161_630_000L;

    private final AtomicLong clockMs = new AtomicLong(THIRTY_SECONDS_INTO_A_MINUTE_MS);

    private BinanceSimulator start(final int weightLimit)
    {
        return BinanceSimulator.start(BinanceSimConfig.builder()
            .synthetic(List.of("btcusdt"), 50, 3, 30).restWeightLimit(weightLimit).clockMs(clockMs::get).build());
    }

    @Test
    void shouldAnswer429WithRetryAfterOnceTheMinuteWeightIsUsed() throws Exception
    {
        try (BinanceSimulator sim = start(10))
        {
            final String url = sim.restUrl() + "/api/v3/depth?symbol=BTCUSDT";
            assertStatusAndWeight(Rest.get(url), 200, "5");
            assertStatusAndWeight(Rest.get(url), 200, "10");
            final HttpResponse<String> throttled = Rest.get(url);
            assertStatusAndWeight(throttled, 429, "10");
            assertEquals("30", throttled.headers().firstValue("Retry-After").orElseThrow());
            assertEquals(-1003, JSON.parseObject(throttled.body()).getIntValue("code"));
            assertEquals(1, sim.counters().restThrottled());

            clockMs.addAndGet(30_000);
            assertStatusAndWeight(Rest.get(url), 200, "5");
        }
    }

    @Test
    void shouldWeighDepthRequestsByLimit() throws Exception
    {
        try (BinanceSimulator sim = start(6000))
        {
            final String url = sim.restUrl() + "/api/v3/depth?symbol=BTCUSDT&limit=";
            assertStatusAndWeight(Rest.get(url + "100"), 200, "5");
            assertStatusAndWeight(Rest.get(url + "101"), 200, "30");
            assertStatusAndWeight(Rest.get(url + "1000"), 200, "80");
            assertStatusAndWeight(Rest.get(url + "9999"), 200, "330");
        }
    }

    @Test
    void shouldReturnTheBestLevelsBestFirst() throws Exception
    {
        try (BinanceSimulator sim = start(6000))
        {
            final JSONObject body = JSON.parseObject(Rest.depth(sim, "BTCUSDT", 3));
            final JSONArray bids = body.getJSONArray("bids");
            final JSONArray asks = body.getJSONArray("asks");
            assertEquals(3, bids.size());
            assertEquals(3, asks.size());
            for (int i = 1; i < 3; i++)
            {
                assertTrue(price(bids, i).compareTo(price(bids, i - 1)) < 0, "bids descending");
                assertTrue(price(asks, i).compareTo(price(asks, i - 1)) > 0, "asks ascending");
            }
            assertTrue(price(bids, 0).compareTo(price(asks, 0)) < 0, "book not crossed");
        }
    }

    @Test
    void shouldRejectUnknownAndMissingSymbolsBinanceStyle() throws Exception
    {
        try (BinanceSimulator sim = start(6000))
        {
            final HttpResponse<String> unknown = Rest.get(sim.restUrl() + "/api/v3/depth?symbol=DOGEUSDT&limit=10");
            assertEquals(400, unknown.statusCode());
            assertEquals("{\"code\":-1121,\"msg\":\"Invalid symbol.\"}", unknown.body());
            assertTrue(unknown.headers().firstValue("X-MBX-USED-WEIGHT-1M").isPresent());

            final HttpResponse<String> lowerCase = Rest.get(sim.restUrl() + "/api/v3/depth?symbol=btcusdt");
            assertEquals(400, lowerCase.statusCode());

            final HttpResponse<String> missing = Rest.get(sim.restUrl() + "/api/v3/depth");
            assertEquals(400, missing.statusCode());
            assertEquals(-1102, JSON.parseObject(missing.body()).getIntValue("code"));

            final HttpResponse<String> badLimit = Rest.get(sim.restUrl() + "/api/v3/depth?symbol=BTCUSDT&limit=x");
            assertEquals(400, badLimit.statusCode());
            assertEquals(-1100, JSON.parseObject(badLimit.body()).getIntValue("code"));
        }
    }

    @Test
    void shouldFailTheNextRequestsAsInjected() throws Exception
    {
        try (BinanceSimulator sim = start(6000))
        {
            sim.failNextRest(503, 7);
            sim.failNextRest(418, 120);
            final String url = sim.restUrl() + "/api/v3/depth?symbol=BTCUSDT";
            final HttpResponse<String> unavailable = Rest.get(url);
            assertEquals(503, unavailable.statusCode());
            assertEquals("7", unavailable.headers().firstValue("Retry-After").orElseThrow());
            final HttpResponse<String> banned = Rest.get(url);
            assertEquals(418, banned.statusCode());
            assertEquals("120", banned.headers().firstValue("Retry-After").orElseThrow());
            assertEquals(200, Rest.get(url).statusCode());
            assertEquals(2, sim.counters().restFailuresInjected());
            assertEquals(3, sim.counters().restRequests());
        }
    }

    @Test
    void shouldAnswerServerTimeFromTheClock() throws Exception
    {
        try (BinanceSimulator sim = start(6000))
        {
            assertEquals("{\"serverTime\":" + THIRTY_SECONDS_INTO_A_MINUTE_MS + "}",
                Rest.get(sim.restUrl() + "/api/v3/time").body());
        }
    }

    private static BigDecimal price(final JSONArray levels, final int i)
    {
        return new BigDecimal(levels.getJSONArray(i).getString(0));
    }

    private static void assertStatusAndWeight(final HttpResponse<String> response, final int status, final String weight)
    {
        assertEquals(status, response.statusCode(), response.body());
        assertEquals(weight, response.headers().firstValue("X-MBX-USED-WEIGHT-1M").orElseThrow());
    }
}
