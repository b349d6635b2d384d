package dev.spindle.tools.sim;

import picocli.CommandLine.Option;

/**
 * The bind flags every {@code sim <venue>} command takes ({@code --host}, {@code --ws-port}, {@code --rest-port});
 * mixed into each venue command with {@code @Mixin}.
 */
public final class ListenOptions
{
    @Option(names = "--host", defaultValue = "127.0.0.1", description = "bind host (default: ${DEFAULT-VALUE}).")
    private String host;

    @Option(names = "--ws-port", defaultValue = "0", description = "WebSocket port, 0 = any free (default).")
    private int wsPort;

    @Option(names = "--rest-port", defaultValue = "0", description = "REST port, 0 = any free (default).")
    private int restPort;

    /**
     * @param builder the venue's config builder, given the host and both ports.
     * @param <B>     the venue's builder type.
     * @return the builder.
     */
    public <B extends SimConfig.Builder<B>> B applyTo(final B builder)
    {
        return builder.host(host).wsPort(wsPort).restPort(restPort);
    }
}
