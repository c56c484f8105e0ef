/**
 * The self-assessment's progress as kept in this browser's storage. What is
 * read back may be anything (another version of the page wrote it, a person
 * or an extension edited it, storage was cut short), so it is checked field by
 * field: what fits is kept, what does not is dropped, and the page says so
 * instead of crashing. No React here, so Node tests can call it.
 */
import { type Evidence, evidenceKinds, type Status, statuses } from '@usd1-milestones/assess';

/** `reason`: why it does not apply, kept with `not-applicable`. */
export type Judgement = { status?: Status; evidence?: Evidence[]; note?: string; reason?: string };
export type Entry = Judgement & { criteria?: Record<string, Judgement> };

export interface State {
  arrangement: string;
  hypothetical?: boolean;
  date: string;
  assessor: string;
  rubricVersion: string;
  milestones: Record<string, Entry>;
}

/** The ids the saved milestones and criteria may use: the rubric's. */
export interface KnownIds {
  readonly version: string;
  readonly milestones: readonly { readonly id: string; readonly criteria: readonly { readonly id: string }[] }[];
}

export interface Restored {
  readonly state: State;
  /** Set when the saved progress did not read in full: what the page tells the reader. */
  readonly notice?: string;
}

export const blankState = (rubric: KnownIds, today: string): State => ({
  arrangement: '',
  date: today,
  assessor: '',
  rubricVersion: rubric.version,
  milestones: {},
});

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Reads saved progress. `saved` is the stored text (or null when nothing is
 * stored). Never throws. Keys are only ever the rubric's ids, so a key such as
 * `__proto__` in the stored text cannot reach an object's prototype.
 */
export function restoreState(saved: string | null, rubric: KnownIds, today: string): Restored {
  const blank = blankState(rubric, today);
  if (saved === null) return { state: blank };
  let raw: unknown;
  try {
    raw = JSON.parse(saved);
  } catch {
    return { state: blank, notice: unreadable };
  }
  if (!isRecord(raw)) return { state: blank, notice: unreadable };
  let dropped = 0;
  const text = (value: unknown, fallback: string) => {
    if (typeof value === 'string') return value;
    if (value !== undefined) dropped++;
    return fallback;
  };
  const state: State = {
    arrangement: text(raw.arrangement, blank.arrangement),
    date: text(raw.date, blank.date),
    assessor: text(raw.assessor, blank.assessor),
    rubricVersion: text(raw.rubricVersion, blank.rubricVersion),
    milestones: {},
  };
  if (raw.hypothetical === true) state.hypothetical = true;
  else if (raw.hypothetical !== undefined && raw.hypothetical !== false) dropped++;

  const judgement = (value: unknown): Judgement | undefined => {
    if (!isRecord(value)) {
      dropped++;
      return undefined;
    }
    const kept: Judgement = {};
    if ((statuses as readonly unknown[]).includes(value.status)) kept.status = value.status as Status;
    else if (value.status !== undefined) dropped++;
    if (typeof value.note === 'string') kept.note = value.note;
    else if (value.note !== undefined) dropped++;
    if (typeof value.reason === 'string') kept.reason = value.reason;
    else if (value.reason !== undefined) dropped++;
    if (Array.isArray(value.evidence)) {
      const evidence = value.evidence.filter(
        (e): e is Evidence =>
          isRecord(e) &&
          typeof e.url === 'string' &&
          typeof e.asOf === 'string' &&
          (evidenceKinds as readonly unknown[]).includes(e.kind),
      );
      dropped += value.evidence.length - evidence.length;
      if (evidence.length > 0) kept.evidence = evidence.map((e) => ({ ...e }));
    } else if (value.evidence !== undefined) dropped++;
    return kept;
  };

  if (isRecord(raw.milestones)) {
    const saved = raw.milestones;
    for (const m of rubric.milestones) {
      if (!Object.hasOwn(saved, m.id)) continue;
      const value = saved[m.id];
      const entry: Entry | undefined = judgement(value);
      if (!entry || !isRecord(value)) continue;
      if (isRecord(value.criteria)) {
        const given = value.criteria;
        const criteria: Record<string, Judgement> = {};
        for (const c of m.criteria) {
          if (!Object.hasOwn(given, c.id)) continue;
          const kept = judgement(given[c.id]);
          if (kept) criteria[c.id] = kept;
        }
        dropped += Object.keys(given).filter((id) => !m.criteria.some((c) => c.id === id)).length;
        if (Object.keys(criteria).length > 0) entry.criteria = criteria;
      } else if (value.criteria !== undefined) dropped++;
      state.milestones[m.id] = entry;
    }
    dropped += Object.keys(saved).filter((id) => !rubric.milestones.some((m) => m.id === id)).length;
  } else if (raw.milestones !== undefined) dropped++;

  return dropped === 0
    ? { state }
    : {
        state,
        notice: `Some of the progress saved in this browser could not be read (${dropped} value${dropped === 1 ? '' : 's'} left out); the rest is shown. Export it or start over.`,
      };
}

const unreadable =
  'The progress saved in this browser could not be read, so the form starts blank. Import an exported file to go on, or fill it in again.';
