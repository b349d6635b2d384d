package dev.spindle.tools.score;

import java.io.IOException;

/**
 * Reads the comma-separated integer fields of one LOBSTER line, naming file, line and column in every error.
 */
final class Csv
{
    private final String file;
    private final int line;
    private final String text;
    private int pos;
    private int column;

    Csv(final String file, final int line, final String text)
    {
        this.file = file;
        this.line = line;
        this.text = text;
    }

    /** @return the number of fields of {@code text}. */
    static int count(final String text)
    {
        if (text.isEmpty())
        {
            return 0;
        }
        int fields = 1;
        for (int i = 0; i < text.length(); i++)
        {
            if (text.charAt(i) == ',')
            {
                fields++;
            }
        }
        return fields;
    }

    /** @return the next field as a signed integer. */
    long nextLong() throws IOException
    {
        final int start = begin();
        int i = pos;
        boolean negative = false;
        if (i < text.length() && text.charAt(i) == '-')
        {
            negative = true;
            i++;
        }
        long value = 0;
        int digits = 0;
        while (i < text.length() && text.charAt(i) != ',')
        {
            final char c = text.charAt(i);
            if (c < '0' || c > '9' || digits == 18)
            {
                throw bad(start);
            }
            value = value * 10 + (c - '0');
            digits++;
            i++;
        }
        if (digits == 0)
        {
            throw bad(start);
        }
        pos = i;
        return negative ? -value : value;
    }

    /** @return the next field, decimal seconds with up to 9 decimals, as nanoseconds. */
    long nextSecondsAsNs() throws IOException
    {
        final int start = begin();
        int i = pos;
        long seconds = 0;
        long nanos = 0;
        int intDigits = 0;
        int fracDigits = -1;
        while (i < text.length() && text.charAt(i) != ',')
        {
            final char c = text.charAt(i);
            if (c == '.' && fracDigits < 0)
            {
                fracDigits = 0;
            }
            else if (c >= '0' && c <= '9' && fracDigits < 0 && intDigits < 9)
            {
                seconds = seconds * 10 + (c - '0');
                intDigits++;
            }
            else if (c >= '0' && c <= '9' && fracDigits >= 0 && fracDigits < 9)
            {
                nanos = nanos * 10 + (c - '0');
                fracDigits++;
            }
            else
            {
                throw bad(start);
            }
            i++;
        }
        if (intDigits == 0)
        {
            throw bad(start);
        }
        for (int d = Math.max(fracDigits, 0); d < 9; d++)
        {
            nanos *= 10;
        }
        pos = i;
        return seconds * 1_000_000_000L + nanos;
    }

    /** Check that no field is left. */
    void end() throws IOException
    {
        if (pos != text.length())
        {
            throw new IOException(file + ":" + line + ": more than " + column + " columns");
        }
    }

    private int begin() throws IOException
    {
        if (column > 0)
        {
            if (pos >= text.length() || text.charAt(pos) != ',')
            {
                throw new IOException(file + ":" + line + ": " + column + " columns, expected more");
            }
            pos++;
        }
        column++;
        return pos;
    }

    private IOException bad(final int start)
    {
        int end = text.indexOf(',', start);
        if (end < 0)
        {
            end = text.length();
        }
        return new IOException(file + ":" + line + ": column " + column + ": bad number '" +
            text.substring(start, end) + "'");
    }
}
