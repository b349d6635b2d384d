package dev.spindle.capture;

/**
 * Finds the update ids in a raw frame of a session's sequenced stream, so the capture can record the last id
 * written ({@code lastUpdateId} in {@code metadata.json}) and give DROP ledger entries the id range they cover.
 * <p>
 * Called on the capture thread only, once per frame of {@link #kind()}; must not allocate or keep the buffer.
 */
public interface UpdateIdScanner
{
    /** For sessions with no sequenced stream (ids stay unknown). */
    UpdateIdScanner NONE = new UpdateIdScanner()
    {
        @Override
        public FileKind kind()
        {
            return null;
        }

        @Override
        public long firstId(final byte[] buf, final int offset, final int length)
        {
            return -1;
        }

        @Override
        public long lastId(final byte[] buf, final int offset, final int length)
        {
            return -1;
        }
    };

    /**
     * Binance diff depth, raw payload or combined-stream wrapper: {@code "U"} is the first and {@code "u"} the
     * last update id of the event.
     */
    UpdateIdScanner BINANCE_DEPTH = new UpdateIdScanner()
    {
        @Override
        public FileKind kind()
        {
            return FileKind.DIFFS;
        }

        @Override
        public long firstId(final byte[] buf, final int offset, final int length)
        {
            return JsonLongScan.find(buf, offset, length, (byte)'U');
        }

        @Override
        public long lastId(final byte[] buf, final int offset, final int length)
        {
            return JsonLongScan.find(buf, offset, length, (byte)'u');
        }
    };

    /** @return the stream whose frames carry the ids, or null for none. */
    FileKind kind();

    /**
     * @param buf    frame bytes.
     * @param offset first byte.
     * @param length number of bytes.
     * @return the first update id of the frame, or -1 when absent.
     */
    long firstId(byte[] buf, int offset, int length);

    /**
     * @param buf    frame bytes.
     * @param offset first byte.
     * @param length number of bytes.
     * @return the last update id of the frame, or -1 when absent.
     */
    long lastId(byte[] buf, int offset, int length);
}
