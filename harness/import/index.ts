/** Importers of LMS and wrapper logs into traces: the public surface of harness/import. */
export { importLog, isImportFormat, type ImportOptions, type LogSource } from './import-log.ts';
export { detectFormat, type Detection } from './detect.ts';
export { IMPORT_FORMATS } from './types.ts';
export type { ImportFormat, ImportReport, ImportResult, SkippedLine } from './types.ts';
