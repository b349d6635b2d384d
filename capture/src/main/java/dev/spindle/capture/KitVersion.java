package dev.spindle.capture;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** The kit's version, as built by Maven, for {@code metadata.json}'s {@code kitVersion}. */
public final class KitVersion
{
    private static final String VERSION = load();

    private KitVersion()
    {
    }

    /** @return e.g. {@code 0.1.0}. */
    public static String version()
    {
        return VERSION;
    }

    private static String load()
    {
        try (InputStream in = KitVersion.class.getResourceAsStream("kit-version.properties"))
        {
            if (null == in)
            {
                throw new IllegalStateException("kit-version.properties missing from the capture jar");
            }
            final Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("version");
        }
        catch (final IOException ex)
        {
            throw new UncheckedIOException("cannot read kit-version.properties", ex);
        }
    }
}
