package dev.spindle.tools.sim.fault;

/**
 * The text of a mangled market frame, for the frame faults that change content; shared by every venue's sender.
 * Each method takes a JSON object's text (a venue's frame or payload, ending in {@code '}'}).
 */
public final class FrameMangler
{
    private static final String PAD_FIELD = ",\"pad\":\"";

    private FrameMangler()
    {
    }

    /**
     * @param json a JSON object.
     * @return {@code json} with its closing brace replaced by {@code ",]"}: everything before the end intact (stream
     * name, ids), the whole invalid.
     */
    public static String malformed(final String json)
    {
        return json.substring(0, json.length() - 1) + ",]";
    }

    /**
     * @param text any frame text.
     * @return its first half.
     */
    public static String truncated(final String text)
    {
        return text.substring(0, text.length() / 2);
    }

    /**
     * @param json  a JSON object.
     * @param bytes the size to reach.
     * @return {@code json} with a {@code "pad"} string field added last, at least {@code bytes} long in all (ASCII);
     * still valid JSON.
     */
    public static String oversized(final String json, final long bytes)
    {
        final int padLength = (int)Math.max(0, bytes - json.length() - PAD_FIELD.length() - 1);
        final StringBuilder out = new StringBuilder(json.length() + PAD_FIELD.length() + padLength + 2);
        out.append(json, 0, json.length() - 1).append(PAD_FIELD);
        for (int i = 0; i < padLength; i++)
        {
            out.append('x');
        }
        return out.append("\"}").toString();
    }
}
