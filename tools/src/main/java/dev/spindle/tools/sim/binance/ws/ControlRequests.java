package dev.spindle.tools.sim.binance.ws;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.regex.Pattern;

import com.alibaba.fastjson2.JSON;
import com.alibaba.fastjson2.JSONArray;
import com.alibaba.fastjson2.JSONException;
import com.alibaba.fastjson2.JSONObject;

/**
 * Answers Binance's live control messages: {@code SUBSCRIBE}, {@code UNSUBSCRIBE}, {@code LIST_SUBSCRIPTIONS},
 * {@code SET_PROPERTY ["combined",bool]} and {@code GET_PROPERTY ["combined"]}. Replies are never wrapped, even
 * on a combined connection; the reply to a subscribe is queued before the first frame of the new stream.
 */
final class ControlRequests
{
    private static final Pattern STRING_ID = Pattern.compile("[A-Za-z0-9]{1,36}");

    private final Predicate<String> validStream;

    ControlRequests(final Predicate<String> validStream)
    {
        this.validStream = validStream;
    }

    /**
     * Handle one text message from the client and queue the reply on its connection.
     *
     * @param connection the client.
     * @param text       the message.
     */
    void handle(final SimConnection connection, final String text)
    {
        final JSONObject request;
        try
        {
            final Object parsed = JSON.parse(text);
            if (!(parsed instanceof JSONObject object))
            {
                connection.sendText(error(2, "Invalid request: expected an object", null));
                return;
            }
            request = object;
        }
        catch (final JSONException ex)
        {
            connection.sendText(error(3, "Invalid JSON: " + firstLine(ex.getMessage()), null));
            return;
        }
        final Object id = request.get("id");
        final String idJson = JSON.toJSONString(id);
        if (!validId(id))
        {
            connection.sendText(error(2, "Invalid request: request ID must be an unsigned integer or an " +
                "alphanumeric string of up to 36 characters", null));
            return;
        }
        final Object method = request.get("method");
        final JSONArray params = request.get("params") instanceof JSONArray array ? array : null;
        if ("SUBSCRIBE".equals(method) || "UNSUBSCRIBE".equals(method))
        {
            final List<String> streams = streamParams(params);
            if (streams == null)
            {
                connection.sendText(error(2, "Invalid request: params must be a list of valid stream names", idJson));
                return;
            }
            final boolean subscribe = "SUBSCRIBE".equals(method);
            connection.changeSubscriptions(subscribe ? streams : List.of(), subscribe ? List.of() : streams, null,
                result("null", idJson));
        }
        else if ("LIST_SUBSCRIPTIONS".equals(method))
        {
            connection.sendText(result(JSON.toJSONString(new TreeSet<>(connection.subscriptions())), idJson));
        }
        else if ("SET_PROPERTY".equals(method))
        {
            if (params == null || params.size() != 2 || !"combined".equals(params.get(0)) ||
                !(params.get(1) instanceof Boolean value))
            {
                connection.sendText(error(2, "Invalid request: SET_PROPERTY takes [\"combined\", true|false]", idJson));
                return;
            }
            connection.changeSubscriptions(List.of(), List.of(), value, result("null", idJson));
        }
        else if ("GET_PROPERTY".equals(method))
        {
            if (params == null || params.size() != 1 || !"combined".equals(params.get(0)))
            {
                connection.sendText(error(0, "Unknown property", idJson));
                return;
            }
            connection.sendText(result(Boolean.toString(connection.isCombined()), idJson));
        }
        else
        {
            connection.sendText(error(2, "Invalid request: unknown variant `" + method + "`, expected one of " +
                "`SUBSCRIBE`, `UNSUBSCRIBE`, `LIST_SUBSCRIPTIONS`, `SET_PROPERTY`, `GET_PROPERTY`", idJson));
        }
    }

    private List<String> streamParams(final JSONArray params)
    {
        if (params == null)
        {
            return null;
        }
        final List<String> streams = new ArrayList<>(params.size());
        for (final Object param : params)
        {
            if (!(param instanceof String stream) || !validStream.test(stream))
            {
                return null;
            }
            streams.add(stream);
        }
        return streams;
    }

    private static boolean validId(final Object id)
    {
        if (id == null)
        {
            return true;
        }
        if (id instanceof Integer || id instanceof Long)
        {
            return ((Number)id).longValue() >= 0;
        }
        return id instanceof String s && STRING_ID.matcher(s).matches();
    }

    private static String result(final String resultJson, final String idJson)
    {
        return "{\"result\":" + resultJson + ",\"id\":" + idJson + "}";
    }

    private static String error(final int code, final String msg, final String idJson)
    {
        return "{\"code\":" + code + ",\"msg\":" + JSON.toJSONString(msg) + (idJson == null ? "" : ",\"id\":" + idJson) +
            "}";
    }

    private static String firstLine(final String message)
    {
        if (message == null)
        {
            return "malformed";
        }
        final int nl = message.indexOf('\n');
        return nl < 0 ? message : message.substring(0, nl);
    }
}
