import { useMutation, useQuery } from '@apollo/client/react';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { Input } from '@codegouvfr/react-dsfr/Input';
import { Select } from '@codegouvfr/react-dsfr/Select';
import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { ApiErrorAlert } from '../../forms/ApiErrorAlert.tsx';
import { ErrorSummary } from '../../forms/ErrorSummary.tsx';
import { useForm } from '../../forms/use-form.ts';
import { todayInFrance } from '../../format/dates.ts';
import {
  OrientationTargetsDocument,
  OrientPersonDocument,
  SiaeDirectoryDepartementsDocument,
  type OrientPersonMutation,
} from '../../generated/graphql.ts';
import { orientationCopy } from './copy.ts';
import {
  emptyOrientation,
  orientationFieldIds,
  toOrientationInput,
  validateOrientation,
  type OrientationField,
} from './orientation-form.ts';

const t = orientationCopy.orient;

export interface OrientPersonFormProps {
  /** A person the caller already follows; when null, the form asks for the person's identity. */
  personId?: string | null;
  /** Where "Annuler" leads. */
  cancelTo: string;
  onOriented: (orientation: OrientPersonMutation['orientPerson']) => void;
}

/**
 * Orients a person towards a prescripteur (accord, annexe 4 §3: "pouvant être réalisée par tous les acteurs accueillant
 * du public"): the person (when not followed yet), the prescripteur chosen by département among those who may
 * prescribe today, and a short reason.
 */
