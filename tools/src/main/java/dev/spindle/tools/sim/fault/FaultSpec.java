package dev.spindle.tools.sim.fault;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import dev.spindle.tools.sim.DurationConverter;

/**
 * One fault and when it happens, parsed from the {@code --fault} syntax shared by every simulator:
 * <pre>
 * SPEC  = NAME[@WHEN[*]][:ARG[:ARG]]        several specs: comma-separated, or --fault repeated
 * WHEN  = N          the N-th market frame sent (1 = the first)
 *       | DURATION   this long after the start: 500ms, 3s, 2m
 * *     = and again every WHEN after that
 * </pre>
 * Without {@code @WHEN} the fault happens at once (a frame fault: on the next market frame). Arguments:
 * {@code oversized:BYTES}, {@code stall:DURATION}, {@code close:CODE}, {@code rest:STATUS[:RETRY_AFTER_S]},
 * {@code stale-snapshot:EVENTS}; the others take none. Examples: {@code drop@100}, {@code drop@500*},
 * {@code stall@2s:3s}, {@code close@10s*:1008}, {@code rest@1:429:2}, {@code swap}.
 *
 * @param fault    what happens.
 * @param atFrame  the market frame it happens at (repeat: every so many frames), or 0.
 * @param atNs     nanoseconds after the start it happens at (repeat: period), or -1; both unset means now.
 * @param repeat   true to happen again every {@code atFrame} frames or {@code atNs} nanoseconds.
 * @param argument the first argument: bytes, stall ms, close code, HTTP status or events, by fault.
 * @param extra    the second argument: {@code Retry-After} seconds of {@link Fault#REST}, else 0.
 */
public record FaultSpec(Fault fault, long atFrame, long atNs, boolean repeat, long argument, long extra)
{
    /** Default {@link Fault#OVERSIZED} size: 1 MiB. */
    public static final long DEFAULT_OVERSIZED_BYTES = 1 << 20;
    /** Default {@link Fault#STALL} length. */
    public static final long DEFAULT_STALL_MS = 3_000;
    /** Default {@link Fault#CLOSE} code: going away. */
    public static final int DEFAULT_CLOSE_CODE = 1001;
    /** Default {@link Fault#REST} status. */
    public static final int DEFAULT_REST_STATUS = 503;
    /** Default {@link Fault#STALE_SNAPSHOT} age in depth events. */
    public static final int DEFAULT_STALE_EVENTS = 100;

    /** The {@code --fault} help text every simulator command shows. */
    public static final String FLAG_HELP = "fault to inject, repeatable: NAME[@N|@DURATION[*]][:ARG...], N = the " +
        "N-th market frame, DURATION after the start, * = repeat; e.g. drop@100, drop@500*, stall@2s:3s, " +
        "close@10s*:1008, rest@1:429:2. Names: drop, duplicate, swap, malformed, truncated, oversized[:BYTES], " +
        "stall[:DURATION], disconnect, close[:CODE], shutdown, rest[:STATUS[:RETRY_AFTER_S]], " +
        "stale-snapshot[:EVENTS].";

    private static final long MAX_OVERSIZED_BYTES = 64L << 20;

    /** @return true if the fault has no trigger: it happens at once. */
    public boolean isNow()
    {
        return atFrame == 0 && atNs < 0;
    }

    /**
     * @param fault what happens, at once, with its default arguments.
     * @return the spec.
     */
    public static FaultSpec now(final Fault fault)
    {
        return parse(fault.flagName());
    }

    /**
     * @param text one or more comma-separated specs.
     * @return the specs in order.
     * @throws IllegalArgumentException one line naming the bad spec and why.
     */
    public static List<FaultSpec> parseAll(final String text)
    {
        final List<FaultSpec> specs = new ArrayList<>();
        for (final String one : text.split(",", -1))
        {
            specs.add(parse(one.trim()));
        }
        return specs;
    }

    /**
     * @param texts {@code --fault} values, each one or more comma-separated specs.
     * @return every spec in order.
     * @throws IllegalArgumentException one line naming the bad spec and why.
     */
    public static List<FaultSpec> parseAll(final List<String> texts)
    {
        final List<FaultSpec> specs = new ArrayList<>();
        for (final String text : texts)
        {
            specs.addAll(parseAll(text));
        }
        return specs;
    }

