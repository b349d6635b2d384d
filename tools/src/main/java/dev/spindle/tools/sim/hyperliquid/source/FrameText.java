package dev.spindle.tools.sim.hyperliquid.source;

import java.util.ArrayList;
import java.util.List;

import com.alibaba.fastjson2.JSON;
import com.alibaba.fastjson2.JSONArray;
import com.alibaba.fastjson2.JSONException;
import com.alibaba.fastjson2.JSONObject;

import dev.spindle.tools.sim.hyperliquid.market.BookView;
import dev.spindle.tools.sim.hyperliquid.market.Level;
import dev.spindle.tools.sim.hyperliquid.market.SimFrame;

/**
 * Turns the text of a recorded or generated frame into a {@link SimFrame}, with fastjson2: independent of the
 * kit's own decoders, whose output tests compare with it. Key order is kept, so the {@code data} JSON of a
 * compact frame is re-serialized to the same bytes.
 */
final class FrameText
{
    private FrameText()
    {
    }

    /**
     * @param text         a whole WebSocket frame.
     * @param sourceTimeNs its source time.
     * @return the frame, or null for channels the simulator does not serve ({@code subscriptionResponse},
     * {@code pong}, {@code error}, ...).
     * @throws IllegalArgumentException if the frame is not such JSON, naming what is wrong.
     */
    static SimFrame parse(final String text, final long sourceTimeNs)
    {
        final JSONObject frame;
        try
        {
            frame = JSON.parseObject(text);
        }
        catch (final JSONException ex)
        {
            throw new IllegalArgumentException("not a JSON frame: " + ex.getMessage(), ex);
        }
        if (frame == null)
        {
            throw new IllegalArgumentException("not a JSON frame");
        }
        final String channel = frame.getString("channel");
        if ("l2Book".equals(channel))
        {
            final JSONObject data = frame.getJSONObject("data");
            final JSONArray levels = data == null ? null : data.getJSONArray("levels");
            if (data == null || data.getString("coin") == null || levels == null || levels.size() != 2)
            {
                throw new IllegalArgumentException("l2Book frame without data.coin or data.levels [bids, asks]");
            }
            final BookView book = new BookView(data.getString("coin"), data.getLongValue("time"),
                levels(levels.getJSONArray(0)), levels(levels.getJSONArray(1)));
            return SimFrame.book(sourceTimeNs, text, book, data.toJSONString());
        }
        if ("trades".equals(channel))
        {
            final JSONArray data = frame.getJSONArray("data");
            if (data == null || data.isEmpty())
            {
                throw new IllegalArgumentException("trades frame without trades");
            }
            final String coin = data.getJSONObject(0).getString("coin");
            final List<String> trades = new ArrayList<>(data.size());
            for (int i = 0; i < data.size(); i++)
            {
                final JSONObject trade = data.getJSONObject(i);
                if (coin == null || !coin.equals(trade.getString("coin")))
                {
                    throw new IllegalArgumentException("trades frame mixes coins or lacks one");
                }
                trades.add(trade.toJSONString());
            }
            return SimFrame.trades(sourceTimeNs, coin, text, trades);
        }
        return null;
    }

    private static List<Level> levels(final JSONArray side)
    {
        final List<Level> out = new ArrayList<>(side.size());
        for (int i = 0; i < side.size(); i++)
        {
            final JSONObject level = side.getJSONObject(i);
            out.add(new Level(level.getString("px"), level.getString("sz"), level.getIntValue("n")));
        }
        return out;
    }
}
