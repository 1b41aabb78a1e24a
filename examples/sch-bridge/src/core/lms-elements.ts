/** The elements the bridge reads, per version (scorm-runtime.md#data-model-12, #data-model-2004). */
import type { ScormVersion } from './scorm-version.ts';

export interface ReadElements {
  entry: string;
  completion: string;
  learnerId: string;
  learnerName: string;
  suspendData: string;
}

export const READ_ELEMENTS: Record<ScormVersion, ReadElements> = {
  '1.2': {
    entry: 'cmi.core.entry',
    completion: 'cmi.core.lesson_status',
    learnerId: 'cmi.core.student_id',
    learnerName: 'cmi.core.student_name',
    suspendData: 'cmi.suspend_data',
  },
  '2004': {
    entry: 'cmi.entry',
    completion: 'cmi.completion_status',
    learnerId: 'cmi.learner_id',
    learnerName: 'cmi.learner_name',
    suspendData: 'cmi.suspend_data',
  },
};
