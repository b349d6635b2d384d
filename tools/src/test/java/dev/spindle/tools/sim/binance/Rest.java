package dev.spindle.tools.sim.binance;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** REST calls for the tests. */
final class Rest
{
    private Rest()
    {
    }

    static HttpResponse<String> get(final String url) throws Exception
    {
        return WsTestClient.HTTP.send(
            HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(5)).GET().build(),
            HttpResponse.BodyHandlers.ofString());
    }

    static String depth(final BinanceSimulator sim, final String symbol, final int limit) throws Exception
    {
        final HttpResponse<String> response = get(sim.restUrl() + "/api/v3/depth?symbol=" + symbol + "&limit=" + limit);
        if (response.statusCode() != 200)
        {
            throw new AssertionError("depth " + symbol + ": HTTP " + response.statusCode() + " " + response.body());
        }
        return response.body();
    }
}
