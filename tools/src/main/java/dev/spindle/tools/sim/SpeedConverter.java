package dev.spindle.tools.sim;

import picocli.CommandLine.ITypeConverter;

/**
 * Reads a replay speed: a positive factor ({@code 1}, {@code 10}, {@code 0.5}) or {@code max} (as fast as the
 * sockets take it, {@link Double#POSITIVE_INFINITY}).
 */
public final class SpeedConverter implements ITypeConverter<Double>
{
    @Override
    public Double convert(final String value)
    {
        if ("max".equalsIgnoreCase(value.trim()))
        {
            return Double.POSITIVE_INFINITY;
        }
        final double speed;
        try
        {
            speed = Double.parseDouble(value.trim());
        }
        catch (final NumberFormatException ex)
        {
            throw new IllegalArgumentException("'" + value + "' is not a speed (a positive number or 'max')", ex);
        }
        if (!(speed > 0) || Double.isInfinite(speed))
        {
            throw new IllegalArgumentException("'" + value + "' is not a speed (a positive number or 'max')");
        }
        return speed;
    }
}
