// What the officer chooses or acknowledges, stored in the document through WorkbookSession settings:
// the pane settings (rule profile, draft notes, highlight colours) and acknowledged findings with reasons.

import type { WorkbookSession } from '../workbook/host';
import type { Finding } from '../domain/types';
import { DEFAULT_PLAN_OPTIONS, type PlanOptions } from '../workbook/plan';

export { PANE_SETTINGS_KEY as SETTINGS_KEY } from '../workbook/settingKeys';
import { PANE_SETTINGS_KEY as SETTINGS_KEY } from '../workbook/settingKeys';
export const ACKNOWLEDGED_KEY = 'jixiao.pane.acknowledged';

export interface PaneSettings {
  /** RuleProfile id; undefined = the default profile. */
  profileId?: string;
  draftNotes: boolean;
  highlight: boolean;
  colors: { failed: string; review: string };
}

export const DEFAULT_SETTINGS: PaneSettings = {
  draftNotes: DEFAULT_PLAN_OPTIONS.draftNotes,
  highlight: DEFAULT_PLAN_OPTIONS.highlight,
  colors: { ...DEFAULT_PLAN_OPTIONS.colors },
};

export interface Acknowledgement {
  reason: string;
  at: string; // ISO time
}

export type AcknowledgedMap = Record<string, Acknowledgement>;

/** Stable key of a finding across runs: code and cell (the message may change with the numbers). */
export function findingKey(f: Pick<Finding, 'code' | 'sheet' | 'cell'>): string {
  return `${f.code}@${f.sheet}!${f.cell}`;
}

const HEX = /^#[0-9A-Fa-f]{6}$/;

function isHexColor(s: string): boolean {
  return HEX.test(s);
}

/** Reads stored settings, falling back field by field to the defaults for anything missing or malformed. */
export function normalizeSettings(stored: unknown): PaneSettings {
  const s = (stored && typeof stored === 'object' ? stored : {}) as Partial<PaneSettings>;
  const colors = (s.colors && typeof s.colors === 'object' ? s.colors : {}) as Partial<PaneSettings['colors']>;
  return {
    profileId: typeof s.profileId === 'string' && s.profileId ? s.profileId : undefined,
    draftNotes: typeof s.draftNotes === 'boolean' ? s.draftNotes : DEFAULT_SETTINGS.draftNotes,
    highlight: typeof s.highlight === 'boolean' ? s.highlight : DEFAULT_SETTINGS.highlight,
    colors: {
      failed:
        typeof colors.failed === 'string' && isHexColor(colors.failed)
          ? colors.failed.toUpperCase()
          : DEFAULT_SETTINGS.colors.failed,
      review:
        typeof colors.review === 'string' && isHexColor(colors.review)
          ? colors.review.toUpperCase()
          : DEFAULT_SETTINGS.colors.review,
    },
  };
}

export async function loadSettings(session: WorkbookSession): Promise<PaneSettings> {
  return normalizeSettings(await session.getSetting<PaneSettings>(SETTINGS_KEY));
}

export async function loadAcknowledged(session: WorkbookSession): Promise<AcknowledgedMap> {
  const stored = await session.getSetting<AcknowledgedMap>(ACKNOWLEDGED_KEY);
  const out: AcknowledgedMap = {};
  if (stored && typeof stored === 'object') {
    for (const [k, v] of Object.entries(stored)) {
      if (v && typeof v === 'object' && typeof v.reason === 'string')
        out[k] = { reason: v.reason, at: String(v.at ?? '') };
    }
  }
  return out;
}

/** The plan options a run uses, from the settings (owned/consent are added by the run). */
export function planOptionsFrom(settings: PaneSettings): Partial<PlanOptions> {
  return { draftNotes: settings.draftNotes, highlight: settings.highlight, colors: { ...settings.colors } };
}
