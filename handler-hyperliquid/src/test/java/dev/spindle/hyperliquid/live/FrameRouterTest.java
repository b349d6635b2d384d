package dev.spindle.hyperliquid.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import dev.spindle.hyperliquid.codec.CoinTable;
import dev.spindle.hyperliquid.codec.SubscriptionType;

class FrameRouterTest
{
    private final CoinTable coins = new CoinTable();
    private final FrameRouter router;

    FrameRouterTest()
    {
        coins.add("BTC");
        coins.add("PURR/USDC");
        coins.add("kPEPE");
        router = new FrameRouter(coins);
    }

    @Test
    void shouldRouteBookAndTradesFramesToTheirCoin()
    {
        assertTrue(route("{\"channel\":\"l2Book\",\"data\":{\"coin\":\"PURR/USDC\",\"time\":1,\"levels\":[[],[]]}}"));
        assertEquals(SubscriptionType.L2_BOOK, router.channel);
        assertEquals(1, router.coinIndex);
        assertTrue(route("{\"channel\":\"trades\",\"data\":[{\"coin\":\"kPEPE\",\"side\":\"B\"}," +
            "{\"coin\":\"kPEPE\"}]}"));
        assertEquals(SubscriptionType.TRADES, router.channel);
        assertEquals(2, router.coinIndex);
        assertTrue(route("{\"data\":{\"coin\" : \"BTC\"}, \"channel\" : \"l2Book\"}"), "members in any order");
        assertEquals(0, router.coinIndex);
    }

    @Test
    void shouldNotRouteControlFramesUnknownCoinsOrBrokenFrames()
    {
        assertFalse(route("Websocket connection established."));
        assertFalse(route("{\"channel\":\"pong\"}"));
        assertFalse(route("{\"channel\":\"subscriptionResponse\",\"data\":{\"method\":\"subscribe\"," +
            "\"subscription\":{\"type\":\"l2Book\",\"coin\":\"BTC\"}}}"));
        assertFalse(route("{\"channel\":\"l2Book\",\"data\":{\"coin\":\"btc\"}}"), "coins are case-sensitive");
        assertFalse(route("{\"channel\":\"l2Book\",\"data\":{\"coin\":\"BT"));
        assertFalse(route("{\"channel\":\"trades\",\"data\":[]}"));
        assertEquals(SubscriptionType.OTHER, router.channel);
        assertEquals(CoinTable.NOT_FOUND, router.coinIndex);
    }

    private boolean route(final String frame)
    {
        final byte[] bytes = ("xx" + frame + "yy").getBytes(StandardCharsets.UTF_8);
        return router.route(bytes, 2, bytes.length - 4);
    }
}
