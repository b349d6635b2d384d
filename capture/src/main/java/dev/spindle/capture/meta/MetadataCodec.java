package dev.spindle.capture.meta;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import com.alibaba.fastjson2.JSON;
import com.alibaba.fastjson2.JSONArray;
import com.alibaba.fastjson2.JSONException;
import com.alibaba.fastjson2.JSONObject;
import com.alibaba.fastjson2.JSONWriter;

import dev.spindle.capture.Compression;
import dev.spindle.capture.FileKind;
import dev.spindle.capture.LedgerKind;
import dev.spindle.capture.Rotation;

/**
 * {@code metadata.json} to and from {@link SessionMetadata}, with fastjson2; field order as documented in
 * {@link dev.spindle.capture.SessionLayout}. Off the hot path.
 */
public final class MetadataCodec
{
    private MetadataCodec()
    {
    }

    /**
     * @param metadata the metadata.
     * @return pretty-printed UTF-8 JSON.
     */
    public static byte[] toJson(final SessionMetadata metadata)
    {
        final JSONObject root = new JSONObject();
        root.put("formatVersion", metadata.formatVersion());
        root.put("kitVersion", metadata.kitVersion());
        root.put("venue", metadata.venue());
        root.put("symbol", metadata.symbol());
        root.put("session", metadata.session());
        root.put("state", metadata.state().name());
        root.put("startEpochMs", metadata.startEpochMs());
        root.put("endEpochMs", metadata.endEpochMs());
        root.put("updatedEpochMs", metadata.updatedEpochMs());
        root.put("flushMs", metadata.flushMs());
        root.put("rotate", metadata.rotate().flagValue());
        root.put("compress", metadata.compress().flagValue());
        root.put("checkpointIntervalMs", metadata.checkpointIntervalMs());
        root.put("recvTimes", metadata.recvTimes());
        root.put("firstSnapshotId", metadata.firstSnapshotId());
        root.put("firstSnapshotRecvEpochNs", metadata.firstSnapshotRecvEpochNs());
        root.put("lastUpdateId", metadata.lastUpdateId());
        root.put("framesDropped", metadata.framesDropped());

        final JSONObject lineCounts = new JSONObject();
        final JSONArray files = new JSONArray();
        for (final FileSummary file : metadata.files())
        {
            lineCounts.put(file.kind().baseName(), file.lines());
            files.add(fileJson(file));
        }
        root.put("lineCounts", lineCounts);
        root.put("files", files);

        final JSONArray checkpoints = new JSONArray();
        for (final CheckpointEntry checkpoint : metadata.checkpoints())
        {
            final JSONObject json = new JSONObject();
            json.put("id", checkpoint.id());
            json.put("file", checkpoint.file());
            json.put("recvEpochNs", checkpoint.recvEpochNs());
            json.put("bytes", checkpoint.bytes());
            checkpoints.add(json);
        }
        root.put("checkpoints", checkpoints);
        root.put("ledgerEntriesOmitted", metadata.ledgerEntriesOmitted());

        final JSONArray ledger = new JSONArray();
        for (final LedgerEntry entry : metadata.ledger())
        {
            ledger.add(ledgerJson(entry));
        }
        root.put("ledger", ledger);
        return JSON.toJSONBytes(root, JSONWriter.Feature.PrettyFormat, JSONWriter.Feature.WriteNulls);
    }

    /**
     * @param json   the bytes of a {@code metadata.json}.
     * @param source the file, for messages.
     * @return the metadata.
     * @throws IOException one line naming {@code source} and what is wrong.
     */
    public static SessionMetadata fromJson(final byte[] json, final String source) throws IOException
    {
        try
        {
            final JSONObject root = JSON.parseObject(json);
            if (null == root || !root.containsKey("formatVersion"))
            {
                throw new IOException(source + ": not a spindle metadata.json (no formatVersion)");
            }
            final List<FileSummary> files = new ArrayList<>();
            for (final JSONObject file : objects(root, "files"))
            {
                files.add(fileFromJson(file, source));
            }
            final List<CheckpointEntry> checkpoints = new ArrayList<>();
            for (final JSONObject checkpoint : objects(root, "checkpoints"))
            {
                checkpoints.add(new CheckpointEntry(
                    checkpoint.getLongValue("id", -1),
                    checkpoint.getString("file"),
                    checkpoint.getLongValue("recvEpochNs", -1),
                    checkpoint.getLongValue("bytes", 0)));
            }
            final List<LedgerEntry> ledger = new ArrayList<>();
            for (final JSONObject entry : objects(root, "ledger"))
            {
                ledger.add(ledgerFromJson(entry, source));
            }
            return new SessionMetadata(
                root.getIntValue("formatVersion"),
                root.getString("kitVersion"),
                root.getString("venue"),
                root.getString("symbol"),
                root.getString("session"),
                CaptureState.valueOf(required(root, "state", source)),
                root.getLongValue("startEpochMs", -1),
                root.getLongValue("endEpochMs", -1),
                root.getLongValue("updatedEpochMs", -1),
                root.getLongValue("flushMs", 0),
                Rotation.parse(required(root, "rotate", source)),
                Compression.parse(required(root, "compress", source)),
                root.getLongValue("checkpointIntervalMs", 0),
                root.getString("recvTimes"),
                root.getLongValue("firstSnapshotId", -1),
                root.getLongValue("firstSnapshotRecvEpochNs", -1),
                root.getLongValue("lastUpdateId", -1),
                root.getLongValue("framesDropped", 0),
                files,
                checkpoints,
                root.getLongValue("ledgerEntriesOmitted", 0),
                ledger);
        }
        catch (final JSONException | IllegalArgumentException | ClassCastException ex)
        {
            throw new IOException(source + ": invalid metadata: " + firstLine(ex.getMessage()), ex);
        }
    }

