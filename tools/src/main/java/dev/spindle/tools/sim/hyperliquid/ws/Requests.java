package dev.spindle.tools.sim.hyperliquid.ws;

import java.util.List;

import com.alibaba.fastjson2.JSON;
import com.alibaba.fastjson2.JSONException;
import com.alibaba.fastjson2.JSONObject;

import dev.spindle.tools.sim.hyperliquid.SimCounters;
import dev.spindle.tools.sim.hyperliquid.market.SimFrame;
import dev.spindle.tools.sim.hyperliquid.market.SimMarket;

/**
 * Answers client messages as Hyperliquid does (protocol notes C2, C5): {@code {"method":"ping"}} gets
 * {@code {"channel":"pong"}}; {@code subscribe}/{@code unsubscribe} of {@code l2Book} or {@code trades} get a
 * {@code subscriptionResponse} echo, and a subscribe is followed at once by the coin's current book or by the
 * replay of its recent trades; anything unparseable, an unknown method or subscription type, or invalid
 * aggregation gets an {@code error} frame and the connection stays open; a coin that is not served closes the
 * connection without any frame. A repeated subscribe answers {@code Already subscribed: ..}, an unsubscribe of
 * something not subscribed {@code Already unsubscribed: ..}, as the venue does.
 */
final class Requests
{
    static final String PONG = "{\"channel\":\"pong\"}";
    private static final String PARSE_ERROR = "Error parsing JSON into valid websocket request: ";

    private final SimMarket market;
    private final SimCounters counters;

    Requests(final SimMarket market, final SimCounters counters)
    {
        this.market = market;
        this.counters = counters;
    }

    void handle(final SimConnection connection, final String text, final long nowNs)
    {
        connection.onClientMessage(nowNs);
        counters.onClientMessage();
        final JSONObject message;
        try
        {
            message = JSON.parseObject(text);
        }
        catch (final JSONException ex)
        {
            error(connection, PARSE_ERROR + text);
            return;
        }
        final String method = message == null ? null : message.getString("method");
        if ("ping".equals(method))
        {
            counters.onPing();
            connection.sendText(PONG);
            return;
        }
        if (!"subscribe".equals(method) && !"unsubscribe".equals(method) ||
            !(message.get("subscription") instanceof JSONObject subscriptionJson))
        {
            error(connection, PARSE_ERROR + text);
            return;
        }
        final Subscription subscription;
        try
        {
            subscription = Subscription.parse(subscriptionJson);
        }
        catch (final IllegalArgumentException ex)
        {
            error(connection, PARSE_ERROR + text);
            return;
        }
        if (!market.knows(subscription.coin()))
        {
            counters.onUnknownCoinClose();
            connection.abort("unknown coin " + subscription.coin());
            return;
        }
        if ("subscribe".equals(method))
        {
            market.atomically(() -> subscribe(connection, subscription));
        }
        else
        {
            market.atomically(() -> unsubscribe(connection, subscription));
        }
    }

    private Void subscribe(final SimConnection connection, final Subscription subscription)
    {
        if (!connection.add(subscription))
        {
            error(connection, "Already subscribed: " + subscription.toJson());
            return null;
        }
        counters.onSubscribe();
        connection.sendText(ack("subscribe", subscription));
        if (subscription.kind() == SimFrame.Kind.L2_BOOK)
        {
            final SimFrame book = market.lastBookFrame(subscription.coin());
            if (book != null && connection.sendText(book.payload()))
            {
                counters.onBookFramesSent(1);
            }
        }
        else
        {
            final List<String> trades = market.recentTrades(subscription.coin());
            if (!trades.isEmpty() &&
                connection.sendText("{\"channel\":\"trades\",\"data\":[" + String.join(",", trades) + "]}"))
            {
                counters.onTradeFramesSent(1);
            }
        }
        return null;
    }

    private Void unsubscribe(final SimConnection connection, final Subscription subscription)
    {
        if (!connection.remove(subscription))
        {
            error(connection, "Already unsubscribed: " + subscription.toJson());
            return null;
        }
        counters.onUnsubscribe();
        connection.sendText(ack("unsubscribe", subscription));
        return null;
    }

    private static String ack(final String method, final Subscription subscription)
    {
        return "{\"channel\":\"subscriptionResponse\",\"data\":{\"method\":\"" + method + "\",\"subscription\":" +
            subscription.toJson() + "}}";
    }

    private void error(final SimConnection connection, final String text)
    {
        counters.onErrorSent();
        connection.sendText("{\"channel\":\"error\",\"data\":" + JSON.toJSONString(text) + "}");
    }
}
