package dev.spindle.binance.codec;

/**
 * Classifies a raw Binance market-stream text frame and decodes it into the matching reusable message, so one
 * call per frame serves the engine's poll loop:
 * <pre>{@code
 * try
 * {
 *     switch (frames.decode(buf, off, len))
 *     {
 *         case DEPTH -> sync[frames.depthUpdate().symbolIndex()].onDiff(frames.depthUpdate());
 *         case BOOK_TICKER -> ...;
 *         default -> ...;
 *     }
 * }
 * catch (final DecodeException ex)
 * {
 *     decodeErrors++; // log ex.getMessage(); nothing from this frame was applied
 * }
 * }</pre>
 * Both the raw form and the combined-stream wrapper are accepted. The kind comes from the payload's {@code e}
 * (usually its first member, so classifying costs a few bytes of scanning); frames without {@code e} are control
 * replies ({@code result}/{@code code}) or spot book tickers ({@code u,b,B,a,A}). Frames of other kinds (klines,
 * partial depth, ...) are {@link FrameType#UNKNOWN} and are not validated further.
 * <p>
 * Depth, trades and tickers decode without allocation. The decoded messages are owned by this decoder and
 * overwritten by the next call. One instance per thread.
 */
public final class FrameDecoder
{
    private static final byte[] DATA = EnvelopeDecoder.ascii("data");
    private static final byte[] RESULT = EnvelopeDecoder.ascii("result");
    private static final byte[] CODE = EnvelopeDecoder.ascii("code");
    private static final byte[] ERROR = EnvelopeDecoder.ascii("error");
    private static final byte[] DEPTH_UPDATE = EnvelopeDecoder.ascii("depthUpdate");
    private static final byte[] TRADE = EnvelopeDecoder.ascii("trade");
    private static final byte[] AGG_TRADE = EnvelopeDecoder.ascii("aggTrade");
    private static final byte[] BOOK_TICKER = EnvelopeDecoder.ascii("bookTicker");
    private static final byte[] SERVER_SHUTDOWN = EnvelopeDecoder.ascii("serverShutdown");
    private static final byte[] STREAM_PREFIX = EnvelopeDecoder.ascii("{\"stream\":\"");
    private static final byte[] DEPTH_SUFFIX = EnvelopeDecoder.ascii("@depth");
    /** Stream names are short; a frame whose name runs past this is left to the classifying walk. */
    private static final int MAX_STREAM_PREFIX = 96;
    private static final int REPLY_KEY = 1;
    private static final int TICKER_U = 2;
    private static final int TICKER_B = 4;
    private static final int TICKER_BQ = 8;
    private static final int TICKER_A = 16;
    private static final int TICKER_AQ = 32;
    private static final int TICKER_KEYS = TICKER_U | TICKER_B | TICKER_BQ | TICKER_A | TICKER_AQ;

    private final JsonScanner scanner = new JsonScanner("frame");
    private final DepthUpdateDecoder depthDecoder;
    private final TradeDecoder tradeDecoder;
    private final AggTradeDecoder aggTradeDecoder;
    private final BookTickerDecoder bookTickerDecoder;
    private final ReplyDecoder replyDecoder;
    private final ServerShutdownDecoder shutdownDecoder;
    private final DepthUpdate depthUpdate;
    private final Trade trade = new Trade();
    private final AggTrade aggTrade = new AggTrade();
    private final BookTicker bookTicker = new BookTicker();
    private final Reply reply = new Reply();
    private final ServerShutdown serverShutdown = new ServerShutdown();

    /**
     * @param symbols       instruments whose frames may be decoded; register them all before decoding.
     * @param initialLevels levels per side the reusable {@link DepthUpdate} holds before growing.
     */
    public FrameDecoder(final SymbolTable symbols, final int initialLevels)
    {
        depthDecoder = new DepthUpdateDecoder(symbols);
        tradeDecoder = new TradeDecoder(symbols);
        aggTradeDecoder = new AggTradeDecoder(symbols);
        bookTickerDecoder = new BookTickerDecoder(symbols);
        replyDecoder = new ReplyDecoder(symbols);
        shutdownDecoder = new ServerShutdownDecoder(symbols);
        depthUpdate = new DepthUpdate(initialLevels);
    }

    /**
     * Classify a frame and decode it if it is of a known kind.
     *
     * @return the kind; the matching accessor holds the decoded message until the next call.
     * @throws DecodeException if the frame is malformed or names an unregistered symbol.
     */
    public FrameType decode(final byte[] buf, final int off, final int len)
    {
        if (isDiffDepthStream(buf, off, len))
        {
            // The hot case, a combined-stream diff: its stream name says what it is, so it goes to the depth decoder
            // without a classifying walk first. That decoder requires e = depthUpdate itself.
            depthDecoder.decode(buf, off, len, depthUpdate);
            return FrameType.DEPTH;
        }
        final FrameType type = classify(buf, off, len);
        switch (type)
        {
            case DEPTH:
                depthDecoder.decode(buf, off, len, depthUpdate);
                break;
            case TRADE:
                tradeDecoder.decode(buf, off, len, trade);
                break;
            case AGG_TRADE:
                aggTradeDecoder.decode(buf, off, len, aggTrade);
                break;
            case BOOK_TICKER:
                bookTickerDecoder.decode(buf, off, len, bookTicker);
                break;
            case RESULT:
                replyDecoder.decode(buf, off, len, reply);
                break;
            case SERVER_SHUTDOWN:
                shutdownDecoder.decode(buf, off, len, serverShutdown);
                break;
            default:
                break;
        }
        return type;
    }

