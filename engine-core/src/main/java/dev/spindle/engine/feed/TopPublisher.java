package dev.spindle.engine.feed;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;

import dev.spindle.engine.book.BookState;
import dev.spindle.engine.book.Instrument;
import dev.spindle.engine.book.L2Book;
import dev.spindle.engine.book.Side;

/**
 * A seqlock publishing one book's top of book from the engine thread to any reader: the writer makes the
 * sequence odd, stores the fields, makes it even again; a reader retries until it saw the same even sequence before
 * and after reading. Writing costs a few plain stores and two ordered ones; nothing allocates or locks.
 */
public final class TopPublisher
{
    private static final VarHandle SEQUENCE;
    private static final VarHandle FIELD = MethodHandles.arrayElementVarHandle(long[].class);
    private static final BookState[] STATES = BookState.values();
    private static final int STATE = 0;
    private static final int UPDATE_ID = 1;
    private static final int BID = 2;
    private static final int BID_QTY = 3;
    private static final int ASK = 4;
    private static final int ASK_QTY = 5;
    private static final int PRICE_DECIMALS = 6;
    private static final int QTY_DECIMALS = 7;
    private static final int APPLIED = 8;
    private static final int FIELDS = 9;

    static
    {
        try
        {
            SEQUENCE = MethodHandles.lookup().findVarHandle(TopPublisher.class, "sequence", long.class);
        }
        catch (final ReflectiveOperationException ex)
        {
            throw new ExceptionInInitializerError(ex);
        }
    }

    private final String symbol;
    private final int priceScale;
    private final int qtyScale;
    private final long[] fields = new long[FIELDS];
    @SuppressWarnings("unused")
    private long sequence;

    /** @param instrument the book's instrument. */
    public TopPublisher(final Instrument instrument)
    {
        symbol = instrument.symbol();
        priceScale = instrument.priceScale();
        qtyScale = instrument.qtyScale();
        fields[BID] = L2Book.NO_PRICE;
        fields[ASK] = L2Book.NO_PRICE;
        fields[PRICE_DECIMALS] = instrument.priceDecimals();
        fields[QTY_DECIMALS] = instrument.qtyDecimals();
    }

    /**
     * Engine thread only.
     *
     * @param book         the book to publish.
     * @param diffsApplied updates applied to the book so far.
     */
    public void publish(final L2Book book, final long diffsApplied)
    {
        final long seq = (long)SEQUENCE.getOpaque(this);
        SEQUENCE.setOpaque(this, seq + 1);
        VarHandle.storeStoreFence();
        final Instrument instrument = book.instrument();
        FIELD.setOpaque(fields, STATE, (long)book.state().ordinal());
        FIELD.setOpaque(fields, UPDATE_ID, book.lastUpdateId());
        FIELD.setOpaque(fields, BID, book.bestPrice(Side.BID));
        FIELD.setOpaque(fields, BID_QTY, book.bestQty(Side.BID));
        FIELD.setOpaque(fields, ASK, book.bestPrice(Side.ASK));
        FIELD.setOpaque(fields, ASK_QTY, book.bestQty(Side.ASK));
        FIELD.setOpaque(fields, PRICE_DECIMALS, (long)instrument.priceDecimals());
        FIELD.setOpaque(fields, QTY_DECIMALS, (long)instrument.qtyDecimals());
        FIELD.setOpaque(fields, APPLIED, diffsApplied);
        SEQUENCE.setRelease(this, seq + 2);
    }

    /** Any thread: copy the last published values into {@code into}. */
    public void read(final TopOfBook into)
    {
        long before;
        long after;
        do
        {
            before = (long)SEQUENCE.getAcquire(this);
            into.state = STATES[(int)(long)FIELD.getOpaque(fields, STATE)];
            into.lastUpdateId = (long)FIELD.getOpaque(fields, UPDATE_ID);
            into.bidPrice = (long)FIELD.getOpaque(fields, BID);
            into.bidQty = (long)FIELD.getOpaque(fields, BID_QTY);
            into.askPrice = (long)FIELD.getOpaque(fields, ASK);
            into.askQty = (long)FIELD.getOpaque(fields, ASK_QTY);
            into.priceDecimals = (int)(long)FIELD.getOpaque(fields, PRICE_DECIMALS);
            into.qtyDecimals = (int)(long)FIELD.getOpaque(fields, QTY_DECIMALS);
            into.diffsApplied = (long)FIELD.getOpaque(fields, APPLIED);
            VarHandle.loadLoadFence();
            after = (long)SEQUENCE.getOpaque(this);
        }
        while ((before & 1) != 0 || before != after);
        into.symbol = symbol;
        into.priceScale = priceScale;
        into.qtyScale = qtyScale;
    }
}
