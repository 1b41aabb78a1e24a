/**
 * Whether output goes to a person at a terminal: colors and live progress only then. NO_COLOR
 * (no-color.org: set and non-empty) and CI turn them off because logs keep escape codes as junk.
 */
export interface Terminal {
  isTTY?: boolean;
}

export type Env = Record<string, string | undefined>;

export function isCi(env: Env): boolean {
  const ci = env.CI;
  return ci !== undefined && ci !== '' && ci !== 'false' && ci !== '0';
}

export function colorEnabled(stream: Terminal, env: Env): boolean {
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  return stream.isTTY === true && !isCi(env);
}

export function liveOutputEnabled(stream: Terminal, env: Env): boolean {
  return stream.isTTY === true && !isCi(env);
}
