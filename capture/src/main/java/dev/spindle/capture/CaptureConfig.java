package dev.spindle.capture;

import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Objects;

/**
 * Validated capture settings, one per process run; every symbol of the run gets its own session directory
 * {@code <captureDir>/<venue>/<symbol>/<session>/} (see {@link SessionLayout}).
 * <p>
 * Command-line mapping (parsed by the launchers; this module carries no command-line library):
 * <table>
 * <caption>flags</caption>
 * <tr><th>flag</th><th>builder method</th><th>default</th></tr>
 * <tr><td>{@code --capture-dir}</td><td>{@link Builder#captureDir}</td><td>required</td></tr>
 * <tr><td>{@code --capture-session}</td><td>{@link Builder#session}</td>
 * <td>UTC start time {@code yyyyMMdd-HHmmss}</td></tr>
 * <tr><td>{@code --checkpoint-interval}</td><td>{@link Builder#checkpointIntervalMs}, text via
 * {@link #parseDurationMs}</td><td>5 min; 0 disables</td></tr>
 * <tr><td>{@code --capture-flush-ms}</td><td>{@link Builder#flushMs}</td><td>1000</td></tr>
 * <tr><td>{@code --capture-rotate}</td><td>{@link Builder#rotate}, text via {@link Rotation#parse}</td>
 * <td>none</td></tr>
 * <tr><td>{@code --capture-compress}</td><td>{@link Builder#compress}, text via {@link Compression#parse}</td>
 * <td>none; gzip needs a rotation</td></tr>
 * </table>
 * Every validation failure is an {@link IllegalArgumentException} with one line naming the flag and the value.
 */
public final class CaptureConfig
{
    /** Flag names, used in error messages. */
    public static final String FLAG_DIR = "--capture-dir";
    /** @see #FLAG_DIR */
    public static final String FLAG_SESSION = "--capture-session";
    /** @see #FLAG_DIR */
    public static final String FLAG_CHECKPOINT_INTERVAL = "--checkpoint-interval";
    /** @see #FLAG_DIR */
    public static final String FLAG_FLUSH_MS = "--capture-flush-ms";
    /** @see #FLAG_DIR */
    public static final String FLAG_ROTATE = "--capture-rotate";
    /** @see #FLAG_DIR */
    public static final String FLAG_COMPRESS = "--capture-compress";

    /** Default REST checkpoint interval: 5 minutes. */
    public static final long DEFAULT_CHECKPOINT_INTERVAL_MS = 300_000L;
    /** Shortest non-zero checkpoint interval; REST depth snapshots are expensive in request weight. */
    public static final long MIN_CHECKPOINT_INTERVAL_MS = 1_000L;
    /** Longest checkpoint interval: one day. */
    public static final long MAX_CHECKPOINT_INTERVAL_MS = 86_400_000L;
    /** Default flush interval, which bounds what a crash can lose. */
    public static final long DEFAULT_FLUSH_MS = 1_000L;
    /** Longest flush interval: one hour. */
    public static final long MAX_FLUSH_MS = 3_600_000L;

