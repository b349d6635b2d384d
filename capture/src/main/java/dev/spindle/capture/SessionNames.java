package dev.spindle.capture;

/**
 * Validation of the names that become directories under the capture directory (venue, symbol, session), so that
 * no value can write outside it.
 * <p>
 * A valid name is 1 to 128 characters of {@code A-Z a-z 0-9 . _ - @ + =}, not starting with {@code .}: that
 * rules out {@code ..}, {@code /}, {@code \}, absolute paths, hidden directories, empty names and control
 * characters. Venue symbols outside that alphabet (Hyperliquid {@code PURR/USDC}) must be mapped by the handler,
 * e.g. to {@code PURR-USDC}.
 */
public final class SessionNames
{
    /** Longest accepted name, far below any file-system limit. */
    public static final int MAX_LENGTH = 128;

    private SessionNames()
    {
    }

    /**
     * @param what  what the name is, for the message: a flag such as {@code --capture-session}, or {@code symbol}.
     * @param value the name to check.
     * @return {@code value}, when valid.
     * @throws IllegalArgumentException one line naming {@code what}, the value and the rule.
     */
    public static String validate(final String what, final String value)
    {
        final String problem = problem(value);
        if (null != problem)
        {
            throw new IllegalArgumentException(
                what + ": invalid name " + quote(value) + ": " + problem +
                " (allowed: 1-" + MAX_LENGTH + " characters of A-Z a-z 0-9 . _ - @ + =, not starting with '.')");
        }
        return value;
    }

    private static String problem(final String value)
    {
        if (null == value || value.isEmpty())
        {
            return "empty";
        }
        if (value.length() > MAX_LENGTH)
        {
            return "longer than " + MAX_LENGTH + " characters";
        }
        if ('.' == value.charAt(0))
        {
            return "starts with '.'";
        }
        for (int i = 0; i < value.length(); i++)
        {
            final char c = value.charAt(i);
            if (!isAllowed(c))
            {
                return "character " + describe(c) + " at index " + i;
            }
        }
        return null;
    }

    private static boolean isAllowed(final char c)
    {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
            '.' == c || '_' == c || '-' == c || '@' == c || '+' == c || '=' == c;
    }

    private static String describe(final char c)
    {
        if (c < 0x20 || c == 0x7f || Character.isISOControl(c))
        {
            return String.format("U+%04X (control)", (int)c);
        }
        return "'" + c + "'";
    }

    private static String quote(final String value)
    {
        if (null == value)
        {
            return "null";
        }
        final StringBuilder sb = new StringBuilder(value.length() + 2).append('"');
        for (int i = 0; i < value.length(); i++)
        {
            final char c = value.charAt(i);
            if (Character.isISOControl(c))
            {
                sb.append(String.format("\\u%04x", (int)c));
            }
            else
            {
                sb.append(c);
            }
        }
        return sb.append('"').toString();
    }
}
