package dev.spindle.replay.input;

import java.nio.file.Path;
import java.util.List;

/** Naming a capture made of several files read in order as one recording. */
final class FileList
{
    private FileList()
    {
    }

    /**
     * @param what  what the files are, e.g. {@code hftbacktest capture}.
     * @param files the files, at least one.
     * @return {@code what file}, or {@code what N files first ...}.
     */
    static String describe(final String what, final List<Path> files)
    {
        return what + " " + (files.size() == 1 ? files.get(0).toString() :
            files.size() + " files " + files.get(0) + " ...");
    }
}
