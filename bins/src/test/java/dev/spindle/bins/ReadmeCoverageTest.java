package dev.spindle.bins;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.spindle.engine.log.EventCode;
import dev.spindle.engine.metrics.Counter;

import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * The README documents every command and every flag (each subcommand at any depth and the long name of each of
 * its visible options), every counter and every log event, so none can ship undocumented.
 */
class ReadmeCoverageTest
{
    @Test
    void shouldDocumentEveryCommandAndFlagInTheReadme() throws IOException
    {
        final String text = readme();
        final List<String> missing = new ArrayList<>();
        collect(new CommandLine(SpindleMain.commands(new String[0])), text, missing);
        assertTrue(missing.isEmpty(), "README.md does not mention: " + missing);
    }

    @Test
    void shouldDocumentEveryCounterAndLogEventInTheReadme() throws IOException
    {
        final String text = readme();
        final List<String> missing = new ArrayList<>();
        for (final Counter counter : Counter.values())
        {
            if (!text.contains("`" + counter.label() + "`"))
            {
                missing.add("counter " + counter.label());
            }
        }
        for (final EventCode code : EventCode.values())
        {
            if (!text.contains("`" + code.label() + "`"))
            {
                missing.add("log event " + code.label());
            }
        }
        assertTrue(missing.isEmpty(), "README.md does not mention: " + missing);
    }

    private static String readme() throws IOException
    {
        final Path readme = Path.of(System.getProperty("maven.multiModuleProjectDirectory", ".."), "README.md");
        return Files.readString(Files.isRegularFile(readme) ? readme : Path.of("../README.md"));
    }

    private static void collect(final CommandLine command, final String readme, final List<String> missing)
    {
        final CommandSpec spec = command.getCommandSpec();
        final String path = spec.qualifiedName(" ");
        if (spec.parent() != null && !readme.contains(path))
        {
            missing.add("command '" + path + "'");
        }
        for (final OptionSpec option : spec.options())
        {
            if (option.hidden() || option.usageHelp() || option.versionHelp())
            {
                continue;
            }
            final String name = option.longestName();
            if (!readme.contains(name))
            {
                missing.add(path + " " + name);
            }
        }
        for (final CommandLine sub : command.getSubcommands().values())
        {
            collect(sub, readme, missing);
        }
    }
}
