package dev.spindle.tools.inspect;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.alibaba.fastjson2.JSON;
import com.alibaba.fastjson2.JSONArray;
import com.alibaba.fastjson2.JSONObject;
import com.alibaba.fastjson2.JSONWriter;

import dev.spindle.capture.LedgerKind;
import dev.spindle.capture.meta.LedgerEntry;
import dev.spindle.capture.meta.MetadataCodec;
import dev.spindle.capture.meta.SessionMetadata;
import dev.spindle.capture.reader.SessionReader;

/** The result of inspecting one session, rendered as text or JSON. */
final class InspectReport
{
    private static final int MAX_TEXT_ROWS = 20;

    private final Path sessionDir;
    private final SessionMetadata metadata;
    private final List<StreamStats> streams;
    private final DepthChain chain;
    private final int checkpointFiles;
    private final List<String> warnings;

    InspectReport(
        final Path sessionDir,
        final SessionMetadata metadata,
        final List<StreamStats> streams,
        final DepthChain chain,
        final int checkpointFiles,
        final List<String> warnings)
    {
        this.sessionDir = sessionDir;
        this.metadata = metadata;
        this.streams = streams;
        this.chain = chain;
        this.checkpointFiles = checkpointFiles;
        this.warnings = warnings;
    }

    /** @return gaps of the depth chain that no ledger entry explains. */
    long unexplainedGaps()
    {
        return null == chain ? 0 : chain.unexplainedCount();
    }

    void printText(final PrintWriter out)
    {
        out.println("session     " + sessionDir);
        if (null != metadata)
        {
            out.println("            " + metadata.venue() + " " + metadata.symbol() + " " + metadata.session() +
                ", format " + metadata.formatVersion() + ", kit " + metadata.kitVersion() + ", state " +
                metadata.state());
            out.println("time        " + Instant.ofEpochMilli(metadata.startEpochMs()) + " .. " +
                (metadata.endEpochMs() < 0 ? "(no end recorded)" : Instant.ofEpochMilli(metadata.endEpochMs())));
            out.println("snapshot    first lastUpdateId " + metadata.firstSnapshotId() + ", last update id " +
                metadata.lastUpdateId() + ", checkpoints " + checkpointFiles + ", frames dropped " +
                metadata.framesDropped());
        }
        out.println();
        out.printf(Locale.ROOT, "%-11s %10s %6s  %-30s  %-30s %10s %12s %11s %11s%n",
            "file", "lines", "parts", "first recv (UTC)", "last recv (UTC)", "span s", "bytes/s", "lag p50 ms",
            "lag p99 ms");
        for (final StreamStats stats : streams)
        {
            out.printf(Locale.ROOT, "%-11s %10d %6d  %-30s  %-30s %10.1f %12.0f %11s %11s%n",
                stats.kind.baseName(), stats.lines, stats.parts, time(stats.firstRecvEpochNs),
                time(stats.lastRecvEpochNs), stats.spanSeconds(), stats.bytesPerSecond(),
                ms(stats.lag.percentileMs(50)), ms(stats.lag.percentileMs(99)));
        }
        out.println();
        if (null != chain)
        {
            out.println("depth chain first id " + chain.firstId() + ", last id " + chain.lastId() + ", gaps " +
                chain.gapCount() + " (unexplained " + chain.unexplainedCount() + "), overlaps " + chain.overlaps() +
                ", lines without ids " + chain.linesWithoutIds());
            int rows = 0;
            for (final ChainGap gap : chain.gaps())
            {
                if (rows++ == MAX_TEXT_ROWS)
                {
                    out.println("  ... (" + (chain.gapCount() - MAX_TEXT_ROWS) + " more; --json lists them)");
                    break;
                }
                out.println("  line " + gap.line() + ": u " + gap.lastId() + " -> U " + gap.nextFirstId() +
                    ", ids " + gap.missingFrom() + ".." + gap.missingTo() + " missing: " +
                    (gap.explained() ? "explained by " + gap.explainedBy() : "UNEXPLAINED"));
            }
        }
        final List<LedgerEntry> ledger = null == metadata ? List.of() : metadata.ledger();
        out.println("ledger      " + ledger.size() + " entries" + countsByKind(ledger));
        int rows = 0;
        for (final LedgerEntry entry : ledger)
        {
            if (rows++ == MAX_TEXT_ROWS)
            {
                out.println("  ... (" + (ledger.size() - MAX_TEXT_ROWS) + " more; --json lists them)");
                break;
            }
            out.println("  " + entry.kind() + " " + time(entry.epochNs()) + " ids " + entry.fromId() + ".." +
                entry.toId() + (entry.count() > 0 ? " count " + entry.count() : "") +
                (null == entry.file() ? "" : " after " + entry.file() + " line " + entry.line()) +
                (entry.detail().isEmpty() ? "" : ": " + entry.detail()));
        }
        if (!warnings.isEmpty())
        {
            out.println("warnings");
            for (final String warning : warnings)
            {
                out.println("  " + warning);
            }
        }
        out.println(0 == unexplainedGaps() ? "result      OK" :
            "result      " + unexplainedGaps() + " UNEXPLAINED GAP(S) in the depth chain");
    }

