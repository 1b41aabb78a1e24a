export type ScormVersion = '1.2' | '2004';
