package dev.spindle.replay.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.spindle.engine.book.Side;
import dev.spindle.replay.ReplayException;
import dev.spindle.replay.l3.EventKind;
import dev.spindle.replay.l3.L3Event;

class EventWritersTest
{
    private static final KryoHeader HEADER = new KryoHeader(KryoFormat.VERSION, "ETHUSDT", 8, 8, 8, 8, 4, "fifo");

    @TempDir
    Path dir;

    @Test
    void shouldWriteTheHftRsEventShapeWithAbsentFieldsOmitted()
    {
        final ByteChannels channel = new ByteChannels();
        try (JsonlEventWriter writer = new JsonlEventWriter(new AsciiOutput(channel, 4096, false), 8))
        {
            writer.onEvent(new L3Event().set(35346513512L, L3Event.NO_TIMESTAMP, Side.BID, 26838000, true,
                (26838000L << 32) | 1, EventKind.SNAPSHOT, 302_920_000L, 0, 0));
            writer.onEvent(new L3Event().set(35346513600L, 1723161254100L, Side.ASK, 26838100, true,
                (26838100L << 32) | 2, EventKind.FILL, 50_000_000L, 300_000_000L, 0));
            writer.onEvent(new L3Event().set(35346513600L, 1723161254100L, Side.ASK, 26838100, false, 0,
                EventKind.UNDERFLOW, 0, 0, 1));
            writer.onEvent(new L3Event().set(35346513601L, 1723161254200L, Side.BID, 26837000, true,
                (26837000L << 32) | 9, EventKind.CANCEL, 125_000_000L, 0, 0));
        }

        assertEquals(
            "{\"sequence\":35346513512,\"side\":\"bid\",\"price_ticks\":26838000,\"order_id\":115268332290048001," +
            "\"kind\":{\"type\":\"snapshot\",\"qty\":3.0292}}\n" +
            "{\"sequence\":35346513600,\"timestamp_ms\":1723161254100,\"side\":\"ask\",\"price_ticks\":26838100," +
            "\"order_id\":115268761786777602,\"kind\":{\"type\":\"fill\",\"qty\":0.5,\"remaining\":3.0}}\n" +
            "{\"sequence\":35346513600,\"timestamp_ms\":1723161254100,\"side\":\"ask\",\"price_ticks\":26838100," +
            "\"kind\":{\"type\":\"underflow\",\"missing_qty\":0.00000001}}\n" +
            "{\"sequence\":35346513601,\"timestamp_ms\":1723161254200,\"side\":\"bid\",\"price_ticks\":26837000," +
            "\"order_id\":115264037322752009,\"kind\":{\"type\":\"cancel\",\"qty\":1.25,\"remaining\":0.0}}\n",
            channel.text());
    }

    @Test
    void shouldUseCachedDigitsOnlyForTheNumberTheyWereMadeFor()
    {
        final ByteChannels channel = new ByteChannels();
        try (JsonlEventWriter writer = new JsonlEventWriter(new AsciiOutput(channel, 4096, false), 8))
        {
            writer.onEvent(new L3Event().set(1, 1, Side.BID, 100, true, (100L << 32) | 1, EventKind.NEW, 1, 0, 0)
                .refs(0, 0));
            writer.onEvent(new L3Event().set(1, 1, Side.BID, 2000, true, (2000L << 32) | 1, EventKind.NEW, 1, 0, 0)
                .refs(0, 0));
        }

        final String[] lines = channel.text().split("\n");
        assertTrue(lines[1].contains("\"price_ticks\":2000,\"order_id\":" + ((2000L << 32) | 1)), lines[1]);
    }

    @Test
    void shouldReadBackKryoEventsLosslessly()
    {
        final List<L3Event> events = randomEvents(50_000);
        final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (KryoEventWriter writer = new KryoEventWriter(bytes, () -> HEADER, true))
        {
            events.forEach(writer::onEvent);
        }

        try (KryoEventReader reader = new KryoEventReader(new ByteArrayInputStream(bytes.toByteArray()), "mem"))
        {
            assertEquals(HEADER, reader.header());
            for (final L3Event expected : events)
            {
                assertEquals(expected, reader.next());
            }
            assertNull(reader.next());
        }
    }