    String toJson()
    {
        final JSONObject root = new JSONObject();
        root.put("sessionDir", sessionDir.toString());
        if (null != metadata)
        {
            root.put("venue", metadata.venue());
            root.put("symbol", metadata.symbol());
            root.put("session", metadata.session());
            root.put("formatVersion", metadata.formatVersion());
            root.put("kitVersion", metadata.kitVersion());
            root.put("state", metadata.state().name());
            root.put("startEpochMs", metadata.startEpochMs());
            root.put("endEpochMs", metadata.endEpochMs());
            root.put("firstSnapshotId", metadata.firstSnapshotId());
            root.put("lastUpdateId", metadata.lastUpdateId());
            root.put("framesDropped", metadata.framesDropped());
        }
        root.put("checkpoints", checkpointFiles);
        final JSONArray files = new JSONArray();
        for (final StreamStats stats : streams)
        {
            final JSONObject file = new JSONObject();
            file.put("kind", stats.kind.baseName());
            file.put("lines", stats.lines);
            file.put("metadataLines", stats.metadataLines);
            file.put("parts", stats.parts);
            file.put("bytes", stats.bytes);
            file.put("firstRecvEpochNs", recvOrNull(stats.firstRecvEpochNs));
            file.put("lastRecvEpochNs", recvOrNull(stats.lastRecvEpochNs));
            file.put("spanSeconds", stats.spanSeconds());
            file.put("bytesPerSecond", finiteOrNull(stats.bytesPerSecond()));
            file.put("lagSamples", stats.lag.count());
            file.put("lagP50Ms", finiteOrNull(stats.lag.percentileMs(50)));
            file.put("lagP99Ms", finiteOrNull(stats.lag.percentileMs(99)));
            file.put("linesWithoutRecv", stats.linesWithoutRecv);
            file.put("unparsedLines", stats.unparsedLines);
            files.add(file);
        }
        root.put("files", files);
        if (null != chain)
        {
            final JSONObject chainJson = new JSONObject();
            chainJson.put("file", "diffs");
            chainJson.put("firstId", chain.firstId());
            chainJson.put("lastId", chain.lastId());
            chainJson.put("gapCount", chain.gapCount());
            chainJson.put("unexplainedGaps", chain.unexplainedCount());
            chainJson.put("overlaps", chain.overlaps());
            chainJson.put("linesWithoutIds", chain.linesWithoutIds());
            final JSONArray gaps = new JSONArray();
            for (final ChainGap gap : chain.gaps())
            {
                final JSONObject gapJson = new JSONObject();
                gapJson.put("line", gap.line());
                gapJson.put("lastId", gap.lastId());
                gapJson.put("nextFirstId", gap.nextFirstId());
                gapJson.put("missingFrom", gap.missingFrom());
                gapJson.put("missingTo", gap.missingTo());
                gapJson.put("explained", gap.explained());
                gapJson.put("explainedBy", gap.explainedBy());
                gaps.add(gapJson);
            }
            chainJson.put("gaps", gaps);
            root.put("chain", chainJson);
        }
        final JSONArray ledger = new JSONArray();
        if (null != metadata)
        {
            for (final LedgerEntry entry : metadata.ledger())
            {
                ledger.add(MetadataCodec.ledgerJson(entry));
            }
        }
        root.put("ledger", ledger);
        root.put("warnings", warnings);
        root.put("ok", 0 == unexplainedGaps());
        return JSON.toJSONString(root, JSONWriter.Feature.PrettyFormat, JSONWriter.Feature.WriteNulls);
    }

    private static String countsByKind(final List<LedgerEntry> ledger)
    {
        if (ledger.isEmpty())
        {
            return "";
        }
        final Map<LedgerKind, Integer> counts = new EnumMap<>(LedgerKind.class);
        for (final LedgerEntry entry : ledger)
        {
            counts.merge(entry.kind(), 1, Integer::sum);
        }
        final StringBuilder text = new StringBuilder(" (");
        counts.forEach((kind, count) -> text.append(text.length() > 2 ? ", " : "").append(kind).append(' ')
            .append(count));
        return text.append(')').toString();
    }

    private static String time(final long epochNs)
    {
        if (SessionReader.NO_RECV_TIME == epochNs || epochNs < 0)
        {
            return "-";
        }
        return Instant.ofEpochSecond(0, epochNs).toString();
    }

    private static String ms(final double value)
    {
        return Double.isNaN(value) ? "-" : String.format(Locale.ROOT, "%.1f", value);
    }

    private static Object recvOrNull(final long epochNs)
    {
        return SessionReader.NO_RECV_TIME == epochNs ? null : epochNs;
    }

    private static Object finiteOrNull(final double value)
    {
        return Double.isFinite(value) ? value : null;
    }
}
