import { compareIsoDates, toPlainDate, type IsoDate } from './iso-date.js';

/**
 * A rule that a text sets carries its validity period and its source (issue 13, "dated rules"): a decision is judged
 * by the version in force on its date (the receipt of the request, the start of the mise à disposition…), so that a
 * later avenant changing a number leaves past decisions their verdict.
 */
export interface DatedRule<T> {
  /** First day the version applies (inclusive). */
  readonly from: IsoDate;
  /** Last day the version applies (inclusive); null while it is still in force. */
  readonly to: IsoDate | null;
  /** The text and article that set it, e.g. "accord régional IAE BFC du 8 décembre 2016, annexe 4 §2.2.2". */
  readonly source: string;
  readonly value: T;
}

/** The checked versions of one rule, ordered by `from`, without overlap. */
export interface DatedRuleSet<T> {
  readonly name: string;
  readonly versions: readonly DatedRule<T>[];
}

/**
 * Day the accord régional IAE Bourgogne-Franche-Comté comes into force: "Il entre en vigueur à compter de la date de
 * sa signature" (art. 4), signed "Le 08 décembre 2016" at Dijon. The accord was concluded "pour une durée courant
 * jusqu'au 31 décembre 2018" (art. 4); the platform applies it as still in force (no later text is in the seeds), so
 * its versions are open-ended (`to: null`) until an avenant or a new accord is added as a new version.
 */
export const ACCORD_BFC_IN_FORCE_FROM: IsoDate = '2016-12-08';
export const ACCORD_BFC_SOURCE = 'accord régional IAE Bourgogne-Franche-Comté du 8 décembre 2016';

/**
 * Checks the versions of a rule once, at definition: at least one version, valid dates, `from` ≤ `to`, a source,
 * and no two versions in force on the same day (RangeError otherwise). Gaps are allowed: no rule is in force then.
 */
export function defineDatedRule<T>(name: string, versions: readonly DatedRule<T>[]): DatedRuleSet<T> {
  if (versions.length === 0) throw new RangeError(`Dated rule "${name}" has no version`);
  for (const v of versions) {
    toPlainDate(v.from);
    if (v.to !== null) {
      toPlainDate(v.to);
      if (compareIsoDates(v.from, v.to) > 0) {
        throw new RangeError(`Dated rule "${name}": version from ${v.from} ends before it starts (${v.to})`);
      }
    }
    if (v.source.trim() === '') throw new RangeError(`Dated rule "${name}": version from ${v.from} has no source`);
  }
  const sorted = [...versions].sort((a, b) => compareIsoDates(a.from, b.from));
  for (let i = 1; i < sorted.length; i++) {
    const previous = sorted[i - 1]!;
    const next = sorted[i]!;
    if (previous.to === null || compareIsoDates(previous.to, next.from) >= 0) {
      throw new RangeError(
        `Dated rule "${name}": versions from ${previous.from} (to ${previous.to ?? 'open'}) and from ${next.from} overlap`,
      );
    }
  }
  return Object.freeze({ name, versions: Object.freeze(sorted.map((v) => Object.freeze({ ...v }))) });
}

/** The version of `rule` in force on `on` (both bounds inclusive); RangeError when none is. */
export function ruleInForce<T>(rule: DatedRuleSet<T>, on: IsoDate): DatedRule<T> {
  toPlainDate(on);
  const found = rule.versions.find(
    (v) => compareIsoDates(v.from, on) <= 0 && (v.to === null || compareIsoDates(on, v.to) <= 0),
  );
  if (!found) {
    const spans = rule.versions.map((v) => `${v.from}..${v.to ?? 'open'}`).join(', ');
    throw new RangeError(`No version of dated rule "${rule.name}" is in force on ${on} (versions: ${spans})`);
  }
  return found;
}

/** Shorthand: the value of the version in force on `on`. */
export function ruleValueOn<T>(rule: DatedRuleSet<T>, on: IsoDate): T {
  return ruleInForce(rule, on).value;
}

/** The open-ended version (`to: null`), i.e. the one in force from its start on; RangeError if none is open. */
export function currentRuleVersion<T>(rule: DatedRuleSet<T>): DatedRule<T> {
  const open = rule.versions.find((v) => v.to === null);
  if (!open) throw new RangeError(`Dated rule "${rule.name}" has no version still in force (all have an end date)`);
  return open;
}
