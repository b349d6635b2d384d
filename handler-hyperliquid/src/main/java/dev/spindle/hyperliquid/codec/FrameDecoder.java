package dev.spindle.hyperliquid.codec;

/**
 * Classifies a raw Hyperliquid WebSocket text frame and decodes it into the matching reusable message, one call
 * per frame on the engine's poll loop:
 * <pre>{@code
 * try
 * {
 *     switch (frames.decode(buf, off, len))
 *     {
 *         case L2_BOOK -> differs[frames.l2Book().coinIndex()].onSnapshot(frames.l2Book(), nowNs);
 *         case TRADES -> dedupe.markDuplicates(frames.trades());
 *         case PONG, CONNECTION_ESTABLISHED, SUBSCRIPTION_RESPONSE -> ...;
 *         case ERROR -> log(frames.error().message());
 *         default -> ...;
 *     }
 * }
 * catch (final DecodeException ex)
 * {
 *     decodeErrors++; // log ex.getMessage(); nothing from this frame may be used
 * }
 * }</pre>
 * Frames are {@code {"channel":..,"data":..}} objects, except the plain-text greeting {@link #GREETING}, which the
 * venue sends right after connecting and which is not JSON. The two members may come in either order. {@code pong}
 * has no {@code data}; every other known channel requires it. Unknown channels are {@link FrameType#UNKNOWN} and
 * their data is not validated.
 * <p>
 * Book and trade frames decode without allocation. The decoded messages are owned by this decoder and
 * overwritten by the next call. One instance per thread.
 */
public final class FrameDecoder
{
    /** The plain-text frame the venue sends right after the WebSocket upgrade. */
    public static final String GREETING = "Websocket connection established.";

    private static final byte[] GREETING_BYTES = Ascii.bytes(GREETING);
    private static final byte[] CHANNEL = Ascii.bytes("channel");
    private static final byte[] DATA = Ascii.bytes("data");
    private static final byte[] L2_BOOK = Ascii.bytes("l2Book");
    private static final byte[] TRADES = Ascii.bytes("trades");
    private static final byte[] SUBSCRIPTION_RESPONSE = Ascii.bytes("subscriptionResponse");
    private static final byte[] PONG = Ascii.bytes("pong");
    private static final byte[] ERROR = Ascii.bytes("error");
    private static final byte[] METHOD = Ascii.bytes("method");
    private static final byte[] SUBSCRIPTION = Ascii.bytes("subscription");
    private static final byte[] SUBSCRIBE = Ascii.bytes("subscribe");
    private static final byte[] UNSUBSCRIBE = Ascii.bytes("unsubscribe");
    private static final byte[] TYPE = Ascii.bytes("type");
    private static final byte[] COIN = Ascii.bytes("coin");
    private static final byte[] N_SIG_FIGS = Ascii.bytes("nSigFigs");
    private static final byte[] MANTISSA = Ascii.bytes("mantissa");

    private final JsonScanner scanner = new JsonScanner("frame");
    private final CoinTable coins;
    private final L2BookDecoder bookDecoder;
    private final TradesDecoder tradesDecoder;
    private final L2Snapshot l2Book;
    private final Trades trades;
    private final SubscriptionResponse subscriptionResponse = new SubscriptionResponse();
    private final ChannelError error = new ChannelError();

    /**
     * @param coins         coins whose frames may be decoded; register them all before decoding.
     * @param initialLevels levels per side the reusable {@link L2Snapshot} holds before growing (20 suffices).
     * @param initialTrades trades the reusable {@link Trades} holds before growing (64 suffices in practice).
     */
    public FrameDecoder(final CoinTable coins, final int initialLevels, final int initialTrades)
    {
        this.coins = coins;
        this.bookDecoder = new L2BookDecoder(coins);
        this.tradesDecoder = new TradesDecoder(coins);
        this.l2Book = new L2Snapshot(initialLevels);
        this.trades = new Trades(initialTrades);
    }

    /**
     * Classify a frame and decode it if it is of a known kind.
     *
     * @return the kind; the matching accessor holds the decoded message until the next call.
     * @throws DecodeException if the frame is malformed or names an unregistered coin.
     */
    public FrameType decode(final byte[] buf, final int off, final int len)
    {
        final JsonScanner s = scanner;
        s.wrap(buf, off, len);
        if (s.peek() != '{')
        {
            if (isGreeting(buf, off, len))
            {
                return FrameType.CONNECTION_ESTABLISHED;
            }
            throw s.error("neither a JSON object nor the greeting");
        }
        s.beginObject();
        FrameType type = null;
        int dataAt = -1;
        boolean decoded = false;
        boolean first = true;
        while (s.nextKey(first))
        {
            first = false;
            if (s.keyIs(CHANNEL))
            {
                s.readString();
                type = channelType();
            }
            else if (s.keyIs(DATA))
            {
                dataAt = s.position();
                if (type == null)
                {
                    s.skipValue();
                }
                else
                {
                    decodeData(type);
                    decoded = true;
                }
            }
            else
            {
                s.skipValue();
            }
        }
        s.endOfInput();
        if (type == null)
        {
            throw s.error("no channel");
        }
        if (dataAt < 0)
        {
            if (type != FrameType.PONG && type != FrameType.UNKNOWN)
            {
                throw s.error("channel " + type + " without data");
            }
        }
        else if (!decoded)
        {
            s.position(dataAt);
            decodeData(type);
        }
        return type;
    }

