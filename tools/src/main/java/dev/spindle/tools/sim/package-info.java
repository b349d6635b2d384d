/**
 * Venue simulators on loopback ({@code spindle sim <venue>}, {@link dev.spindle.tools.sim.SimCommand}): servers
 * that speak a venue's real market-data protocol, fed by recordings or synthetic markets, with fault injection.
 * They are how the kit's live paths are tested without network access. Each venue lives in a sub-package and
 * is a picocli subcommand of {@link dev.spindle.tools.sim.SimCommand}.
 */
package dev.spindle.tools.sim;
