/**
 * The fault model shared by every venue simulator: {@link dev.spindle.tools.sim.fault.Fault} (what),
 * {@link dev.spindle.tools.sim.fault.FaultSpec} (when, parsed from {@code --fault}),
 * {@link dev.spindle.tools.sim.fault.FaultInjector} (scheduling on the sender thread) and
 * {@link dev.spindle.tools.sim.fault.FaultTarget} (what a venue does for connection and REST faults).
 */
package dev.spindle.tools.sim.fault;
