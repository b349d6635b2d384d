package dev.spindle.bins;

import java.lang.reflect.Field;
import java.lang.reflect.ParameterizedType;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * A start-up shortcut for a picocli command: fills its {@link Option} fields from a plain command line without
 * building picocli's model, which costs about 0.2 s on a cold JVM (a one-option command as much as a large one)
 * against about 0.05 s to read the annotations. The annotations stay the one definition of the flags, and picocli
 * stays the parser of record: {@link #parse} accepts only a plain subset and answers false for anything else
 * (help, version, unknown or repeated flags, {@code --name=value}, a value starting with '-', a value that does not
 * convert), and the caller then runs picocli, which parses or words the error as usual.
 * <p>
 * The subset: {@code --name value} for {@code String}, {@link Path} and {@code int} fields, {@code --name} for
 * {@code boolean} fields, each at most once; {@code --name v1 v2 ...} for {@code List<Path>} fields with arity
 * {@code 1..*}, taking values up to the next argument that starts with '-'. Options left out get their
 * {@code defaultValue}, converted the same way. A command with positional parameters, mixins, argument groups or an
 * option of another type is never parsed here.
 */
final class FastArgs
{
    /** picocli's marker for "no default value". */
    private static final String NO_DEFAULT = "__no_default_value__";
    private static final Pattern INT = Pattern.compile("-?[0-9]{1,9}");

    private FastArgs()
    {
    }

    /**
     * Set {@code command}'s option fields from {@code args}, as picocli would.
     *
     * @return true if every argument was taken and every field set; false if picocli must parse (the fields may then
     * be partly set: use a fresh command object for picocli).
     */
    static boolean parse(final Object command, final String[] args)
    {
        final Map<String, Field> byName = options(command.getClass());
        if (byName == null || args.length == 0)
        {
            return false;
        }
        try
        {
            final Set<Field> given = new HashSet<>();
            int i = 0;
            while (i < args.length)
            {
                final Field field = byName.get(args[i]);
                if (field == null || !given.add(field))
                {
                    return false;
                }
                i++;
                final Class<?> type = field.getType();
                if (type == boolean.class)
                {
                    field.setBoolean(command, true);
                    continue;
                }
                if (type == List.class)
                {
                    final List<Path> values = new ArrayList<>();
                    while (i < args.length && !args[i].startsWith("-"))
                    {
                        values.add(Path.of(args[i++]));
                    }
                    if (values.isEmpty())
                    {
                        return false;
                    }
                    field.set(command, values);
                    continue;
                }
                if (i == args.length || args[i].startsWith("-") || !set(command, field, args[i++]))
                {
                    return false;
                }
            }
            for (final Field field : new HashSet<>(byName.values()))
            {
                final String defaultValue = field.getAnnotation(Option.class).defaultValue();
                if (!given.contains(field) && !NO_DEFAULT.equals(defaultValue) && !set(command, field, defaultValue))
                {
                    return false;
                }
            }
            return true;
        }
        catch (final IllegalAccessException | RuntimeException ex)
        {
            return false;
        }
    }

    /** @return option name to field, or null if the command has anything outside the subset. */
    private static Map<String, Field> options(final Class<?> type)
    {
        final Map<String, Field> byName = new HashMap<>();
        for (final Field field : type.getDeclaredFields())
        {
            if (field.isAnnotationPresent(Parameters.class) || field.isAnnotationPresent(Mixin.class) ||
                field.isAnnotationPresent(ArgGroup.class))
            {
                return null;
            }
            final Option option = field.getAnnotation(Option.class);
            if (option == null)
            {
                continue;
            }
            if (!supported(field, option))
            {
                return null;
            }
            field.setAccessible(true);
            for (final String name : option.names())
            {
                byName.put(name, field);
            }
        }
        return byName;
    }

    private static boolean supported(final Field field, final Option option)
    {
        final Class<?> type = field.getType();
        if (type == List.class)
        {
            return "1..*".equals(option.arity()) && field.getGenericType() instanceof ParameterizedType &&
                ((ParameterizedType)field.getGenericType()).getActualTypeArguments()[0] == Path.class;
        }
        return option.arity().isEmpty() && option.split().isEmpty() && option.converter().length == 0 &&
            !option.negatable() && !option.interactive() &&
            (type == String.class || type == Path.class || type == int.class || type == boolean.class);
    }

    /** Convert {@code value} for a String, Path or int field; false if it does not convert. */
    private static boolean set(final Object command, final Field field, final String value)
        throws IllegalAccessException
    {
        final Class<?> type = field.getType();
        if (type == String.class)
        {
            field.set(command, value);
        }
        else if (type == Path.class)
        {
            field.set(command, Path.of(value));
        }
        else if (type == int.class && INT.matcher(value).matches())
        {
            field.setInt(command, Integer.parseInt(value));
        }
        else
        {
            return false;
        }
        return true;
    }
}
