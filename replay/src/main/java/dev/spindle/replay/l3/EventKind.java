package dev.spindle.replay.l3;

/**
 * What an inferred L3 event says happened to one order. The JSON {@code kind.type} is the lower-case name; which
 * quantity fields an event carries depends on the kind (see each constant).
 */
public enum EventKind
{
    /** An order seeded from a snapshot level: {@code qty}. */
    SNAPSHOT("snapshot"),
    /** A new order at the back of its level's queue: {@code qty}. */
    NEW("new"),
    /** An order at the front of its queue traded: {@code qty} filled, {@code remaining} left (0 = gone). */
    FILL("fill"),
    /** A level decrease larger than its whole queue: {@code missing_qty}; the event names no order. */
    UNDERFLOW("underflow"),
    /** An order at the back of its queue was cancelled: {@code qty} cancelled, {@code remaining} left (0 = gone). */
    CANCEL("cancel");

    private static final EventKind[] VALUES = values();

    private final String wireName;

    EventKind(final String wireName)
    {
        this.wireName = wireName;
    }

    /** @return the JSON {@code kind.type} value. */
    public String wireName()
    {
        return wireName;
    }

    /** @return true if the event carries {@code qty}. */
    public boolean hasQty()
    {
        return this != UNDERFLOW;
    }

    /** @return true if the event carries {@code remaining}. */
    public boolean hasRemaining()
    {
        return this == FILL || this == CANCEL;
    }

    /** @return the number of kinds, for arrays indexed by {@link #ordinal()}. */
    public static int count()
    {
        return VALUES.length;
    }

    /**
     * @param ordinal a value of {@link #ordinal()}.
     * @return the kind.
     * @throws IllegalArgumentException if no kind has that ordinal.
     */
    public static EventKind of(final int ordinal)
    {
        if (ordinal < 0 || ordinal >= VALUES.length)
        {
            throw new IllegalArgumentException("no event kind #" + ordinal);
        }
        return VALUES[ordinal];
    }

    /**
     * @param wireName a {@code kind.type} value such as {@code fill}.
     * @return the kind, or null if none has that name.
     */
    public static EventKind fromWireName(final String wireName)
    {
        for (final EventKind kind : VALUES)
        {
            if (kind.wireName.equals(wireName))
            {
                return kind;
            }
        }
        return null;
    }
}