    /**
     * @param text one spec, e.g. {@code stall@2s:3s}.
     * @return the spec.
     * @throws IllegalArgumentException {@code --fault <text>: <why>}.
     */
    public static FaultSpec parse(final String text)
    {
        try
        {
            final String[] parts = text.split(":", -1);
            final String head = parts[0];
            final int at = head.indexOf('@');
            final Fault fault = Fault.byFlagName(at < 0 ? head : head.substring(0, at));
            long atFrame = 0;
            long atNs = -1;
            boolean repeat = false;
            if (at >= 0)
            {
                String when = head.substring(at + 1);
                if (when.endsWith("*"))
                {
                    repeat = true;
                    when = when.substring(0, when.length() - 1);
                }
                if (!when.isEmpty() && when.chars().allMatch(Character::isDigit))
                {
                    atFrame = positive(when, "frame number");
                }
                else
                {
                    final Duration after = DurationConverter.parse(when);
                    atNs = after.toNanos();
                    if (repeat && atNs == 0)
                    {
                        throw new IllegalArgumentException("a repeat period must be positive");
                    }
                }
            }
            return arguments(fault, atFrame, atNs, repeat, parts);
        }
        catch (final IllegalArgumentException | ArithmeticException ex)
        {
            throw new IllegalArgumentException("--fault " + text + ": " + ex.getMessage(), ex);
        }
    }

    private static FaultSpec arguments(
        final Fault fault, final long atFrame, final long atNs, final boolean repeat, final String[] parts)
    {
        final int args = parts.length - 1;
        final int maxArgs = switch (fault)
        {
            case REST -> 2;
            case OVERSIZED, STALL, CLOSE, STALE_SNAPSHOT -> 1;
            default -> 0;
        };
        if (args > maxArgs)
        {
            throw new IllegalArgumentException(fault.flagName() + " takes " +
                (maxArgs == 0 ? "no argument" : "at most " + maxArgs + " argument" + (maxArgs > 1 ? "s" : "")));
        }
        final String first = args >= 1 ? parts[1] : null;
        long argument = 0;
        long extra = 0;
        switch (fault)
        {
            case OVERSIZED:
                argument = first == null ? DEFAULT_OVERSIZED_BYTES : positive(first, "size in bytes");
                if (argument > MAX_OVERSIZED_BYTES)
                {
                    throw new IllegalArgumentException("size " + argument + " exceeds " + MAX_OVERSIZED_BYTES);
                }
                break;
            case STALL:
                argument = first == null ? DEFAULT_STALL_MS : DurationConverter.parse(first).toMillis();
                break;
            case CLOSE:
                argument = first == null ? DEFAULT_CLOSE_CODE : positive(first, "close code");
                if (argument < 1000 || argument > 4999 || argument == 1005 || argument == 1006 || argument == 1015)
                {
                    throw new IllegalArgumentException("close code " + argument + " cannot be sent (use 1000-4999, " +
                        "not 1005, 1006 or 1015)");
                }
                break;
            case REST:
                argument = first == null ? DEFAULT_REST_STATUS : positive(first, "HTTP status");
                if (argument < 400 || argument > 599)
                {
                    throw new IllegalArgumentException("HTTP status " + argument + " is not 4xx or 5xx");
                }
                extra = args >= 2 ? nonNegative(parts[2], "Retry-After seconds") : 1;
                break;
            case STALE_SNAPSHOT:
                argument = first == null ? DEFAULT_STALE_EVENTS : positive(first, "event count");
                break;
            default:
                break;
        }
        return new FaultSpec(fault, atFrame, atNs, repeat, argument, extra);
    }

    private static long positive(final String value, final String what)
    {
        final long n = nonNegative(value, what);
        if (n == 0)
        {
            throw new IllegalArgumentException(what + " '" + value + "' must be positive");
        }
        return n;
    }

    private static long nonNegative(final String value, final String what)
    {
        if (value.isEmpty() || value.length() > 18 || !value.chars().allMatch(Character::isDigit))
        {
            throw new IllegalArgumentException(what + " '" + value + "' is not a whole number");
        }
        return Long.parseLong(value);
    }

    /** @return the spec in {@code --fault} syntax. */
    @Override
    public String toString()
    {
        final StringBuilder out = new StringBuilder(fault.flagName());
        if (!isNow())
        {
            out.append('@').append(atFrame > 0 ? Long.toString(atFrame) : (atNs / 1_000_000L) + "ms");
            if (repeat)
            {
                out.append('*');
            }
        }
        switch (fault)
        {
            case STALL -> out.append(':').append(argument).append("ms");
            case OVERSIZED, CLOSE, STALE_SNAPSHOT -> out.append(':').append(argument);
            case REST -> out.append(':').append(argument).append(':').append(extra);
            default ->
            {
            }
        }
        return out.toString();
    }
}
