package dev.spindle.capture.meta;

import java.util.List;

import dev.spindle.capture.Compression;
import dev.spindle.capture.FileKind;
import dev.spindle.capture.Rotation;

/**
 * The content of a session's {@code metadata.json} (field meanings in {@link dev.spindle.capture.SessionLayout}).
 * Times are epoch ms or ns as named; -1 means unknown or not yet.
 *
 * @param formatVersion            layout version.
 * @param kitVersion               version of the kit that wrote the session.
 * @param venue                    venue name.
 * @param symbol                   symbol name.
 * @param session                  session name.
 * @param state                    life cycle state.
 * @param startEpochMs             capture start.
 * @param endEpochMs               capture end, -1 while running or after a crash.
 * @param updatedEpochMs           when this metadata was written.
 * @param flushMs                  flush interval.
 * @param rotate                   rotation.
 * @param compress                 compression of parts.
 * @param checkpointIntervalMs     checkpoint interval, 0 when off.
 * @param recvTimes                description of the receive-time sidecar.
 * @param firstSnapshotId          lastUpdateId of {@code snapshot.json}.
 * @param firstSnapshotRecvEpochNs receive time of {@code snapshot.json}.
 * @param lastUpdateId             last update id of the sequenced stream written.
 * @param framesDropped            frames refused for this session because a queue was full.
 * @param files                    per-stream counts, for the streams that have lines.
 * @param checkpoints              captured checkpoints, in capture order.
 * @param ledgerEntriesOmitted     ledger entries not kept because the ledger reached its size limit.
 * @param ledger                   the gap ledger, in capture order.
 */
public record SessionMetadata(
    int formatVersion,
    String kitVersion,
    String venue,
    String symbol,
    String session,
    CaptureState state,
    long startEpochMs,
    long endEpochMs,
    long updatedEpochMs,
    long flushMs,
    Rotation rotate,
    Compression compress,
    long checkpointIntervalMs,
    String recvTimes,
    long firstSnapshotId,
    long firstSnapshotRecvEpochNs,
    long lastUpdateId,
    long framesDropped,
    List<FileSummary> files,
    List<CheckpointEntry> checkpoints,
    long ledgerEntriesOmitted,
    List<LedgerEntry> ledger)
{
    /** Makes the lists immutable. */
    public SessionMetadata
    {
        files = List.copyOf(files);
        checkpoints = List.copyOf(checkpoints);
        ledger = List.copyOf(ledger);
    }

    /**
     * @param kind a stream.
     * @return its summary, or null when it has no lines.
     */
    public FileSummary file(final FileKind kind)
    {
        for (final FileSummary file : files)
        {
            if (file.kind() == kind)
            {
                return file;
            }
        }
        return null;
    }

    /**
     * @param kind a stream.
     * @return lines recorded for it, 0 when it has none.
     */
    public long lines(final FileKind kind)
    {
        final FileSummary file = file(kind);
        return null == file ? 0 : file.lines();
    }
}
