package dev.spindle.tools.sim.hyperliquid.ws;

import java.util.Set;

import com.alibaba.fastjson2.JSON;
import com.alibaba.fastjson2.JSONObject;

import dev.spindle.tools.sim.hyperliquid.market.SimFrame;

/**
 * One market-data subscription of a connection: {@code l2Book} of a coin (with its optional aggregation) or
 * {@code trades} of a coin. Equality is the subscription's identity: an unsubscribe must name exactly the same one.
 *
 * @param kind     the channel subscribed to.
 * @param coin     the coin, exactly as the client wrote it.
 * @param nSigFigs {@code l2Book} aggregation, 2 to 5, or null for full precision.
 * @param mantissa {@code l2Book} mantissa, 1, 2 or 5 (only with 5 significant figures), or null.
 */
public record Subscription(SimFrame.Kind kind, String coin, Integer nSigFigs, Integer mantissa)
{
    private static final Set<Integer> SIG_FIGS = Set.of(2, 3, 4, 5);
    private static final Set<Integer> MANTISSAS = Set.of(1, 2, 5);

    /**
     * Read a client's {@code subscription} object.
     *
     * @throws IllegalArgumentException naming the first invalid member.
     */
    static Subscription parse(final JSONObject subscription)
    {
        final String type = subscription.getString("type");
        final Object coin = subscription.get("coin");
        if (!"l2Book".equals(type) && !"trades".equals(type))
        {
            throw new IllegalArgumentException("unknown subscription type " + JSON.toJSONString(type));
        }
        if (!(coin instanceof String name))
        {
            throw new IllegalArgumentException(type + " subscription needs a coin string");
        }
        if ("trades".equals(type))
        {
            return new Subscription(SimFrame.Kind.TRADES, name, null, null);
        }
        final Integer nSigFigs = optionalInt(subscription, "nSigFigs");
        final Integer mantissa = optionalInt(subscription, "mantissa");
        if (nSigFigs != null && !SIG_FIGS.contains(nSigFigs))
        {
            throw new IllegalArgumentException("nSigFigs must be 2, 3, 4, 5 or null, got " + nSigFigs);
        }
        if (mantissa != null && (!MANTISSAS.contains(mantissa) || !Integer.valueOf(5).equals(nSigFigs)))
        {
            throw new IllegalArgumentException("mantissa must be 1, 2 or 5 and only with nSigFigs 5, got " + mantissa);
        }
        return new Subscription(SimFrame.Kind.L2_BOOK, name, nSigFigs, mantissa);
    }

    private static Integer optionalInt(final JSONObject subscription, final String key)
    {
        final Object value = subscription.get(key);
        if (value == null)
        {
            return null;
        }
        if (value instanceof Integer number)
        {
            return number;
        }
        throw new IllegalArgumentException(key + " must be an integer or null, got " + JSON.toJSONString(value));
    }

    /** @return true if {@code frame} belongs to this subscription. */
    boolean matches(final SimFrame frame)
    {
        return frame.kind() == kind && frame.coin().equals(coin);
    }

    /**
     * @return the subscription as the venue echoes it: {@code {"type":"l2Book","coin":"BTC","nSigFigs":null,
     * "mantissa":null}} or {@code {"type":"trades","coin":"BTC"}}.
     */
    String toJson()
    {
        final String coinJson = JSON.toJSONString(coin);
        if (kind == SimFrame.Kind.TRADES)
        {
            return "{\"type\":\"trades\",\"coin\":" + coinJson + "}";
        }
        return "{\"type\":\"l2Book\",\"coin\":" + coinJson + ",\"nSigFigs\":" + nSigFigs + ",\"mantissa\":" + mantissa +
            "}";
    }
}
