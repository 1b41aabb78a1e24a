/**
 * SCORM 2004 error codes and their standard strings (scorm-runtime.md#error-codes-2004).
 * 102 uses the IEEE/SCORM name; ADL's sample RTE says "General Initialization Error".
 */
export const ErrorCode = {
  noError: '0',
  generalException: '101',
  generalInitializationFailure: '102',
  alreadyInitialized: '103',
  contentInstanceTerminated: '104',
  generalTerminationFailure: '111',
  terminationBeforeInitialization: '112',
  terminationAfterTermination: '113',
  retrieveDataBeforeInitialization: '122',
  retrieveDataAfterTermination: '123',
  storeDataBeforeInitialization: '132',
  storeDataAfterTermination: '133',
  commitBeforeInitialization: '142',
  commitAfterTermination: '143',
  generalArgumentError: '201',
  generalGetFailure: '301',
  generalSetFailure: '351',
  generalCommitFailure: '391',
  undefinedElement: '401',
  unimplementedElement: '402',
  valueNotInitialized: '403',
  elementIsReadOnly: '404',
  elementIsWriteOnly: '405',
  typeMismatch: '406',
  valueOutOfRange: '407',
  dependencyNotEstablished: '408',
} as const;

export type ErrorCodeValue = (typeof ErrorCode)[keyof typeof ErrorCode];

export const errorStrings: Readonly<Record<ErrorCodeValue, string>> = {
  '0': 'No Error',
  '101': 'General Exception',
  '102': 'General Initialization Failure',
  '103': 'Already Initialized',
  '104': 'Content Instance Terminated',
  '111': 'General Termination Failure',
  '112': 'Termination Before Initialization',
  '113': 'Termination After Termination',
  '122': 'Retrieve Data Before Initialization',
  '123': 'Retrieve Data After Termination',
  '132': 'Store Data Before Initialization',
  '133': 'Store Data After Termination',
  '142': 'Commit Before Initialization',
  '143': 'Commit After Termination',
  '201': 'General Argument Error',
  '301': 'General Get Failure',
  '351': 'General Set Failure',
  '391': 'General Commit Failure',
  '401': 'Undefined Data Model Element',
  '402': 'Unimplemented Data Model Element',
  '403': 'Data Model Element Value Not Initialized',
  '404': 'Data Model Element Is Read Only',
  '405': 'Data Model Element Is Write Only',
  '406': 'Data Model Element Type Mismatch',
  '407': 'Data Model Element Value Out Of Range',
  '408': 'Data Model Dependency Not Established',
};

export function isErrorCode(code: string): code is ErrorCodeValue {
  return Object.hasOwn(errorStrings, code);
}

/** A failed data-model operation: the code GetLastError reports and the GetDiagnostic text. */
export interface Failure {
  code: ErrorCodeValue;
  diagnostic: string;
}

export const fail = (code: ErrorCodeValue, diagnostic: string): Failure => ({ code, diagnostic });
