package dev.spindle.replay.binance;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;

import dev.spindle.binance.codec.DecodeException;
import dev.spindle.binance.codec.DepthSnapshot;
import dev.spindle.binance.codec.DepthSnapshotDecoder;
import dev.spindle.binance.codec.SymbolTable;
import dev.spindle.capture.reader.CheckpointFile;
import dev.spindle.replay.ReplayException;
import dev.spindle.replay.verify.CheckpointCheck;

/**
 * A session's {@code checkpoints/} (later REST snapshots, by increasing id), read only when needed: to resync the
 * book after a gap, and to verify the book when its id reaches them. A checkpoint used for a resync is not also
 * verified (the book is loaded from it). Runs on the replay thread.
 */
final class Checkpoints
{
    private static final int SNAPSHOT_LEVELS = 8192;

    private final List<CheckpointFile> files;
    private final boolean[] used;
    private final DepthSnapshotDecoder decoder;
    private final DepthSnapshot snapshot = new DepthSnapshot(SNAPSHOT_LEVELS);
    private int nextToVerify;
    private String lastLoaded;

    /**
     * @param files   the checkpoint files, by increasing id.
     * @param symbols holds the replayed instrument (only).
     */
    Checkpoints(final List<CheckpointFile> files, final SymbolTable symbols)
    {
        this.files = List.copyOf(files);
        this.used = new boolean[files.size()];
        this.decoder = new DepthSnapshotDecoder(symbols);
    }

    /**
     * @param minimumId the least id that can bridge the buffered diffs.
     * @return the first unused checkpoint with an id at or above {@code minimumId}, loaded (valid until the next
     * load), or null if there is none.
     */
    DepthSnapshot resyncCandidate(final long minimumId)
    {
        for (int i = 0; i < files.size(); i++)
        {
            if (!used[i] && files.get(i).id() >= minimumId)
            {
                used[i] = true;
                return load(files.get(i));
            }
        }
        return null;
    }

    /** @return the file of the last checkpoint returned by {@link #resyncCandidate}, for messages. */
    String lastLoaded()
    {
        return lastLoaded;
    }

    /** @return the id of the next checkpoint to verify, or {@link Long#MAX_VALUE} if none is left. */
    long nextIdToVerify()
    {
        return nextToVerify < files.size() ? files.get(nextToVerify).id() : Long.MAX_VALUE;
    }

    /** Hand every checkpoint with an id at or below {@code bookId} to {@code check} (skipping resync ones). */
    void addDue(final long bookId, final CheckpointCheck check)
    {
        while (nextToVerify < files.size() && files.get(nextToVerify).id() <= bookId)
        {
            final int index = nextToVerify++;
            if (!used[index])
            {
                final DepthSnapshot loaded = load(files.get(index));
                check.add(loaded.lastUpdateId(), loaded.bids(), loaded.asks(), files.get(index).path().toString());
            }
        }
    }

    /** @return checkpoints not yet handed to verification (beyond the book's last id). */
    int remaining()
    {
        return files.size() - nextToVerify;
    }

    private DepthSnapshot load(final CheckpointFile file)
    {
        lastLoaded = file.path().toString();
        try
        {
            final byte[] body = Files.readAllBytes(file.path());
            decoder.decode(0, body, 0, body.length, snapshot);
        }
        catch (final IOException ex)
        {
            throw new ReplayException(file.path() + ": " + ex.getMessage(), ex);
        }
        catch (final DecodeException ex)
        {
            throw new ReplayException(file.path() + ": " + ex.getMessage());
        }
        if (snapshot.lastUpdateId() != file.id())
        {
            throw new ReplayException(file.path() + ": lastUpdateId " + snapshot.lastUpdateId() +
                " does not match the file name");
        }
        return snapshot;
    }
}
