package dev.spindle.binance.codec;

import com.alibaba.fastjson2.JSONException;
import com.alibaba.fastjson2.JSONFactory;
import com.alibaba.fastjson2.JSONReader;
import com.alibaba.fastjson2.reader.ValueConsumer;
import com.alibaba.fastjson2.util.Fnv;

import dev.spindle.engine.book.Decimal;
import dev.spindle.engine.book.PriceLevels;

/**
 * The same decoding as {@link DepthUpdateDecoder}, written on fastjson2's streaming {@link JSONReader}: field
 * names by hash, integers with {@code readInt64Value()}, and decimals and symbols read in place through a
 * {@link ValueConsumer} that receives the raw bytes (no String per value).
 * <p>
 * Kept as the measured alternative of {@code DepthDecodeBenchmark}: {@code JSONReader.of(byte[], int, int, ctx)}
 * creates a new reader object per frame (the context can be reused, the reader cannot), so it allocates on every
 * call and is slower than the hand-written scanner, which is the hot path. Unlike the scanner it cannot revisit
 * input, so the symbol ({@code s} or the stream name) must precede the level arrays, as Binance sends them; and
 * it is as lenient as fastjson2 (a missing comma, or a fractional id read as an integer, pass unnoticed).
 * One instance per thread.
 */
public final class JsonReaderDepthDecoder
{
    private static final long STREAM = Fnv.hashCode64("stream");
    private static final long DATA = Fnv.hashCode64("data");
    private static final long EVENT = Fnv.hashCode64("e");
    private static final long EVENT_TIME = Fnv.hashCode64("E");
    private static final long TRANSACTION_TIME = Fnv.hashCode64("T");
    private static final long SYMBOL = Fnv.hashCode64("s");
    private static final long FIRST_ID = Fnv.hashCode64("U");
    private static final long FINAL_ID = Fnv.hashCode64("u");
    private static final long PREVIOUS_ID = Fnv.hashCode64("pu");
    private static final long BIDS = Fnv.hashCode64("b");
    private static final long ASKS = Fnv.hashCode64("a");
    private static final long DEPTH_UPDATE = Fnv.hashCode64("depthUpdate");
    private static final int SEEN_EVENT = 1;
    private static final int SEEN_FIRST = 2;
    private static final int SEEN_FINAL = 4;
    private static final int SEEN_BIDS = 8;
    private static final int SEEN_ASKS = 16;
    private static final int REQUIRED = SEEN_EVENT | SEEN_FIRST | SEEN_FINAL | SEEN_BIDS | SEEN_ASKS;

    private final SymbolTable symbols;
    private final JSONReader.Context context = JSONFactory.createReadContext();
    private final DecimalSink price = new DecimalSink("price");
    private final DecimalSink qty = new DecimalSink("quantity");
    private final SymbolSink symbol = new SymbolSink();
    private int seen;

    /** @param symbols instruments whose depth frames may be decoded. */
    public JsonReaderDepthDecoder(final SymbolTable symbols)
    {
        this.symbols = symbols;
    }

    /**
     * @throws DecodeException if the frame is not a well-formed depthUpdate of a registered symbol.
     * @see DepthUpdateDecoder#decode(byte[], int, int, DepthUpdate)
     */
    public void decode(final byte[] buf, final int off, final int len, final DepthUpdate out)
    {
        out.clear();
        seen = 0;
        symbol.index = SymbolTable.NOT_FOUND;
        try (JSONReader reader = JSONReader.of(buf, off, len, context))
        {
            object(reader, out, true);
            if (!reader.isEnd())
            {
                throw error("unexpected content after the message");
            }
        }
        catch (final JSONException | NumberFormatException ex)
        {
            throw error(ex.getMessage());
        }
        if ((seen & REQUIRED) != REQUIRED)
        {
            throw error("missing e, U, u, b or a");
        }
        if (out.U() > out.u())
        {
            throw error("U " + out.U() + " > u " + out.u());
        }
        out.symbolIndex(symbol.index);
    }

