package dev.spindle.capture.writer;

import java.io.FileOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import dev.spindle.capture.SessionLayout;

/**
 * Whole-file writes that readers never see half done: the bytes go to {@code <name>.tmp}, which is then renamed
 * over the target ({@link StandardCopyOption#ATOMIC_MOVE}). Uses stream I/O, which an interrupt cannot close
 * under the capture thread.
 */
final class AtomicFiles
{
    private AtomicFiles()
    {
    }

    /**
     * @param target the file to replace or create.
     * @param data   bytes.
     * @param length number of bytes from 0.
     * @param sync   whether to fsync the data before the rename (for {@code metadata.json}).
     */
    static void write(final Path target, final byte[] data, final int length, final boolean sync) throws IOException
    {
        final Path tmp = target.resolveSibling(target.getFileName() + SessionLayout.TMP);
        try
        {
            try (FileOutputStream out = new FileOutputStream(tmp.toFile()))
            {
                out.write(data, 0, length);
                if (sync)
                {
                    out.getFD().sync();
                }
            }
            Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        }
        catch (final IOException ex)
        {
            try
            {
                Files.deleteIfExists(tmp);
            }
            catch (final IOException suppressed)
            {
                ex.addSuppressed(suppressed);
            }
            throw new IOException("cannot write " + target + ": " + ex.getMessage(), ex);
        }
    }
}
