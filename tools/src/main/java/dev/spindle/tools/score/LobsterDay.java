package dev.spindle.tools.score;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Enumeration;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * One LOBSTER message file and its orderbook file, held in memory as primitive columns. Message {@code k} (0-based
 * row) is {@code time,type,order_id,size,price,direction}; book row {@code k} is the visible book after message
 * {@code k}: per level {@code ask price, ask size, bid price, bid size}, best first, empty levels as a dummy price
 * with size 0. Prices are dollars × 10^4 (a price scale of 4), sizes are shares.
 */
final class LobsterDay
{
    /** Message type: a new limit order. */
    static final int NEW = 1;
    /** Message type: a partial cancel ({@code size} = cancelled shares). */
    static final int CANCEL = 2;
    /** Message type: a delete ({@code size} = shares removed). */
    static final int DELETE = 3;
    /** Message type: an execution of a visible order. */
    static final int EXECUTE = 4;
    /** Message type: an execution of a hidden order (no visible change). */
    static final int HIDDEN_EXECUTE = 5;
    /** Price scale of LOBSTER prices. */
    static final int PRICE_SCALE = 4;

    private final String name;
    private final int levels;
    private int count;
    private long[] timeNs;
    private byte[] type;
    private long[] orderId;
    private long[] size;
    private long[] price;
    private byte[] direction;
    private long[] book;

    private LobsterDay(final String name, final int levels, final int capacity)
    {
        this.name = name;
        this.levels = levels;
        timeNs = new long[capacity];
        type = new byte[capacity];
        orderId = new long[capacity];
        size = new long[capacity];
        price = new long[capacity];
        direction = new byte[capacity];
        book = new long[capacity * levels * 4];
    }

    /**
     * Read a message file and its orderbook file.
     *
     * @throws IOException on a read error or a malformed row (the message names file, line and value).
     */
    static LobsterDay read(final Path messages, final Path orderbook) throws IOException
    {
        return read(messages, orderbook, Integer.MAX_VALUE);
    }

    /**
     * Read the first {@code maxRows} rows of a message file and its orderbook file.
     *
     * @throws IOException on a read error or a malformed row.
     */
    static LobsterDay read(final Path messages, final Path orderbook, final int maxRows) throws IOException
    {
        try (InputStream m = Files.newInputStream(messages); InputStream b = Files.newInputStream(orderbook))
        {
            return read(messages.toString(), m, orderbook.toString(), b, messages.getFileName().toString(), maxRows);
        }
    }

    /**
     * Read the message and orderbook entries of a LOBSTER sample zip in place ({@code *_message_N.csv},
     * {@code *_orderbook_N.csv}).
     *
     * @throws IOException on a read error, a missing entry or a malformed row.
     */
    static LobsterDay readZip(final Path zip) throws IOException
    {
        try (ZipFile file = new ZipFile(zip.toFile()))
        {
            ZipEntry messages = null;
            ZipEntry orderbook = null;
            final Enumeration<? extends ZipEntry> entries = file.entries();
            while (entries.hasMoreElements())
            {
                final ZipEntry entry = entries.nextElement();
                if (entry.getName().contains("_message_") && entry.getName().endsWith(".csv"))
                {
                    messages = entry;
                }
                else if (entry.getName().contains("_orderbook_") && entry.getName().endsWith(".csv"))
                {
                    orderbook = entry;
                }
            }
            if (messages == null || orderbook == null)
            {
                throw new IOException(zip + ": no *_message_*.csv and *_orderbook_*.csv entries");
            }
            try (InputStream m = file.getInputStream(messages); InputStream b = file.getInputStream(orderbook))
            {
                return read(zip + "!" + messages.getName(), m, zip + "!" + orderbook.getName(), b, messages.getName(),
                    Integer.MAX_VALUE);
            }
        }
    }

