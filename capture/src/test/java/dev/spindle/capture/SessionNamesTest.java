package dev.spindle.capture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SessionNamesTest
{
    @ParameterizedTest
    @ValueSource(strings = {
        "", ".", "..", "../x", "x/..", "a/b", "/etc", "/", "\\x", "a\\..\\b", ".hidden", "x\ny", "x\u0000y",
        "tab\tname", "sp ace", "caf\u00e9", "x\u007f"})
    void shouldRejectNamesThatCouldLeaveTheCaptureDir(final String name)
    {
        final IllegalArgumentException ex =
            assertThrows(IllegalArgumentException.class, () -> SessionNames.validate("--capture-session", name));

        assertTrue(ex.getMessage().startsWith("--capture-session: invalid name "), ex.getMessage());
        assertFalse(ex.getMessage().contains("\n"), "one line: " + ex.getMessage());
        assertThrows(IllegalArgumentException.class,
            () -> SessionLayout.sessionDir(Path.of("/tmp/caps"), "binance", name, "s1"));
    }

    @Test
    void shouldRejectNullAndOverlongNames()
    {
        assertThrows(IllegalArgumentException.class, () -> SessionNames.validate("symbol", null));
        assertThrows(IllegalArgumentException.class, () -> SessionNames.validate("symbol", "x".repeat(129)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"ethusdt", "BTCUSDT", "20240808-235414", "PURR-USDC", "@107", "run_1.b", "a+b=c"})
    void shouldAcceptOrdinaryNames(final String name)
    {
        assertEquals(name, SessionNames.validate("symbol", name));
        assertEquals(Path.of("/tmp/caps/binance", name, "s1"),
            SessionLayout.sessionDir(Path.of("/tmp/caps"), "binance", name, "s1"));
    }

    @Test
    void shouldShowControlCharactersEscapedInTheMessage()
    {
        final IllegalArgumentException ex =
            assertThrows(IllegalArgumentException.class, () -> SessionNames.validate("symbol", "a\nb"));
        assertTrue(ex.getMessage().contains("\"a\\u000ab\""), ex.getMessage());
        assertTrue(ex.getMessage().contains("U+000A (control) at index 1"), ex.getMessage());
    }
}
