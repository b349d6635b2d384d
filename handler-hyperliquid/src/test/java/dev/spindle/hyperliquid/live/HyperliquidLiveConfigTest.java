package dev.spindle.hyperliquid.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.function.Consumer;

import org.junit.jupiter.api.Test;

class HyperliquidLiveConfigTest
{
    @Test
    void shouldSubscribeBookWithAggregationAndTradesPerCoinInOrder()
    {
        final HyperliquidLiveConfig config = HyperliquidLiveConfig.builder()
            .coins(List.of("BTC", " kPEPE ")).aggregation(5, 2).build();
        assertEquals(List.of("BTC", "kPEPE"), config.coins());
        assertEquals(HyperliquidLiveConfig.MAINNET_WS_URL, config.wsUrl());
        assertEquals(List.of(
            "{\"method\":\"subscribe\",\"subscription\":{\"type\":\"l2Book\",\"coin\":\"BTC\",\"nSigFigs\":5," +
                "\"mantissa\":2}}",
            "{\"method\":\"subscribe\",\"subscription\":{\"type\":\"trades\",\"coin\":\"BTC\"}}",
            "{\"method\":\"subscribe\",\"subscription\":{\"type\":\"l2Book\",\"coin\":\"kPEPE\",\"nSigFigs\":5," +
                "\"mantissa\":2}}",
            "{\"method\":\"subscribe\",\"subscription\":{\"type\":\"trades\",\"coin\":\"kPEPE\"}}"),
            config.subscribeRequests());
        assertEquals("{\"method\":\"subscribe\",\"subscription\":{\"type\":\"l2Book\",\"coin\":\"ETH\"}}",
            HyperliquidLiveConfig.builder().coins(List.of("ETH")).build().subscribeRequests().get(0));
    }

    @Test
    void shouldRejectBadSettingsNamingTheFlag()
    {
        assertRejected("--coins", (b) -> b.coins(List.of()));
        assertRejected("--coins", (b) -> b.coins(List.of("BTC", "BTC")));
        assertRejected("--coins", (b) -> b.coins(List.of("BT\"C")));
        assertRejected("--ws-url", (b) -> b.wsUrl("https://api.hyperliquid.xyz/ws"));
        assertRejected("--n-sig-figs", (b) -> b.aggregation(7, 0));
        assertRejected("--mantissa", (b) -> b.aggregation(4, 2));
        assertRejected("--mantissa", (b) -> b.aggregation(5, 3));
        assertRejected("--ping-interval", (b) -> b.pingIntervalMs(0));
        assertRejected("--stale-ms", (b) -> b.staleMs(5));
        assertRejected("maxFrameBytes", (b) -> b.inbound(16, 4096).maxFrameBytes(4095));
    }

    private static void assertRejected(final String flag, final Consumer<HyperliquidLiveConfig.Builder> change)
    {
        final HyperliquidLiveConfig.Builder builder = HyperliquidLiveConfig.builder().coins(List.of("BTC"));
        change.accept(builder);
        final IllegalArgumentException ex = assertThrows(IllegalArgumentException.class, builder::build);
        assertTrue(ex.getMessage().startsWith(flag + ": "), ex.getMessage());
    }
}