    private void object(final JSONReader reader, final DepthUpdate out, final boolean topLevel)
    {
        if (!reader.nextIfObjectStart())
        {
            throw error("expected '{'");
        }
        while (!reader.nextIfObjectEnd())
        {
            if (reader.isEnd())
            {
                throw error("truncated message");
            }
            final long key = reader.readFieldNameHashCode();
            if (topLevel && key == STREAM)
            {
                symbol.stream = true;
                reader.readString(symbol, false);
            }
            else if (topLevel && key == DATA)
            {
                object(reader, out, false);
            }
            else if (key == EVENT)
            {
                if (reader.readValueHashCode() != DEPTH_UPDATE)
                {
                    throw error("not a depthUpdate event");
                }
                seen |= SEEN_EVENT;
            }
            else if (key == EVENT_TIME)
            {
                out.E(reader.readInt64Value());
            }
            else if (key == TRANSACTION_TIME)
            {
                out.T(reader.readInt64Value());
            }
            else if (key == SYMBOL)
            {
                symbol.stream = false;
                reader.readString(symbol, false);
            }
            else if (key == FIRST_ID)
            {
                out.U(reader.readInt64Value());
                seen |= SEEN_FIRST;
            }
            else if (key == FINAL_ID)
            {
                out.u(reader.readInt64Value());
                seen |= SEEN_FINAL;
            }
            else if (key == PREVIOUS_ID)
            {
                out.pu(reader.readInt64Value());
            }
            else if (key == BIDS)
            {
                levels(reader, out.b());
                seen |= SEEN_BIDS;
            }
            else if (key == ASKS)
            {
                levels(reader, out.a());
                seen |= SEEN_ASKS;
            }
            else
            {
                reader.skipValue();
            }
        }
    }

    private void levels(final JSONReader reader, final PriceLevels into)
    {
        if (symbol.index == SymbolTable.NOT_FOUND)
        {
            throw error("levels before the symbol");
        }
        price.scale = symbols.instrument(symbol.index).priceScale();
        qty.scale = symbols.instrument(symbol.index).qtyScale();
        if (!reader.nextIfArrayStart())
        {
            throw error("expected '['");
        }
        while (!reader.nextIfArrayEnd())
        {
            if (!reader.nextIfArrayStart())
            {
                throw error("expected a [price, quantity] level");
            }
            reader.readString(price, false);
            reader.readString(qty, false);
            if (!reader.nextIfArrayEnd())
            {
                throw error("expected ']' after a level");
            }
            if (price.value < 0 || qty.value < 0)
            {
                throw error("negative price or quantity");
            }
            into.add(price.value, qty.value);
        }
    }

    private static DecodeException error(final String problem)
    {
        return new DecodeException("depthUpdate (JSONReader): " + problem);
    }

    /** Parses a quoted decimal straight from the reader's bytes. */
    private static final class DecimalSink implements ValueConsumer
    {
        private final String field;
        int scale;
        long value;

        DecimalSink(final String field)
        {
            this.field = field;
        }

        @Override
        public void accept(final byte[] bytes, final int off, final int len)
        {
            try
            {
                value = Decimal.parse(bytes, off, len, scale);
            }
            catch (final NumberFormatException ex)
            {
                throw error("bad " + field + ": " + ex.getMessage());
            }
        }

        @Override
        public void accept(final String text)
        {
            try
            {
                value = Decimal.parse(text, scale);
            }
            catch (final NumberFormatException ex)
            {
                throw error("bad " + field + ": " + ex.getMessage());
            }
        }
    }

    /** Resolves the stream name's or {@code s}'s symbol from the reader's bytes. */
    private final class SymbolSink implements ValueConsumer
    {
        boolean stream;
        int index = SymbolTable.NOT_FOUND;

        @Override
        public void accept(final byte[] bytes, final int off, final int len)
        {
            int symbolLength = len;
            if (stream)
            {
                symbolLength = 0;
                while (symbolLength < len && bytes[off + symbolLength] != '@')
                {
                    symbolLength++;
                }
                if (symbolLength == len)
                {
                    return;
                }
            }
            if (index != SymbolTable.NOT_FOUND)
            {
                if (!symbols.matches(index, bytes, off, symbolLength))
                {
                    throw error("s does not match the stream's symbol " + symbols.instrument(index).symbol());
                }
                return;
            }
            index = symbols.indexOf(bytes, off, symbolLength);
            if (index == SymbolTable.NOT_FOUND)
            {
                throw error("unregistered symbol '" + new String(bytes, off, symbolLength,
                    java.nio.charset.StandardCharsets.UTF_8) + "'");
            }
        }

        @Override
        public void accept(final String text)
        {
            final byte[] bytes = text.getBytes(java.nio.charset.StandardCharsets.UTF_8);
            accept(bytes, 0, bytes.length);
        }
    }
}
