import { DEFAULT_EXCLUDE, DEFAULT_INCLUDE, DEFAULT_MAX_FILE_SIZE, DEFAULT_MAX_FILES } from '../files';

export type SeveritySetting = 'error' | 'warning' | 'information' | 'hint' | 'off';

/** The `crosscheck.*` settings, with defaults for anything the editor leaves out. */
export interface Settings {
  include: string[];
  exclude: string[];
  maxFileSize: number;
  /** The most files read from the workspace folders, read or skipped (open documents are read whatever it is). */
  maxFiles: number;
  severity: {
    conflict: SeveritySetting;
    rounding: SeveritySetting;
    updated: SeveritySetting;
    nameVariant: SeveritySetting;
  };
}

export const DEFAULT_SETTINGS: Settings = {
  include: DEFAULT_INCLUDE,
  exclude: DEFAULT_EXCLUDE,
  maxFileSize: DEFAULT_MAX_FILE_SIZE,
  maxFiles: DEFAULT_MAX_FILES,
  severity: { conflict: 'warning', rounding: 'information', updated: 'information', nameVariant: 'information' },
};

const SEVERITIES = new Set(['error', 'warning', 'information', 'hint', 'off']);

function strings(v: unknown, fallback: string[]): string[] {
  return Array.isArray(v) && v.every((x) => typeof x === 'string') ? v : fallback;
}

function severity(v: unknown, fallback: SeveritySetting): SeveritySetting {
  return typeof v === 'string' && SEVERITIES.has(v) ? (v as SeveritySetting) : fallback;
}

/** Reads whatever the client answered (possibly null) into complete settings. */
export function readSettings(raw: unknown): Settings {
  const r = (raw && typeof raw === 'object' ? raw : {}) as Record<string, unknown>;
  const sev = (r.severity && typeof r.severity === 'object' ? r.severity : {}) as Record<string, unknown>;
  const d = DEFAULT_SETTINGS;
  return {
    include: strings(r.include, d.include),
    exclude: strings(r.exclude, d.exclude),
    maxFileSize: typeof r.maxFileSize === 'number' && r.maxFileSize > 0 ? r.maxFileSize : d.maxFileSize,
    maxFiles: Number.isSafeInteger(r.maxFiles) && (r.maxFiles as number) > 0 ? (r.maxFiles as number) : d.maxFiles,
    severity: {
      conflict: severity(sev.conflict, d.severity.conflict),
      rounding: severity(sev.rounding, d.severity.rounding),
      updated: severity(sev.updated, d.severity.updated),
      nameVariant: severity(sev.nameVariant, d.severity.nameVariant),
    },
  };
}