    private static LobsterDay read(
        final String messagesName, final InputStream messages, final String bookName, final InputStream orderbook,
        final String fileName, final int maxRows) throws IOException
    {
        final BufferedReader m = new BufferedReader(new InputStreamReader(messages, StandardCharsets.US_ASCII), 1 << 16);
        final BufferedReader b = new BufferedReader(new InputStreamReader(orderbook, StandardCharsets.US_ASCII), 1 << 16);
        LobsterDay day = null;
        long[] row = new long[0];
        int line = 0;
        String messageLine;
        while (line < maxRows && (messageLine = m.readLine()) != null)
        {
            line++;
            final String bookLine = b.readLine();
            if (bookLine == null)
            {
                throw new IOException(bookName + ": ends at line " + (line - 1) + " but " + messagesName +
                    " goes on");
            }
            if (day == null)
            {
                final int fields = Csv.count(bookLine);
                if (fields == 0 || fields % 4 != 0)
                {
                    throw new IOException(bookName + ":1: " + fields + " columns, expected 4 per level");
                }
                day = new LobsterDay(fileName, fields / 4, 1 << 16);
                row = new long[fields];
            }
            day.add(messagesName, line, messageLine, bookName, bookLine, row);
        }
        if (day == null)
        {
            throw new IOException(messagesName + ": empty");
        }
        if (line < maxRows && b.readLine() != null)
        {
            throw new IOException(bookName + ": more rows than the " + line + " of " + messagesName);
        }
        return day;
    }

    private void add(
        final String messagesName, final int line, final String messageLine, final String bookName,
        final String bookLine, final long[] row) throws IOException
    {
        if (count == timeNs.length)
        {
            grow();
        }
        final Csv csv = new Csv(messagesName, line, messageLine);
        timeNs[count] = csv.nextSecondsAsNs();
        type[count] = (byte)csv.nextLong();
        orderId[count] = csv.nextLong();
        size[count] = csv.nextLong();
        price[count] = csv.nextLong();
        direction[count] = (byte)csv.nextLong();
        csv.end();
        final Csv bookCsv = new Csv(bookName, line, bookLine);
        for (int i = 0; i < row.length; i++)
        {
            row[i] = bookCsv.nextLong();
        }
        bookCsv.end();
        System.arraycopy(row, 0, book, count * row.length, row.length);
        count++;
    }

    private void grow()
    {
        final int capacity = timeNs.length * 2;
        timeNs = Arrays.copyOf(timeNs, capacity);
        type = Arrays.copyOf(type, capacity);
        orderId = Arrays.copyOf(orderId, capacity);
        size = Arrays.copyOf(size, capacity);
        price = Arrays.copyOf(price, capacity);
        direction = Arrays.copyOf(direction, capacity);
        book = Arrays.copyOf(book, capacity * levels * 4);
    }

    /** @return the message file's name. */
    String name()
    {
        return name;
    }

    /** @return levels per side in the book rows. */
    int levels()
    {
        return levels;
    }

    /** @return messages (= book rows). */
    int count()
    {
        return count;
    }

    /** @return time of message {@code k}, ns after midnight. */
    long timeNs(final int k)
    {
        return timeNs[k];
    }

    /** @return type of message {@code k}. */
    int type(final int k)
    {
        return type[k];
    }

    /** @return order id of message {@code k}. */
    long orderId(final int k)
    {
        return orderId[k];
    }

    /** @return shares of message {@code k}. */
    long size(final int k)
    {
        return size[k];
    }

    /** @return price of message {@code k}. */
    long price(final int k)
    {
        return price[k];
    }

    /** @return true if message {@code k} concerns a resting buy order. */
    boolean isBid(final int k)
    {
        return direction[k] == 1;
    }

    /** @return price of level {@code i} (0 = best) of book row {@code k}, a dummy when {@link #qty} is 0. */
    long levelPrice(final int k, final boolean bid, final int i)
    {
        return book[(k * levels + i) * 4 + (bid ? 2 : 0)];
    }

    /** @return size of level {@code i} (0 = best) of book row {@code k}; 0 for an empty level. */
    long qty(final int k, final boolean bid, final int i)
    {
        return book[(k * levels + i) * 4 + (bid ? 3 : 1)];
    }

    /** @return the size at {@code price} on one side of book row {@code k}; 0 if not shown. */
    long qtyAt(final int k, final boolean bid, final long price)
    {
        for (int i = 0; i < levels; i++)
        {
            if (qty(k, bid, i) > 0 && levelPrice(k, bid, i) == price)
            {
                return qty(k, bid, i);
            }
        }
        return 0;
    }

    /**
     * @return true if book row {@code k} proves {@code price} empty on that side: no level there, and the price
     * lies inside the shown window (the side shows fewer levels than the window holds, or the price is better than
     * its worst shown level).
     */
    boolean provesEmpty(final int k, final boolean bid, final long price)
    {
        if (qtyAt(k, bid, price) > 0)
        {
            return false;
        }
        if (qty(k, bid, levels - 1) == 0)
        {
            return true;
        }
        final long worst = levelPrice(k, bid, levels - 1);
        return bid ? price > worst : price < worst;
    }
}
