package dev.spindle.capture;

import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The on-disk layout of a capture session (format version {@value #FORMAT_VERSION}); the single place that names
 * its files. Writers and readers both go through it.
 *
 * <h2>Directory</h2>
 * <pre>
 * &lt;capture-dir&gt;/&lt;venue&gt;/&lt;symbol&gt;/&lt;session&gt;/
 *   metadata.json            session facts, counts and gap ledger; rewritten atomically at every flush
 *   snapshot.json            the first REST snapshot body, byte for byte
 *   checkpoints/&lt;id&gt;.json    later REST snapshots, byte for byte, named by their lastUpdateId
 *   diffs.jsonl              every raw depth frame, one per line, byte for byte, in receive order
 *   diffs.recv               receive time of each line of diffs.jsonl (see below)
 *   trades.jsonl  trades.recv          where subscribed (same rules)
 *   bookticker.jsonl  bookticker.recv  where subscribed (Binance)
 *   l2book.jsonl  l2book.recv          Hyperliquid l2Book frames
 * </pre>
 * <h2>Hyperliquid sessions</h2>
 * {@code <capture-dir>/hyperliquid/<COIN>/<session>/} holds {@code l2book.jsonl} (every {@code l2Book} frame, a
 * full top-20 snapshot, byte for byte as received, greeting and control frames excluded) and
 * {@code trades.jsonl} (every {@code trades} frame; each carries one coin, so it sits in that coin's session),
 * each with its {@code .recv} sidecar, plus {@code metadata.json}; no {@code snapshot.json} and no
 * checkpoints. A reconnect is a {@link LedgerKind#RECONNECT} ledger entry placed in the {@code l2book} stream;
 * after it the re-subscription's frames follow, starting with a fresh book and the replay of the 30 most
 * recent trades (repeats of trades already captured). {@code <COIN>} is the coin as written on the wire with
 * {@code /} replaced by {@code -} and {@code :} by {@code _} ({@code PURR/USDC} → {@code PURR-USDC}).
 * <p>
 * Names of venue, symbol and session are checked by {@link SessionNames}. A stream's files exist only once it
 * has a line. Files ending in {@value #TMP} are unfinished atomic writes and are ignored by readers.
 *
 * <h2>Receive times: a sidecar per stream</h2>
 * {@code <base>.recv} is ASCII text, one decimal epoch-nanosecond receive time per line, each ending in
 * {@code \n}; line <i>k</i> of {@code <base>.recv} is the receive time of line <i>k</i> of
 * {@code <base>.jsonl}. The JSONL file thus stays plain JSONL, byte for byte what the venue sent, and
 * {@code paste -d' ' diffs.recv diffs.jsonl} gives the common {@code <local_ns> <raw json>} line format. Both
 * files only ever receive whole lines, flushed together; after a crash a reader pairs lines up to the shorter
 * of the two and drops a last line that lacks its {@code \n} (with a warning). A frame that itself contains
 * CR or LF bytes cannot be one line: those bytes are written as spaces and counted ({@code rewrittenLines}).
 *
 * <h2>Rotation and compression</h2>
 * With {@code --capture-rotate hourly|daily} every stream is cut into numbered parts at whole UTC hours/days of
 * the capture clock: {@code diffs.000001.jsonl} + {@code diffs.000001.recv}, then {@code 000002}, ... (6 or
 * more digits). The part number counts rotation periods of the session, so a stream silent for a whole period
 * has no file for that number; readers take the parts that exist, in numeric order. With
 * {@code --capture-compress gzip} parts are {@code diffs.000001.jsonl.gz} + {@code diffs.000001.recv.gz},
 * written as a gzip stream that is sync-flushed at every flush interval: a part torn by a crash decompresses up
 * to its last flush and only lacks the gzip trailer. Unrotated files are never compressed.
 *
 * <h2>metadata.json</h2>
 * One JSON object (fields in this order): {@code formatVersion}, {@code kitVersion}, {@code venue},
 * {@code symbol}, {@code session}, {@code state} ({@code RUNNING}, {@code CLOSED} after a normal end,
 * {@code FAILED} after an I/O error), {@code startEpochMs}, {@code endEpochMs} (-1 while running),
 * {@code updatedEpochMs}, {@code flushMs}, {@code rotate}, {@code compress}, {@code checkpointIntervalMs},
 * {@code recvTimes} (a one-line description of the sidecar), {@code firstSnapshotId} and
 * {@code firstSnapshotRecvEpochNs} (-1 until one is captured), {@code lastUpdateId} (last id of the depth
 * stream written, -1 if unknown), {@code framesDropped}, {@code lineCounts} ({@code {"diffs":n,...}}),
 * {@code files} (per stream: {@code kind}, {@code lines}, {@code bytes} of JSONL text, {@code droppedFrames},
 * {@code rewrittenLines}, and {@code parts}: {@code index}, {@code jsonl}, {@code recv}, {@code firstLine}
 * (1-based), {@code lines}, {@code openedEpochMs}), {@code checkpoints} ({@code id}, {@code file},
 * {@code recvEpochNs}, {@code bytes}), {@code ledgerEntriesOmitted} and {@code ledger}. Each ledger entry:
 * {@code kind} ({@link LedgerKind}), {@code epochNs}, {@code endEpochNs}, {@code fromId}, {@code toId}
 * (-1 = unknown), {@code count}, {@code file} (stream base name or null), {@code line} (the entry sits after
 * that many lines of {@code file}) and {@code detail}. It is written to {@code metadata.json.tmp}, synced and
 * renamed over {@code metadata.json}, after the data files were flushed, so its counts never exceed what the
 * files hold.
 *
 * <h2>Durability</h2>
 * Lines are buffered by the capture thread and written every flush interval, on rotation and on close. A
 * process crash (kill -9) loses at most the lines of the last flush interval; the files stay readable.
 */
public final class SessionLayout
{
    /** Version of this layout, written to {@code metadata.json}. */
    public static final int FORMAT_VERSION = 1;
    /** Session metadata file. */
    public static final String METADATA = "metadata.json";
    /** First REST snapshot. */
    public static final String SNAPSHOT = "snapshot.json";
    /** Directory of later REST snapshots. */
    public static final String CHECKPOINTS = "checkpoints";
    /** Extension of line files. */
    public static final String JSONL = ".jsonl";
    /** Extension of receive-time sidecars. */
    public static final String RECV = ".recv";
    /** Suffix of files being written atomically. */
    public static final String TMP = ".tmp";
    /** Part number of an unrotated stream ({@code diffs.jsonl}). */
    public static final int UNROTATED = 0;
    /** One-line description of the receive-time sidecar, written into {@code metadata.json}. */
    public static final String RECV_TIMES_DESCRIPTION =
        "<base>.recv: one ASCII epoch-ns receive time per line; line k pairs with line k of <base>.jsonl";

    private static final Pattern JSONL_NAME = Pattern.compile("^([a-z0-9]+)(?:\\.(\\d{6,9}))?\\.jsonl(\\.gz)?$");
    private static final Pattern CHECKPOINT_NAME = Pattern.compile("^(\\d{1,19})\\.json$");

    private SessionLayout()
    {
    }

    /**
     * @param captureDir root of all captures.
     * @param venue      venue name.
     * @param symbol     symbol name.
     * @param session    session name.
     * @return {@code <captureDir>/<venue>/<symbol>/<session>}.
     * @throws IllegalArgumentException when a name is invalid (see {@link SessionNames}).
     */
    public static Path sessionDir(final Path captureDir, final String venue, final String symbol, final String session)
    {
        SessionNames.validate("venue", venue);
        SessionNames.validate("symbol", symbol);
        SessionNames.validate(CaptureConfig.FLAG_SESSION, session);
        final Path root = captureDir.toAbsolutePath().normalize();
        final Path dir = root.resolve(venue).resolve(symbol).resolve(session).normalize();
        if (!dir.startsWith(root) || dir.getNameCount() != root.getNameCount() + 3)
        {
            throw new IllegalArgumentException("session directory " + dir + " is not inside " + root);
        }
        return dir;
    }

    /**
     * @param kind        stream.
     * @param part        part number, or {@link #UNROTATED}.
     * @param compression compression of the part.
     * @return e.g. {@code diffs.jsonl} or {@code diffs.000003.jsonl.gz}.
     */
    public static String jsonlName(final FileKind kind, final int part, final Compression compression)
    {
        return stem(kind, part) + JSONL + compression.suffix();
    }

    /**
     * @param kind        stream.
     * @param part        part number, or {@link #UNROTATED}.
     * @param compression compression of the part.
     * @return e.g. {@code diffs.recv} or {@code diffs.000003.recv.gz}.
     */
    public static String recvName(final FileKind kind, final int part, final Compression compression)
    {
        return stem(kind, part) + RECV + compression.suffix();
    }

    /**
     * @param jsonlFileName the name of a line file, e.g. {@code diffs.000003.jsonl.gz}.
     * @return the name of its receive-time sidecar, e.g. {@code diffs.000003.recv.gz}.
     */
    public static String recvNameFor(final String jsonlFileName)
    {
        final int at = jsonlFileName.lastIndexOf(JSONL);
        return jsonlFileName.substring(0, at) + RECV + jsonlFileName.substring(at + JSONL.length());
    }

    /**
     * @param id the snapshot's lastUpdateId (or the venue's equivalent).
     * @return {@code checkpoints/<id>.json} relative to the session directory.
     */
    public static String checkpointPath(final long id)
    {
        return CHECKPOINTS + "/" + id + ".json";
    }

    /**
     * @param fileName a file name inside {@code checkpoints/}.
     * @return the checkpoint id, or -1 when the name is not a checkpoint's.
     */
    public static long parseCheckpointId(final String fileName)
    {
        final Matcher matcher = CHECKPOINT_NAME.matcher(fileName);
        if (!matcher.matches())
        {
            return -1;
        }
        try
        {
            return Long.parseLong(matcher.group(1));
        }
        catch (final NumberFormatException ex)
        {
            return -1;
        }
    }

    /**
     * @param kind     the stream wanted.
     * @param fileName a file name in a session directory.
     * @return the part number ({@link #UNROTATED} for {@code diffs.jsonl}) when {@code fileName} is a line file of
     * {@code kind}, else -1.
     */
    public static int parsePart(final FileKind kind, final String fileName)
    {
        final Matcher matcher = JSONL_NAME.matcher(fileName);
        if (!matcher.matches() || !kind.baseName().equals(matcher.group(1)))
        {
            return -1;
        }
        return null == matcher.group(2) ? UNROTATED : Integer.parseInt(matcher.group(2));
    }

    /**
     * @param fileName a file name.
     * @return whether it is gzip-compressed, by its name.
     */
    public static boolean isGzip(final String fileName)
    {
        return fileName.endsWith(Compression.GZIP.suffix());
    }

    private static String stem(final FileKind kind, final int part)
    {
        if (UNROTATED == part)
        {
            return kind.baseName();
        }
        return kind.baseName() + "." + String.format("%06d", part);
    }
}
