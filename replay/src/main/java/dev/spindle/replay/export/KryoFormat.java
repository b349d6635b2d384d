package dev.spindle.replay.export;

import java.nio.charset.StandardCharsets;

/**
 * The Kryo event file layout (version {@value #VERSION}), written with Kryo's {@code Output} primitives
 * (variable-length integers, UTF-8 strings) and read back with its {@code Input}; no class registration, no
 * object graph, so it is as fast to write as a binary log and stable across Kryo versions.
 * <pre>
 * header:  magic "SL3K" (4 bytes), varint formatVersion, string symbol, varint priceScale, varint qtyScale,
 *          varint priceDecimals, varint qtyDecimals, varint pricePrecision, string model
 * event*:  byte flags: bits 0-2 kind ordinal (snapshot, new, fill, underflow, cancel), bit 3 side (1 = ask),
 *                      bit 4 has timestamp, bit 5 has order id, bit 6 order id == (price_ticks &lt;&lt; 32) | counter
 *          zigzag varlong  sequence - previous event's sequence
 *          zigzag varlong  timestamp_ms - previous timestamp          (if bit 4)
 *          zigzag varlong  price_ticks - previous event's price_ticks
 *          varint counter (if bit 6) or varlong order_id (if bit 5 without bit 6)
 *          varlong qty (all kinds but underflow), varlong remaining (fill, cancel), varlong missing_qty (underflow)
 * </pre>
 * Quantities are mantissas at the header's {@code qtyScale}. The file ends after the last whole event; "previous"
 * values start at 0.
 */
public final class KryoFormat
{
    /** Version of this layout. */
    public static final int VERSION = 1;

    static final byte[] MAGIC = "SL3K".getBytes(StandardCharsets.US_ASCII);
    static final int KIND_MASK = 0x07;
    static final int ASK = 0x08;
    static final int HAS_TIMESTAMP = 0x10;
    static final int HAS_ORDER_ID = 0x20;
    static final int DERIVED_ORDER_ID = 0x40;
    static final int BUFFER_BYTES = 1 << 20;

    private KryoFormat()
    {
    }

    /** @return true if {@code orderId} is {@code (priceTicks << 32) | counter} with a 32-bit counter. */
    static boolean isDerived(final long orderId, final long priceTicks)
    {
        return (orderId & 0xFFFF_FFFF_0000_0000L) == (priceTicks << 32);
    }
}
