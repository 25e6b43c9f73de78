// `launchready/monitor`: the monitor daemon as a library (store, runtime, scheduler clock). Importing it loads the
// SQLite driver; the main entry (`launchready`) does not.
export { MonitorRuntime, openStore, dataDirFor, monitorCa, type MonitorOptions } from '../monitor/daemon.js';
export type { MonitorStore } from '../monitor/store.js';
