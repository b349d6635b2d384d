package dev.spindle.bins;

import picocli.CommandLine.IVersionProvider;

/** The kit version from the jar manifest ({@code Implementation-Version}), for {@code --version}. */
public final class KitVersion implements IVersionProvider
{
    @Override
    public String[] getVersion()
    {
        final String version = KitVersion.class.getPackage().getImplementationVersion();
        return new String[] {"spindle " + (version == null ? "(development build)" : version)};
    }
}