    /**
     * Classify a frame without decoding it.
     *
     * @throws DecodeException if the frame's outline is malformed.
     */
    public FrameType classify(final byte[] buf, final int off, final int len)
    {
        scanner.wrap(buf, off, len);
        scanner.beginObject();
        return classifyMembers(true);
    }

    /** @return the last decoded {@link FrameType#DEPTH} event. */
    public DepthUpdate depthUpdate()
    {
        return depthUpdate;
    }

    /** @return the last decoded {@link FrameType#TRADE}. */
    public Trade trade()
    {
        return trade;
    }

    /** @return the last decoded {@link FrameType#AGG_TRADE}. */
    public AggTrade aggTrade()
    {
        return aggTrade;
    }

    /** @return the last decoded {@link FrameType#BOOK_TICKER}. */
    public BookTicker bookTicker()
    {
        return bookTicker;
    }

    /** @return the last decoded {@link FrameType#RESULT}. */
    public Reply reply()
    {
        return reply;
    }

    /** @return the last decoded {@link FrameType#SERVER_SHUTDOWN}. */
    public ServerShutdown serverShutdown()
    {
        return serverShutdown;
    }

    /**
     * @return true if the frame starts {@code {"stream":"<symbol>@depth"} followed by the name's end or
     * {@code @<digits>ms}: a diff depth stream (not a partial one such as {@code @depth20}).
     */
    static boolean isDiffDepthStream(final byte[] buf, final int off, final int len)
    {
        final int end = off + Math.min(len, MAX_STREAM_PREFIX);
        if (end - off <= STREAM_PREFIX.length || !AsciiBytes.startsWith(buf, off, end, STREAM_PREFIX))
        {
            return false;
        }
        int at = off + STREAM_PREFIX.length;
        while (at < end && buf[at] != '@' && buf[at] != '"')
        {
            at++;
        }
        if (end - at < DEPTH_SUFFIX.length + 1 || !AsciiBytes.startsWith(buf, at, end, DEPTH_SUFFIX))
        {
            return false;
        }
        at += DEPTH_SUFFIX.length;
        if (buf[at] == '"')
        {
            return true;
        }
        if (buf[at] != '@')
        {
            return false;
        }
        final int digits = ++at;
        while (at < end && buf[at] >= '0' && buf[at] <= '9')
        {
            at++;
        }
        return at > digits && end - at >= 3 && buf[at] == 'm' && buf[at + 1] == 's' && buf[at + 2] == '"';
    }

    private FrameType classifyMembers(final boolean topLevel)
    {
        final JsonScanner s = scanner;
        int keys = 0;
        boolean first = true;
        while (s.nextKey(first))
        {
            first = false;
            if (topLevel && s.keyIs(DATA))
            {
                s.beginObject();
                return classifyMembers(false);
            }
            if (s.keyIs('e'))
            {
                s.readString();
                return eventType();
            }
            keys |= keyFlag();
            s.skipValue();
        }
        if ((keys & REPLY_KEY) != 0)
        {
            return FrameType.RESULT;
        }
        return (keys & TICKER_KEYS) == TICKER_KEYS ? FrameType.BOOK_TICKER : FrameType.UNKNOWN;
    }

    private int keyFlag()
    {
        final JsonScanner s = scanner;
        if (s.keyLength() == 1)
        {
            switch (s.buffer()[s.keyOffset()])
            {
                case 'u':
                    return TICKER_U;
                case 'b':
                    return TICKER_B;
                case 'B':
                    return TICKER_BQ;
                case 'a':
                    return TICKER_A;
                case 'A':
                    return TICKER_AQ;
                default:
                    return 0;
            }
        }
        return s.keyIs(RESULT) || s.keyIs(CODE) || s.keyIs(ERROR) ? REPLY_KEY : 0;
    }

    private FrameType eventType()
    {
        final JsonScanner s = scanner;
        if (s.stringIs(DEPTH_UPDATE))
        {
            return FrameType.DEPTH;
        }
        if (s.stringIs(BOOK_TICKER))
        {
            return FrameType.BOOK_TICKER;
        }
        if (s.stringIs(TRADE))
        {
            return FrameType.TRADE;
        }
        if (s.stringIs(AGG_TRADE))
        {
            return FrameType.AGG_TRADE;
        }
        if (s.stringIs(SERVER_SHUTDOWN))
        {
            return FrameType.SERVER_SHUTDOWN;
        }
        return FrameType.UNKNOWN;
    }
}