export function OrientPersonForm({ personId = null, cancelTo, onOriented }: OrientPersonFormProps) {
  const withIdentity = personId == null;
  const form = useForm(emptyOrientation, (values) => validateOrientation(values, withIdentity));
  const { values, set, update, errors } = form;
  const departements = useQuery(SiaeDirectoryDepartementsDocument);
  const targets = useQuery(OrientationTargetsDocument, {
    variables: { departement: values.departement },
    skip: !values.departement,
  });
  const [orientPerson, { loading }] = useMutation(OrientPersonDocument);
  const [apiError, setApiError] = useState<unknown>(null);
  const today = todayInFrance();

  const prescribers = (targets.data?.prescriberOrganisations.edges ?? [])
    .map((edge) => edge.node)
    .filter((node) => node.canPrescribe);
  const fieldState = (field: OrientationField) =>
    errors[field] ? ({ state: 'error', stateRelatedMessage: errors[field] } as const) : {};
  const ids = withIdentity
    ? orientationFieldIds
    : {
        departement: orientationFieldIds.departement,
        prescriberId: orientationFieldIds.prescriberId,
        reason: orientationFieldIds.reason,
      };

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setApiError(null);
    if (!form.check()) return;
    try {
      const { data } = await orientPerson({ variables: { input: toOrientationInput(values, personId) } });
      if (!data?.orientPerson) throw new Error('orientPerson returned no orientation');
      onOriented(data.orientPerson);
    } catch (failure) {
      setApiError(failure);
    }
  }

  return (
    <>
      <p className="fr-text--sm">{t.allRequired}</p>
      <ErrorSummary
        title={t.errorsTitle}
        errors={errors}
        fieldIds={ids as Record<OrientationField, string>}
        attempt={form.attempt}
        headingLevel="h2"
      />
      <ApiErrorAlert error={apiError} title={t.apiErrorTitle} headingLevel="h2" />
      <form onSubmit={(event) => void onSubmit(event)} noValidate aria-busy={loading}>
        {withIdentity && (
          <fieldset className="fr-fieldset" aria-labelledby="orientation-personne">
            <legend className="fr-fieldset__legend" id="orientation-personne">
              {t.identity}
            </legend>
            <div className="fr-fieldset__element">
              <Input
                label={t.firstName}
                {...fieldState('firstName')}
                nativeInputProps={{
                  id: orientationFieldIds.firstName,
                  name: 'prenom',
                  autoComplete: 'off',
                  value: values.firstName,
                  onChange: (e) => set('firstName', e.target.value),
                }}
              />
            </div>
            <div className="fr-fieldset__element">
              <Input
                label={t.lastName}
                {...fieldState('lastName')}
                nativeInputProps={{
                  id: orientationFieldIds.lastName,
                  name: 'nom',
                  autoComplete: 'off',
                  value: values.lastName,
                  onChange: (e) => set('lastName', e.target.value),
                }}
              />
            </div>
            <div className="fr-fieldset__element">
              <Input
                label={t.birthDate}
                hintText="jj/mm/aaaa"
                {...fieldState('birthDate')}
                nativeInputProps={{
                  id: orientationFieldIds.birthDate,
                  name: 'naissance',
                  type: 'date',
                  max: today,
                  value: values.birthDate,
                  onChange: (e) => set('birthDate', e.target.value),
                }}
              />
            </div>
            <div className="fr-fieldset__element">
              <Input
                label={`${t.phone} ${t.optional}`}
                nativeInputProps={{
                  id: 'orientation-telephone',
                  name: 'telephone',
                  type: 'tel',
                  autoComplete: 'off',
                  value: values.phone,
                  onChange: (e) => set('phone', e.target.value),
                }}
              />
            </div>
            <div className="fr-fieldset__element">
              <Input
                label={`${t.email} ${t.optional}`}
                nativeInputProps={{
                  id: 'orientation-courriel',
                  name: 'courriel',
                  type: 'email',
                  autoComplete: 'off',
                  spellCheck: false,
                  value: values.email,
                  onChange: (e) => set('email', e.target.value),
                }}
              />
            </div>
          </fieldset>
        )}

        <fieldset className="fr-fieldset" aria-labelledby="orientation-cible">
          <legend className="fr-fieldset__legend" id="orientation-cible">
            {t.target}
          </legend>
          <div className="fr-fieldset__element">
            <Select
              label={t.departement}
              {...fieldState('departement')}
              nativeSelectProps={{
                id: orientationFieldIds.departement,
                name: 'departement',
                value: values.departement,
                onChange: (e) => update({ departement: e.target.value, prescriberId: '' }),
              }}
            >
              <option value="">{t.chooseDepartement}</option>
              {(departements.data?.departements ?? []).map((d) => (
                <option key={d.code} value={d.code}>
                  {d.code} – {d.name}
                </option>
              ))}
            </Select>
          </div>
          <div className="fr-fieldset__element">
            <Select
              label={t.prescriber}
              hint={t.prescriberHint}
              {...fieldState('prescriberId')}
              disabled={!values.departement || targets.loading}
              nativeSelectProps={{
                id: orientationFieldIds.prescriberId,
                name: 'prescripteur',
                value: values.prescriberId,
                onChange: (e) => set('prescriberId', e.target.value),
              }}
            >
              <option value="">{t.choosePrescriber}</option>
              {prescribers.map((p) => (
                <option key={p.id} value={p.id}>
                  {p.name} ({t.kinds[p.kind] ?? p.kind}, {p.city})
                </option>
              ))}
            </Select>
            {values.departement && targets.data && prescribers.length === 0 && (
              <p className="fr-text--sm">{t.noPrescriber}</p>
            )}
          </div>
          <div className="fr-fieldset__element">
            <Input
              label={t.reason}
              hintText={t.reasonHint}
              textArea
              {...fieldState('reason')}
              nativeTextAreaProps={{
                id: orientationFieldIds.reason,
                name: 'motif',
                rows: 4,
                maxLength: 1000,
                value: values.reason,
                onChange: (e) => set('reason', e.target.value),
              }}
            />
          </div>
        </fieldset>

        <ul className="fr-btns-group fr-btns-group--inline-md">
          <li>
            <Button type="submit" disabled={loading}>
              {loading ? t.sending : t.submit}
            </Button>
          </li>
          <li>
            <Link className="fr-btn fr-btn--secondary" to={cancelTo}>
              {t.cancel}
            </Link>
          </li>
        </ul>
      </form>
    </>
  );
}