    private static JSONObject fileJson(final FileSummary file)
    {
        final JSONObject json = new JSONObject();
        json.put("kind", file.kind().baseName());
        json.put("lines", file.lines());
        json.put("bytes", file.bytes());
        json.put("droppedFrames", file.droppedFrames());
        json.put("rewrittenLines", file.rewrittenLines());
        final JSONArray parts = new JSONArray();
        for (final PartSummary part : file.parts())
        {
            final JSONObject partJson = new JSONObject();
            partJson.put("index", part.index());
            partJson.put("jsonl", part.jsonl());
            partJson.put("recv", part.recv());
            partJson.put("firstLine", part.firstLine());
            partJson.put("lines", part.lines());
            partJson.put("openedEpochMs", part.openedEpochMs());
            parts.add(partJson);
        }
        json.put("parts", parts);
        return json;
    }

    private static FileSummary fileFromJson(final JSONObject json, final String source) throws IOException
    {
        final String name = json.getString("kind");
        final FileKind kind = FileKind.fromBaseName(name);
        if (null == kind)
        {
            throw new IOException(source + ": unknown stream kind \"" + name + "\" in files");
        }
        final List<PartSummary> parts = new ArrayList<>();
        for (final JSONObject part : objects(json, "parts"))
        {
            parts.add(new PartSummary(
                part.getIntValue("index"),
                part.getString("jsonl"),
                part.getString("recv"),
                part.getLongValue("firstLine", 1),
                part.getLongValue("lines", 0),
                part.getLongValue("openedEpochMs", -1)));
        }
        return new FileSummary(
            kind,
            json.getLongValue("lines", 0),
            json.getLongValue("bytes", 0),
            json.getLongValue("droppedFrames", 0),
            json.getLongValue("rewrittenLines", 0),
            parts);
    }

    /**
     * @param entry a ledger entry.
     * @return the entry as {@code metadata.json} writes it; other reports reuse it so entries read alike everywhere.
     */
    public static JSONObject ledgerJson(final LedgerEntry entry)
    {
        final JSONObject json = new JSONObject();
        json.put("kind", entry.kind().name());
        json.put("epochNs", entry.epochNs());
        json.put("endEpochNs", entry.endEpochNs());
        json.put("fromId", entry.fromId());
        json.put("toId", entry.toId());
        json.put("count", entry.count());
        json.put("file", entry.file());
        json.put("line", entry.line());
        json.put("detail", entry.detail());
        return json;
    }

    private static LedgerEntry ledgerFromJson(final JSONObject json, final String source) throws IOException
    {
        final String kind = required(json, "kind", source);
        try
        {
            return new LedgerEntry(
                LedgerKind.valueOf(kind),
                json.getLongValue("epochNs", -1),
                json.getLongValue("endEpochNs", -1),
                json.getLongValue("fromId", -1),
                json.getLongValue("toId", -1),
                json.getLongValue("count", 0),
                json.getString("file"),
                json.getLongValue("line", 0),
                null == json.getString("detail") ? "" : json.getString("detail"));
        }
        catch (final IllegalArgumentException ex)
        {
            throw new IOException(source + ": unknown ledger kind \"" + kind + "\"", ex);
        }
    }

    private static String required(final JSONObject json, final String key, final String source) throws IOException
    {
        final String value = json.getString(key);
        if (null == value)
        {
            throw new IOException(source + ": invalid metadata: missing \"" + key + "\"");
        }
        return value;
    }

    private static List<JSONObject> objects(final JSONObject parent, final String key)
    {
        final JSONArray array = parent.getJSONArray(key);
        final List<JSONObject> result = new ArrayList<>();
        if (null != array)
        {
            for (int i = 0; i < array.size(); i++)
            {
                result.add(array.getJSONObject(i));
            }
        }
        return result;
    }

    private static String firstLine(final String message)
    {
        if (null == message)
        {
            return "malformed";
        }
        final int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