    private static final DateTimeFormatter SESSION_FORMAT =
        DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);

    private final Path captureDir;
    private final String session;
    private final long checkpointIntervalMs;
    private final long flushMs;
    private final Rotation rotate;
    private final Compression compress;

    private CaptureConfig(final Builder builder, final String session)
    {
        this.captureDir = builder.captureDir.toAbsolutePath().normalize();
        this.session = session;
        this.checkpointIntervalMs = builder.checkpointIntervalMs;
        this.flushMs = builder.flushMs;
        this.rotate = builder.rotate;
        this.compress = builder.compress;
    }

    /** @return a builder with every default set and no capture directory. */
    public static Builder builder()
    {
        return new Builder();
    }

    /**
     * @param startEpochMs the capture's start time.
     * @return the default session name: the UTC start time as {@code yyyyMMdd-HHmmss}.
     */
    public static String defaultSessionName(final long startEpochMs)
    {
        return SESSION_FORMAT.format(Instant.ofEpochMilli(startEpochMs));
    }

    /**
     * Parses a duration flag value: digits followed by {@code ms}, {@code s}, {@code m} or {@code h}; bare digits
     * are seconds.
     *
     * @param flag the flag, for the message.
     * @param text e.g. {@code 300s}, {@code 5m}, {@code 1h}, {@code 500ms}.
     * @return the duration in milliseconds.
     * @throws IllegalArgumentException one line naming the flag and the value.
     */
    public static long parseDurationMs(final String flag, final String text)
    {
        final String value = null == text ? "" : text.trim();
        int digits = 0;
        while (digits < value.length() && Character.isDigit(value.charAt(digits)))
        {
            digits++;
        }
        final long unitMs = unitMs(value.substring(digits));
        if (0 == digits || digits > 12 || unitMs < 0)
        {
            throw new IllegalArgumentException(
                flag + ": expected a duration like 300s, 5m, 1h or 500ms, got \"" + text + "\"");
        }
        return Long.parseLong(value.substring(0, digits)) * unitMs;
    }

    private static long unitMs(final String unit)
    {
        switch (unit)
        {
            case "ms":
                return 1L;
            case "":
            case "s":
                return 1_000L;
            case "m":
                return 60_000L;
            case "h":
                return 3_600_000L;
            default:
                return -1L;
        }
    }

    /** @return the absolute, normalised capture directory. */
    public Path captureDir()
    {
        return captureDir;
    }

    /** @return the session name, shared by every symbol of this run. */
    public String session()
    {
        return session;
    }

    /** @return the REST checkpoint interval in milliseconds; 0 means no checkpoints. */
    public long checkpointIntervalMs()
    {
        return checkpointIntervalMs;
    }

    /** @return how often buffered lines reach the files, which bounds what a crash loses. */
    public long flushMs()
    {
        return flushMs;
    }

    /** @return when files are cut into numbered parts. */
    public Rotation rotate()
    {
        return rotate;
    }

    /** @return compression of numbered parts. */
    public Compression compress()
    {
        return compress;
    }

    /**
     * @param venue  venue name, e.g. {@code binance}.
     * @param symbol symbol as the handler names it, e.g. {@code ethusdt}.
     * @return {@code <captureDir>/<venue>/<symbol>/<session>}, after validating both names.
     */
    public Path sessionDir(final String venue, final String symbol)
    {
        return SessionLayout.sessionDir(captureDir, venue, symbol, session);
    }

    @Override
    public String toString()
    {
        return FLAG_DIR + "=" + captureDir + " " + FLAG_SESSION + "=" + session + " " +
            FLAG_CHECKPOINT_INTERVAL + "=" + checkpointIntervalMs + "ms " + FLAG_FLUSH_MS + "=" + flushMs + " " +
            FLAG_ROTATE + "=" + rotate.flagValue() + " " + FLAG_COMPRESS + "=" + compress.flagValue();
    }

    /** Collects settings; {@link #build(long)} validates them all. Not thread-safe. */
    public static final class Builder
    {
        private Path captureDir;
        private String session;
        private long checkpointIntervalMs = DEFAULT_CHECKPOINT_INTERVAL_MS;
        private long flushMs = DEFAULT_FLUSH_MS;
        private Rotation rotate = Rotation.NONE;
        private Compression compress = Compression.NONE;

        private Builder()
        {
        }

        /**
         * @param captureDir root of all captures ({@code --capture-dir}).
         * @return this.
         */
        public Builder captureDir(final Path captureDir)
        {
            this.captureDir = captureDir;
            return this;
        }

        /**
         * @param session the session name ({@code --capture-session}), or null for the default.
         * @return this.
         */
        public Builder session(final String session)
        {
            this.session = session;
            return this;
        }

        /**
         * @param checkpointIntervalMs REST checkpoint interval ({@code --checkpoint-interval}); 0 disables.
         * @return this.
         */
        public Builder checkpointIntervalMs(final long checkpointIntervalMs)
        {
            this.checkpointIntervalMs = checkpointIntervalMs;
            return this;
        }

        /**
         * @param flushMs flush interval ({@code --capture-flush-ms}).
         * @return this.
         */
        public Builder flushMs(final long flushMs)
        {
            this.flushMs = flushMs;
            return this;
        }

        /**
         * @param rotate file rotation ({@code --capture-rotate}).
         * @return this.
         */
        public Builder rotate(final Rotation rotate)
        {
            this.rotate = Objects.requireNonNull(rotate, FLAG_ROTATE);
            return this;
        }

        /**
         * @param compress compression of rotated parts ({@code --capture-compress}).
         * @return this.
         */
        public Builder compress(final Compression compress)
        {
            this.compress = Objects.requireNonNull(compress, FLAG_COMPRESS);
            return this;
        }

        /**
         * @param startEpochMs the run's start time, which names the session when none was given.
         * @return the validated configuration.
         * @throws IllegalArgumentException one line naming the flag at fault and its value.
         */
        public CaptureConfig build(final long startEpochMs)
        {
            if (null == captureDir || captureDir.toString().isEmpty())
            {
                throw new IllegalArgumentException(FLAG_DIR + ": missing capture directory");
            }
            final String name = null == session ? defaultSessionName(startEpochMs) : session;
            SessionNames.validate(FLAG_SESSION, name);
            if (flushMs < 1 || flushMs > MAX_FLUSH_MS)
            {
                throw new IllegalArgumentException(
                    FLAG_FLUSH_MS + ": must be between 1 and " + MAX_FLUSH_MS + ", got " + flushMs);
            }
            if (0 != checkpointIntervalMs &&
                (checkpointIntervalMs < MIN_CHECKPOINT_INTERVAL_MS || checkpointIntervalMs > MAX_CHECKPOINT_INTERVAL_MS))
            {
                throw new IllegalArgumentException(
                    FLAG_CHECKPOINT_INTERVAL + ": must be 0 (off) or between " + MIN_CHECKPOINT_INTERVAL_MS +
                    "ms and " + MAX_CHECKPOINT_INTERVAL_MS + "ms, got " + checkpointIntervalMs + "ms");
            }
            if (Compression.NONE != compress && Rotation.NONE == rotate)
            {
                throw new IllegalArgumentException(
                    FLAG_COMPRESS + " " + compress.flagValue() + ": only rotated parts are compressed; add " +
                    FLAG_ROTATE + " hourly|daily");
            }
            return new CaptureConfig(this, name);
        }
    }
}
