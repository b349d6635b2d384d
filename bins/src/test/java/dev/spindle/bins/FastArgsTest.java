package dev.spindle.bins;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

import dev.spindle.replay.cli.ReplayCommand;
import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Option;

class FastArgsTest
{
    /** Between them, every replay flag; each vector is plain enough for the shortcut. */
    private static final String[][] PLAIN = {
        {"--snapshot", "s.json", "--diffs", "d.jsonl"},
        {"--session", "captures/binance/BTCUSDT/s1", "--model", "fifo", "--out", "ev.kryo", "--out-format", "kryo",
            "--final-book", "book.json", "--tob-out", "tob.jsonl", "--verify", "--validate-sequence",
            "--skip-bad-lines", "--speed", "10", "--quiet", "--price-precision", "6", "--symbol", "ETHUSDT",
            "--format", "session"},
        {"--input", "a.gz", "b.gz", "c.gz", "--no-events", "--symbol", "BTCUSDT"},
        {"--quiet", "--input", "only.gz"},
        {"--diffs", "", "--snapshot", "with space.json", "--speed", "real"},
    };

    @Test
    void shouldSetTheSameFieldsAsPicocli() throws IllegalAccessException
    {
        for (final String[] args : PLAIN)
        {
            final ReplayCommand fast = new ReplayCommand();
            final ReplayCommand picocli = new ReplayCommand();
            new CommandLine(picocli).parseArgs(args);

            assertTrue(FastArgs.parse(fast, args), String.join(" ", args));
            for (final Field field : ReplayCommand.class.getDeclaredFields())
            {
                if (field.isAnnotationPresent(Option.class))
                {
                    field.setAccessible(true);
                    assertEquals(field.get(picocli), field.get(fast),
                        field.getName() + " of " + String.join(" ", args));
                }
            }
        }
    }

    @Test
    void shouldBeCheckedAgainstEveryReplayFlag()
    {
        // A new flag must join PLAIN, so the test above checks the shortcut reads it as picocli does.
        final Set<String> flags = new TreeSet<>();
        for (final OptionSpec option : new CommandLine(new ReplayCommand()).getCommandSpec().options())
        {
            flags.add(option.longestName());
        }
        flags.removeAll(List.of("--help", "--version"));
        final Set<String> covered = new HashSet<>();
        for (final String[] args : PLAIN)
        {
            Arrays.stream(args).filter(arg -> arg.startsWith("--")).forEach(covered::add);
        }
        assertEquals(flags, new TreeSet<>(covered));
    }

    @Test
    void shouldLeaveAnythingElseToPicocli()
    {
        for (final String[] args : new String[][] {
            {},
            {"--help"},
            {"-h"},
            {"--version"},
            {"convert", "events.kryo", "--to", "jsonl"},
            {"--snapshot=s.json", "--diffs", "d.jsonl"},
            {"--snapshot", "a.json", "--snapshot", "b.json"},
            {"--verify", "--verify"},
            {"--no-such-flag"},
            {"--out"},
            {"--out", "--verify"},
            {"--out", "-"},
            {"--input"},
            {"--input", "--quiet"},
            {"--price-precision", "six"},
            {"--price-precision", "99999999999"},
            {"--diffs", "d.jsonl", "stray"},
        })
        {
            assertFalse(FastArgs.parse(new ReplayCommand(), args), String.join(" ", args));
        }
    }
}
