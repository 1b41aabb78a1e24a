/**
 * Launches runtime-2004's Scorm2004Api for the CTS replay: maps the manifest-derived launch to
 * Scorm2004Options (checking the one option whose vocabulary the manifest could break).
 */
import {
  Scorm2004Api,
  type PersistedState,
  type Scorm2004Options,
} from '../../runtime-2004/index.ts';
import type { CtsApi, CtsLaunch } from './replay.ts';

const TIME_LIMIT_ACTIONS = [
  'exit,message',
  'continue,message',
  'exit,no message',
  'continue,no message',
] as const;
type TimeLimitAction = (typeof TIME_LIMIT_ACTIONS)[number];

function isTimeLimitAction(value: string): value is TimeLimitAction {
  return (TIME_LIMIT_ACTIONS as readonly string[]).includes(value);
}

export function launchScorm2004(launch: CtsLaunch<PersistedState>): CtsApi<PersistedState> {
  const { timeLimitAction, ...rest } = launch;
  const options: Scorm2004Options = { ...rest, edition: '4th' };
  if (timeLimitAction !== undefined) {
    if (!isTimeLimitAction(timeLimitAction)) {
      throw new Error(`manifest timeLimitAction "${timeLimitAction}" is not in the vocabulary`);
    }
    options.timeLimitAction = timeLimitAction;
  }
  return new Scorm2004Api(options);
}
