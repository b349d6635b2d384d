/**
 * The WebSocket connection every live venue handler shares ({@link dev.spindle.engine.feed.ws.WsConnection},
 * nv-websocket-client): receive stamps, staleness and close bookkeeping, requests, close and join. Each venue
 * hands every stamped text frame to its own {@link dev.spindle.engine.feed.ws.FrameSink} (router and gate).
 * nv-websocket-client is an optional dependency of engine-core: a module using this package declares it.
 */
package dev.spindle.engine.feed.ws;