    /** @return true if {@code buf[off, off+len)} is exactly the plain-text {@link #GREETING}. */
    public static boolean isGreeting(final byte[] buf, final int off, final int len)
    {
        if (len != GREETING_BYTES.length)
        {
            return false;
        }
        for (int i = 0; i < len; i++)
        {
            if (buf[off + i] != GREETING_BYTES[i])
            {
                return false;
            }
        }
        return true;
    }

    /** @return the last decoded {@link FrameType#L2_BOOK}. */
    public L2Snapshot l2Book()
    {
        return l2Book;
    }

    /** @return the last decoded {@link FrameType#TRADES}. */
    public Trades trades()
    {
        return trades;
    }

    /** @return the last decoded {@link FrameType#SUBSCRIPTION_RESPONSE}. */
    public SubscriptionResponse subscriptionResponse()
    {
        return subscriptionResponse;
    }

    /** @return the last decoded {@link FrameType#ERROR}. */
    public ChannelError error()
    {
        return error;
    }

    /** @return the coins this decoder knows. */
    public CoinTable coins()
    {
        return coins;
    }

    private FrameType channelType()
    {
        final JsonScanner s = scanner;
        if (s.stringIs(L2_BOOK))
        {
            return FrameType.L2_BOOK;
        }
        if (s.stringIs(TRADES))
        {
            return FrameType.TRADES;
        }
        if (s.stringIs(PONG))
        {
            return FrameType.PONG;
        }
        if (s.stringIs(SUBSCRIPTION_RESPONSE))
        {
            return FrameType.SUBSCRIPTION_RESPONSE;
        }
        if (s.stringIs(ERROR))
        {
            return FrameType.ERROR;
        }
        return FrameType.UNKNOWN;
    }

    private void decodeData(final FrameType type)
    {
        final JsonScanner s = scanner;
        switch (type)
        {
            case L2_BOOK:
                bookDecoder.decodeObject(s, l2Book);
                break;
            case TRADES:
                tradesDecoder.decodeArray(s, trades);
                break;
            case SUBSCRIPTION_RESPONSE:
                subscription();
                break;
            case ERROR:
                if (s.peek() == '"')
                {
                    s.readString();
                    error.set(s.buffer(), s.stringOffset(), s.stringLength());
                }
                else
                {
                    final int from = s.position();
                    s.skipValue();
                    error.set(s.buffer(), from, s.position() - from);
                }
                break;
            default:
                s.skipValue();
                break;
        }
    }

    private void subscription()
    {
        final JsonScanner s = scanner;
        final SubscriptionResponse out = subscriptionResponse;
        out.clear();
        boolean sawMethod = false;
        boolean sawSubscription = false;
        s.beginObject();
        boolean first = true;
        while (s.nextKey(first))
        {
            first = false;
            if (s.keyIs(METHOD))
            {
                s.readString();
                if (!s.stringIs(SUBSCRIBE) && !s.stringIs(UNSUBSCRIBE))
                {
                    throw s.error("subscriptionResponse method must be subscribe or unsubscribe");
                }
                out.subscribe = s.stringIs(SUBSCRIBE);
                sawMethod = true;
            }
            else if (s.keyIs(SUBSCRIPTION))
            {
                subscriptionObject(out);
                sawSubscription = true;
            }
            else
            {
                s.skipValue();
            }
        }
        if (!sawMethod || !sawSubscription)
        {
            throw s.error("subscriptionResponse missing" + (sawMethod ? "" : " method") +
                (sawSubscription ? "" : " subscription"));
        }
    }

    private void subscriptionObject(final SubscriptionResponse out)
    {
        final JsonScanner s = scanner;
        s.beginObject();
        boolean first = true;
        while (s.nextKey(first))
        {
            first = false;
            if (s.keyIs(TYPE))
            {
                s.readString();
                out.type = s.stringIs(L2_BOOK) ? SubscriptionType.L2_BOOK :
                    s.stringIs(TRADES) ? SubscriptionType.TRADES : SubscriptionType.OTHER;
            }
            else if (s.keyIs(COIN) && s.peek() == '"')
            {
                s.readString();
                out.coinIndex = coins.indexOf(s.buffer(), s.stringOffset(), s.stringLength());
            }
            else if (s.keyIs(N_SIG_FIGS))
            {
                out.nSigFigs = smallIntOrNull();
            }
            else if (s.keyIs(MANTISSA))
            {
                out.mantissa = smallIntOrNull();
            }
            else
            {
                s.skipValue();
            }
        }
    }

    private int smallIntOrNull()
    {
        final JsonScanner s = scanner;
        if (s.nextIsNull())
        {
            return SubscriptionResponse.NOT_SET;
        }
        final long value = s.readLong();
        if (value < 1 || value > Integer.MAX_VALUE)
        {
            throw s.error("bad aggregation value " + value);
        }
        return (int)value;
    }
}
