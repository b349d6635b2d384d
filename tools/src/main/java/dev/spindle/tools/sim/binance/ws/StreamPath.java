package dev.spindle.tools.sim.binance.ws;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * The subscription a client asks for in its WebSocket URL: {@code /ws[/<s1>/<s2>...]} (raw payloads) or
 * {@code /stream[?streams=<s1>/<s2>...]} (combined wrapper).
 *
 * @param combined true for {@code /stream}: every event arrives wrapped as {@code {"stream":..,"data":..}}.
 * @param streams  the streams named in the URL, possibly none (then the client subscribes live).
 */
public record StreamPath(boolean combined, List<String> streams)
{
    /**
     * @param resourceDescriptor the request target, e.g. {@code /stream?streams=ethusdt@depth@100ms}.
     * @param validStream        accepts the stream names the simulator can serve.
     * @return the requested subscription.
     * @throws IllegalArgumentException naming what is wrong with the path.
     */
    public static StreamPath parse(final String resourceDescriptor, final Predicate<String> validStream)
    {
        final int q = resourceDescriptor.indexOf('?');
        final String path = q < 0 ? resourceDescriptor : resourceDescriptor.substring(0, q);
        final String query = q < 0 ? "" : resourceDescriptor.substring(q + 1);
        final List<String> streams = new ArrayList<>();
        final boolean combined;
        if (path.equals("/ws") || path.startsWith("/ws/"))
        {
            combined = false;
            addAll(streams, path.length() > 3 ? path.substring(4) : "", validStream);
        }
        else if (path.equals("/stream") || path.equals("/stream/"))
        {
            combined = true;
        }
        else
        {
            throw new IllegalArgumentException("unknown path '" + path + "': use /ws/<stream> or /stream?streams=");
        }
        for (final String param : query.isEmpty() ? new String[0] : query.split("&"))
        {
            final int eq = param.indexOf('=');
            final String key = eq < 0 ? param : param.substring(0, eq);
            final String value = eq < 0 ? "" : param.substring(eq + 1);
            if (key.equals("streams") && combined)
            {
                addAll(streams, value, validStream);
            }
            else if (key.equals("timeUnit"))
            {
                throw new IllegalArgumentException("timeUnit is not supported by the simulator (frames are recorded)");
            }
        }
        return new StreamPath(combined, List.copyOf(streams));
    }

    private static void addAll(final List<String> out, final String slashSeparated, final Predicate<String> valid)
    {
        for (final String raw : slashSeparated.split("/"))
        {
            if (raw.isEmpty())
            {
                continue;
            }
            final String stream = URLDecoder.decode(raw, StandardCharsets.UTF_8);
            if (!valid.test(stream))
            {
                throw new IllegalArgumentException("invalid stream name '" + stream + "'");
            }
            if (!out.contains(stream))
            {
                out.add(stream);
            }
        }
    }
}
