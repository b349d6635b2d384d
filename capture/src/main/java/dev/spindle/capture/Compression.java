package dev.spindle.capture;

/**
 * Compression of rotated part files ({@code --capture-compress}). Only numbered parts are compressed, so an
 * unrotated {@code diffs.jsonl} always stays plain JSONL.
 * <p>
 * {@link #GZIP} streams: every part is written through a gzip stream that is sync-flushed at every flush
 * interval, so a part torn by a crash still decompresses up to its last flush (it only lacks the gzip trailer).
 */
public enum Compression
{
    /** Plain files. */
    NONE("none", ""),
    /** {@code .gz} parts: {@code diffs.000001.jsonl.gz} and {@code diffs.000001.recv.gz}. */
    GZIP("gzip", ".gz");

    private final String flagValue;
    private final String suffix;

    Compression(final String flagValue, final String suffix)
    {
        this.flagValue = flagValue;
        this.suffix = suffix;
    }

    /** @return the value as written on the command line and in {@code metadata.json}. */
    public String flagValue()
    {
        return flagValue;
    }

    /** @return the file-name suffix, empty or {@code .gz}. */
    public String suffix()
    {
        return suffix;
    }

    /**
     * @param value {@code none} or {@code gzip}.
     * @return the compression.
     * @throws IllegalArgumentException naming the flag and the bad value.
     */
    public static Compression parse(final String value)
    {
        for (final Compression compression : values())
        {
            if (compression.flagValue.equals(value))
            {
                return compression;
            }
        }
        throw new IllegalArgumentException(
            CaptureConfig.FLAG_COMPRESS + ": expected none|gzip, got \"" + value + "\"");
    }
}
