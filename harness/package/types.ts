/** What the package loader yields: the SCOs of a course and the manifest settings an LMS obeys. */

export type ScormVersion = '1.2' | '2004';
export type Scorm2004Edition = '2nd' | '3rd' | '4th';

/** Which part of the manifest decided the version, so a surprising verdict can be explained. */
export interface VersionEvidence {
  source: 'schemaversion' | 'namespace';
  /** Human-readable: the element or namespace URI that decided. */
  detail: string;
  /** The `<schemaversion>` text wherever it was found, if anywhere. */
  schemaversion?: string;
  /** Disagreements between schemaversion and namespaces (a lint error per the reference). */
  conflicts: string[];
}

/** SCORM 1.2 item extensions (scorm-runtime.md#manifest-12). */
export interface Sco12Settings {
  version: '1.2';
  /** adlcp:masteryscore, 0…100 → cmi.student_data.mastery_score */
  masteryScore?: number;
  /** adlcp:datafromlms → cmi.launch_data */
  dataFromLms?: string;
  /** adlcp:maxtimeallowed (CMITimespan) → cmi.student_data.max_time_allowed */
  maxTimeAllowed?: string;
  /** adlcp:timelimitaction → cmi.student_data.time_limit_action */
  timeLimitAction?: string;
  /** adlcp:prerequisites: informational only, the harness does not enforce it. */
  prerequisites?: { type?: string; expression: string };
}

/** adlcp:completionThreshold in either edition's form (scorm-runtime.md#manifest-2004). */
export interface CompletionThreshold {
  /** 'text': 2nd/3rd Edition element text; 'attributes': 4th Edition. */
  form: 'text' | 'attributes';
  completedByMeasure: boolean;
  minProgressMeasure: number;
  progressWeight: number;
  /**
   * The value the LMS gives cmi.completion_threshold (scorm-runtime.md#manifest-initial-values);
   * absent when the element leaves it uninitialized.
   */
  runtimeValue?: number;
}

export interface PrimaryObjective {
  objectiveId?: string;
  satisfiedByMeasure: boolean;
  minNormalizedMeasure?: number;
}

/** imsss:deliveryControls with the schema defaults applied (scorm-runtime.md#sequencing-defaults). */
export interface DeliveryControls {
  tracked: boolean;
  completionSetByContent: boolean;
  objectiveSetByContent: boolean;
}

/** SCORM 2004 item extensions and the sequencing that reaches the run-time. */
export interface Sco2004Settings {
  version: '2004';
  /** adlcp:dataFromLMS → cmi.launch_data */
  dataFromLms?: string;
  /** adlcp:timeLimitAction → cmi.time_limit_action */
  timeLimitAction?: string;
  completionThreshold?: CompletionThreshold;
  /** imsss:limitConditions@attemptAbsoluteDurationLimit → cmi.max_time_allowed */
  attemptAbsoluteDurationLimit?: string;
  primaryObjective?: PrimaryObjective;
  /**
   * cmi.scaled_passing_score: minNormalizedMeasure (1.0 when absent) only when satisfiedByMeasure
   * is true (scorm-runtime.md#manifest-initial-values).
   */
  scaledPassingScore?: number;
  /** Every objectiveID of the item, primary first. */
  objectiveIds: string[];
  deliveryControls: DeliveryControls;
  /** imsss:sequencing@IDRef into the manifest's sequencingCollection, when used. */
  sequencingIdRef?: string;
  /** adlnav:hideLMSUI values. */
  hideLmsUi: string[];
}

export interface Sco {
  /** The item's identifier (what an LMS calls the activity). */
  identifier: string;
  title: string;
  resourceIdentifier: string;
  /** The resource href as written in the manifest. */
  href: string;
  parameters?: string;
  /** URL relative to the package root: xml:base chain + href + parameters (scorm-runtime.md#launch-url). */
  launchUrl: string;
  /** The file that launchUrl points at, relative to the package root, percent-decoded. */
  launchFile: string;
  isVisible: boolean;
  /** Titles of the enclosing items, outermost first (the organization title not included). */
  parentTitles: string[];
  settings: Sco12Settings | Sco2004Settings;
}

export interface ScormPackage {
  /** Folder holding imsmanifest.xml (a temporary folder when loaded from a zip). */
  root: string;
  manifestPath: string;
  /** The zip file or folder the user gave. */
  source: string;
  version: ScormVersion;
  edition?: Scorm2004Edition;
  versionEvidence: VersionEvidence;
  manifestIdentifier?: string;
  organization: { identifier: string; title: string };
  scos: Sco[];
  /** Tolerated oddities worth a lint warning (undeclared prefixes, missing default organization, …). */
  warnings: string[];
  /** Removes the temporary folder of a zip; does nothing for a folder. Safe to call twice. */
  dispose(): Promise<void>;
}

/** Limits on what unzipping may write (defaults in unzip.ts). */
export interface UnzipLimits {
  /** Total uncompressed bytes of all entries. */
  maxTotalBytes: number;
  /** Uncompressed bytes of one entry. */
  maxFileBytes: number;
  /** Number of entries (files and folders). */
  maxEntries: number;
}

export interface LoadOptions {
  limits?: Partial<UnzipLimits>;
  /** Where the temporary folder of a zip is created (default: the OS temp folder). */
  tempDir?: string;
}
