// The diagnosis form: annexe 2 criteria grouped by category in the annexe's order, and what must be filled.
import type { FieldErrors } from '../../forms/field-errors.ts';
import { isIsoDate } from '../../format/dates.ts';
import type { DiagnosisInput } from '../../generated/graphql.ts';
import { prescribingCopy } from './copy.ts';

const copy = prescribingCopy();

export interface CriterionItem {
  code: string;
  category: string;
  categoryLabel: string;
  label: string;
}

export interface CriteriaGroup<C extends CriterionItem> {
  category: string;
  label: string;
  criteria: C[];
}

/** One group per category, categories and criteria in the order the API gives them (the annexe's). */
export function groupCriteriaByCategory<C extends CriterionItem>(criteria: readonly C[]): CriteriaGroup<C>[] {
  const groups = new Map<string, CriteriaGroup<C>>();
  for (const criterion of criteria) {
    let group = groups.get(criterion.category);
    if (!group) {
      group = { category: criterion.category, label: criterion.categoryLabel, criteria: [] };
      groups.set(criterion.category, group);
    }
    group.criteria.push(criterion);
  }
  return [...groups.values()];
}

/**
 * The id of a category's group of checkboxes; the DSFR component names its checkboxes `<id>-0`, `<id>-1`… (and
 * ties each label to that id, so the inputs' own ids must not be overridden).
 */
export const criteriaGroupId = (category: string) => `criteres-${category.toLowerCase().replace(/[^a-z0-9]+/g, '-')}`;

/** The first checkbox of the first category: where the error summary sends the user. */
export function firstCriterionInputId(groups: readonly { category: string }[]): string {
  return `${criteriaGroupId(groups[0]?.category ?? 'liste')}-0`;
}

export interface DiagnosisFormValues {
  criteria: readonly string[];
  diagnosedOn: string;
  comment: string;
}

export type DiagnosisField = 'criteria' | 'diagnosedOn';

const e = copy.diagnosis.errors;

export function validateDiagnosis(values: DiagnosisFormValues, today: string): FieldErrors<DiagnosisField> {
  const errors: FieldErrors<DiagnosisField> = {};
  if (values.criteria.length === 0) errors.criteria = e.criteria;
  if (!values.diagnosedOn) errors.diagnosedOn = e.diagnosedOn;
  else if (!isIsoDate(values.diagnosedOn)) errors.diagnosedOn = e.diagnosedOnInvalid;
  else if (values.diagnosedOn > today) errors.diagnosedOn = e.diagnosedOnFuture;
  return errors;
}

/** Checks or unchecks one criterion, keeping the order in which the criteria are listed. */
export function toggleCriterion(
  selected: readonly string[],
  code: string,
  checked: boolean,
  order: readonly string[],
): string[] {
  const next = new Set(selected);
  if (checked) next.add(code);
  else next.delete(code);
  return order.filter((c) => next.has(c));
}

export function toDiagnosisInput(personId: string, values: DiagnosisFormValues): DiagnosisInput {
  return {
    personId,
    criteria: [...values.criteria],
    diagnosedOn: values.diagnosedOn,
    comment: values.comment.trim() || null,
  };
}
