package dev.spindle.hyperliquid.book;

import java.nio.charset.StandardCharsets;

import dev.spindle.hyperliquid.codec.CoinTable;
import dev.spindle.hyperliquid.codec.FrameDecoder;
import dev.spindle.hyperliquid.codec.FrameType;
import dev.spindle.hyperliquid.codec.L2Snapshot;

/** Builds decoded snapshots from a compact notation: {@code "10:1.5:2,9:3:1"} is price:size:n, best first. */
final class Snapshots
{
    private final FrameDecoder decoder;

    Snapshots(final CoinTable coins)
    {
        decoder = new FrameDecoder(coins, 20, 8);
    }

    /** @return the decoder's snapshot (overwritten by the next call). */
    L2Snapshot of(final String coin, final long timeMs, final String bids, final String asks)
    {
        final String frame = "{\"channel\":\"l2Book\",\"data\":{\"coin\":\"" + coin + "\",\"time\":" + timeMs +
            ",\"levels\":[[" + levels(bids) + "],[" + levels(asks) + "]]}}";
        final byte[] bytes = frame.getBytes(StandardCharsets.UTF_8);
        if (decoder.decode(bytes, 0, bytes.length) != FrameType.L2_BOOK)
        {
            throw new IllegalStateException("not a book: " + frame);
        }
        return decoder.l2Book();
    }

    private static String levels(final String spec)
    {
        if (spec.isEmpty())
        {
            return "";
        }
        final StringBuilder out = new StringBuilder();
        for (final String level : spec.split(","))
        {
            final String[] f = level.split(":");
            out.append(out.length() == 0 ? "" : ",")
                .append("{\"px\":\"").append(f[0]).append(f[0].contains(".") ? "" : ".0")
                .append("\",\"sz\":\"").append(f[1]).append(f[1].contains(".") ? "" : ".0")
                .append("\",\"n\":").append(f[2]).append('}');
        }
        return out.toString();
    }
}