    @Test
    void shouldConvertKryoToTheSameJsonLinesAsWrittenDirectly() throws Exception
    {
        final List<L3Event> events = randomEvents(20_000);
        final ByteChannels direct = new ByteChannels();
        try (JsonlEventWriter writer = new JsonlEventWriter(new AsciiOutput(direct, 4096, false), 8))
        {
            events.forEach(writer::onEvent);
        }
        final Path kryo = dir.resolve("events.kryo");
        try (KryoEventWriter writer = new KryoEventWriter(Files.newOutputStream(kryo), () -> HEADER, true))
        {
            events.forEach(writer::onEvent);
        }
        final ByteChannels converted = new ByteChannels();

        assertEquals(events.size(), KryoToJsonl.convert(kryo, converted, false));
        assertTrue(Arrays.equals(direct.bytes(), converted.bytes()));
    }

    @Test
    void shouldNameTheFileAndEventOfATruncatedKryoFile()
    {
        final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (KryoEventWriter writer = new KryoEventWriter(bytes, () -> HEADER, true))
        {
            randomEvents(10).forEach(writer::onEvent);
        }
        final byte[] torn = Arrays.copyOf(bytes.toByteArray(), bytes.size() - 3);

        final ReplayException ex = assertThrows(ReplayException.class, () ->
        {
            try (KryoEventReader reader = new KryoEventReader(new ByteArrayInputStream(torn), "torn.kryo"))
            {
                while (reader.next() != null)
                {
                    assertTrue(reader.events() <= 10);
                }
            }
        });
        assertTrue(ex.getMessage().startsWith("torn.kryo: event 10 is truncated or corrupt"), ex.getMessage());
    }

    @Test
    void shouldRefuseAFileThatIsNotAKryoEventFile()
    {
        final ReplayException ex = assertThrows(ReplayException.class,
            () -> new KryoEventReader(new ByteArrayInputStream("{\"sequence\":1}\n".getBytes()), "x.jsonl"));

        assertEquals("x.jsonl: not a spindle Kryo event file (no SL3K header)", ex.getMessage());
    }

    @Test
    void shouldWriteTheSameLinesThroughTheWriterThread()
    {
        final List<L3Event> events = randomEvents(30_000);
        final ByteChannels direct = new ByteChannels();
        try (JsonlEventWriter writer = new JsonlEventWriter(new AsciiOutput(direct, 4096, false), 8))
        {
            events.forEach(writer::onEvent);
        }
        final ByteChannels viaThread = new ByteChannels();
        final JsonlEventWriter target = new JsonlEventWriter(new AsciiOutput(viaThread, 4096, false), 8);
        try (AsyncEventSink sink = new AsyncEventSink(target, "test-writer"))
        {
            events.forEach(sink::onEvent);
        }

        assertTrue(Arrays.equals(direct.bytes(), viaThread.bytes()));
    }

    private static List<L3Event> randomEvents(final int count)
    {
        final Random random = new Random(count);
        final List<L3Event> events = new ArrayList<>();
        long sequence = 50_000_000_000L;
        long time = 1_717_000_000_000L;
        for (int i = 0; i < count; i++)
        {
            if (random.nextInt(4) == 0)
            {
                sequence += random.nextInt(40);
                time += random.nextInt(200);
            }
            final EventKind kind = EventKind.of(random.nextInt(EventKind.count()));
            final long ticks = 669_000_000L + random.nextInt(20_000);
            final boolean hasId = kind != EventKind.UNDERFLOW;
            final long orderId = random.nextInt(10) == 0 ? random.nextLong() : (ticks << 32) | (1 + random.nextInt(9));
            events.add(new L3Event().set(sequence, kind == EventKind.SNAPSHOT ? L3Event.NO_TIMESTAMP : time,
                random.nextBoolean() ? Side.BID : Side.ASK, ticks, hasId, orderId, kind,
                random.nextLong() >>> (1 + random.nextInt(63)), random.nextLong() >>> (1 + random.nextInt(63)),
                1 + random.nextInt(1_000_000)).refs(random.nextInt(100), random.nextInt(1000)));
        }
        return events;
    }
}
