package dev.spindle.capture;

/**
 * A captured line stream of one session, and the base name of its files: {@code <base>.jsonl} plus the
 * receive-time sidecar {@code <base>.recv} (see {@link SessionLayout}).
 * <p>
 * Binance sessions use {@link #DIFFS}, {@link #TRADES} and {@link #BOOK_TICKER}; Hyperliquid sessions use
 * {@link #L2BOOK} and {@link #TRADES}. A kind's files exist only if at least one line of it was captured.
 */
public enum FileKind
{
    /** Binance diff-depth frames: {@code diffs.jsonl}. */
    DIFFS("diffs"),
    /** Trade frames of any venue: {@code trades.jsonl}. */
    TRADES("trades"),
    /** Binance bookTicker frames: {@code bookticker.jsonl}. */
    BOOK_TICKER("bookticker"),
    /** Hyperliquid l2Book frames (full top-of-book snapshots): {@code l2book.jsonl}. */
    L2BOOK("l2book");

    private static final FileKind[] VALUES = values();

    private final String baseName;

    FileKind(final String baseName)
    {
        this.baseName = baseName;
    }

    /** @return the file base name, e.g. {@code diffs}. */
    public String baseName()
    {
        return baseName;
    }

    /** @return the number of kinds, for arrays indexed by {@link #ordinal()}. */
    public static int count()
    {
        return VALUES.length;
    }

    /**
     * @param ordinal a value of {@link #ordinal()}.
     * @return the kind with that ordinal.
     */
    public static FileKind of(final int ordinal)
    {
        return VALUES[ordinal];
    }

    /**
     * @param baseName a file base name such as {@code diffs}.
     * @return the kind, or null when no kind has that base name.
     */
    public static FileKind fromBaseName(final String baseName)
    {
        for (final FileKind kind : VALUES)
        {
            if (kind.baseName.equals(baseName))
            {
                return kind;
            }
        }
        return null;
    }
}
