package dev.spindle.tools.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.net.ConnectException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.SocketException;
import java.net.URI;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import dev.spindle.tools.sim.binance.BinanceSimConfig;
import dev.spindle.tools.sim.binance.BinanceSimulator;
import dev.spindle.tools.sim.hyperliquid.HyperliquidSimConfig;
import dev.spindle.tools.sim.hyperliquid.HyperliquidSimulator;

/**
 * The simulators listen on 127.0.0.1 unless told otherwise: their URLs say so, and a connection to the same port on
 * the machine's other addresses is refused.
 */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class SimBindTest
{
    @Test
    void shouldBindTheBinanceSimulatorToLoopbackByDefault() throws IOException
    {
        try (BinanceSimulator sim = BinanceSimulator.start(
            BinanceSimConfig.builder().synthetic(List.of("btcusdt"), 10, 1, 5).build()))
        {
            assertLoopbackOnly(sim.wsUrl());
            assertLoopbackOnly(sim.restUrl());
        }
    }

    @Test
    void shouldBindTheHyperliquidSimulatorToLoopbackByDefault() throws IOException
    {
        try (HyperliquidSimulator sim = HyperliquidSimulator.start(
            HyperliquidSimConfig.builder().synthetic(List.of("BTC"), 10, 1, 5).build()))
        {
            assertLoopbackOnly(sim.wsUrl());
            assertLoopbackOnly(sim.restUrl());
        }
    }

    private static void assertLoopbackOnly(final String url) throws IOException
    {
        final URI uri = URI.create(url);
        assertEquals("127.0.0.1", uri.getHost(), url);
        try (Socket loopback = new Socket())
        {
            loopback.connect(new InetSocketAddress("127.0.0.1", uri.getPort()), 1_000);
        }
        final InetAddress other = nonLoopbackAddress();
        Assumptions.assumeTrue(null != other, "no non-loopback IPv4 address to try");
        assertThrows(ConnectException.class, () ->
        {
            try (Socket outside = new Socket())
            {
                outside.connect(new InetSocketAddress(other, uri.getPort()), 1_000);
            }
        }, url + " answers on " + other);
    }

    private static InetAddress nonLoopbackAddress() throws SocketException
    {
        for (final NetworkInterface nic : Collections.list(NetworkInterface.getNetworkInterfaces()))
        {
            if (!nic.isUp() || nic.isLoopback())
            {
                continue;
            }
            for (final InetAddress address : Collections.list(nic.getInetAddresses()))
            {
                if (address instanceof Inet4Address && !address.isLoopbackAddress())
                {
                    return address;
                }
            }
        }
        return null;
    }
}
