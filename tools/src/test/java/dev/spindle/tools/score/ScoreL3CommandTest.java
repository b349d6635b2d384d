package dev.spindle.tools.score;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.alibaba.fastjson2.JSON;
import com.alibaba.fastjson2.JSONObject;

import dev.spindle.engine.testing.TestData;
import picocli.CommandLine;

class ScoreL3CommandTest
{
    private static final String MESSAGES = "l3-lobster/AAPL_2012-06-21_34200000_57600000_message_10.csv";
    private static final String ORDERBOOK = "l3-lobster/AAPL_2012-06-21_34200000_57600000_orderbook_10.csv";

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @TempDir
    Path dir;

    private int run(final String... args)
    {
        final CommandLine commandLine = new CommandLine(new ScoreL3Command());
        commandLine.setOut(new PrintWriter(out));
        commandLine.setErr(new PrintWriter(err));
        return commandLine.execute(args);
    }

    @Test
    void shouldPrintOneJsonObjectPerModelAndGranularity()
    {
        final int exit = run("--messages", TestData.require(MESSAGES).toString(), "--orderbook",
            TestData.require(ORDERBOOK).toString(), "--bucket-ms", "0,100", "--model", "fifo,front", "--json");

        assertEquals(0, exit, err.toString());
        final String[] lines = out.toString().trim().split("\n");
        assertEquals(4, lines.length);
        final JSONObject fifo = JSON.parseObject(lines[0]);
        assertEquals("fifo", fifo.getString("model"));
        assertEquals(0, fifo.getLongValue("bucket_ms"));
        assertEquals(0.0, fifo.getDoubleValue("cancel_recall"));
        assertTrue(fifo.containsKey("cancel_precision") && fifo.get("cancel_precision") == null, lines[0]);
        final JSONObject front = JSON.parseObject(lines[3]);
        assertEquals("front", front.getString("model"));
        assertEquals(100, front.getLongValue("bucket_ms"));
        assertNotNull(front.getDouble("queue_mae_shares"));
        assertTrue(front.getDoubleValue("cancel_recall") > 0.5, lines[3]);
    }

    @Test
    void shouldPrintATable()
    {
        final int exit = run("--messages", TestData.require(MESSAGES).toString(), "--orderbook",
            TestData.require(ORDERBOOK).toString());

        assertEquals(0, exit, err.toString());
        assertTrue(out.toString().contains("| fifo | message | "), out.toString());
        assertTrue(out.toString().contains("| front | message | "), out.toString());
    }

    @Test
    void shouldRefuseAnUnknownModel()
    {
        final int exit = run("--messages", "m.csv", "--orderbook", "b.csv", "--model", "lifo");

        assertEquals(2, exit);
        assertTrue(err.toString().contains("--model lifo"), err.toString());
    }

    @Test
    void shouldNameTheFileLineAndValueOfABadRow() throws IOException
    {
        final Path messages = Files.writeString(dir.resolve("m.csv"), "34200.1,1,7,10,100000,1\n34200.2,1,8,x,1,1\n");
        final Path book = Files.writeString(dir.resolve("b.csv"), "9999999999,0,100000,10\n9999999999,0,100000,20\n");

        final int exit = run("--messages", messages.toString(), "--orderbook", book.toString());

        assertEquals(ScoreL3Command.EXIT_UNREADABLE, exit);
        assertEquals("score-l3: " + messages + ":2: column 4: bad number 'x'", err.toString().trim());
    }

    @Test
    void shouldNameAZipWithoutLobsterEntries() throws IOException
    {
        final Path zip = dir.resolve("empty.zip");
        try (ZipOutputStream z = new ZipOutputStream(Files.newOutputStream(zip)))
        {
            z.putNextEntry(new ZipEntry("readme.txt"));
            z.closeEntry();
        }

        final int exit = run("--zip", zip.toString());

        assertEquals(ScoreL3Command.EXIT_UNREADABLE, exit);
        assertTrue(err.toString().contains(zip + ": no *_message_*.csv"), err.toString());
    }
}
