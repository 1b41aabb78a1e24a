/**
 * Entry of the Node-loadable core bundle (build.ts writes it beside the package): the same code
 * as the page bundle minus the DOM, so tests can drive the built bridge against the runtimes.
 */
export { createBackendClient } from './backend/client.ts';
export { BACKEND_PATHS } from './backend/paths.ts';
export type { BackendClient, Bookmark, HeartbeatPayload, SessionRecord } from './backend/types.ts';
export { SchBridge, type BridgeDeps, type Clock } from './core/bridge.ts';
export { HEARTBEAT_INTERVAL_MS, type Timers } from './core/heartbeat.ts';
export type { BridgeView, BridgeViewState } from './core/view-state.ts';
export { discoverApi, findApi, type WindowLike } from './scorm/api-discovery.ts';
export {
  connect,
  type ApiErrorRecord,
  type RawApi,
  type ScormConnection,
} from './scorm/connection.ts';
