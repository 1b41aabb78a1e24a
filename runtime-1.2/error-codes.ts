/**
 * SCORM 1.2 error codes and the standard strings of the ADL 1.2 sample RTE.
 * ref: scorm-runtime.md#error-codes-12. Codes 406-408 do not exist in 1.2 and are never returned.
 */
export const Scorm12Error = {
  NoError: '0',
  GeneralException: '101',
  InvalidArgument: '201',
  ElementCannotHaveChildren: '202',
  ElementNotAnArray: '203',
  NotInitialized: '301',
  NotImplemented: '401',
  InvalidSetValueKeyword: '402',
  ElementIsReadOnly: '403',
  ElementIsWriteOnly: '404',
  IncorrectDataType: '405',
} as const;

export type Scorm12ErrorCode = (typeof Scorm12Error)[keyof typeof Scorm12Error];

export const ERROR_STRINGS: Readonly<Record<Scorm12ErrorCode, string>> = {
  '0': 'No Error',
  '101': 'General Exception',
  '201': 'Invalid argument error',
  '202': 'Element cannot have children',
  '203': 'Element not an array - cannot have count',
  '301': 'Not initialized',
  '401': 'Not implemented error',
  '402': 'Invalid set value, element is a keyword',
  '403': 'Element is read only',
  '404': 'Element is write only',
  '405': 'Incorrect Data Type',
};

const byCode: ReadonlyMap<string, string> = new Map(Object.entries(ERROR_STRINGS));

/** The standard string for a code, '' for a code 1.2 does not define (ref: #api-12). */
export function errorString(code: string): string {
  return byCode.get(code) ?? '';
}
