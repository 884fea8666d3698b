import { useMutation } from '@apollo/client/react';
import { Input } from '@codegouvfr/react-dsfr/Input';
import { RadioButtons } from '@codegouvfr/react-dsfr/RadioButtons';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { copy } from '../../copy.ts';
import { FormActions } from '../../forms/FormActions.tsx';
import { useForm } from '../../forms/use-form.ts';
import { GiveHabilitationAvisDocument, HabilitationRegisterDocument } from '../../generated/graphql.ts';
import { FormPanel } from '../../layout/FormPanel.tsx';
import { emptyAvis, validateAvis, type AvisField } from '../cdiae/cdiae-forms.ts';

const t = copy.habilitations.avis;

// The first radio's id: the error summary's link brings the focus to the group.
const fieldIds: Record<AvisField, string> = { favorable: 'avis-cdiae-0', reason: 'avis-cdiae-raison' };

/**
 * The CDIAE's avis on the pending habilitation request of one prescripteur of its département (issue 18 §5; accord,
 * annexe 4 §2.1): favorable, or défavorable with its reason. The date and the author are the server's.
 */
export function AvisPanel({
  organisation,
  onGiven,
}: {
  organisation: { id: string; name: string };
  onGiven: (message: string) => void;
}) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const form = useForm(emptyAvis, validateAvis);
  const { values, errors } = form;
  const [apiError, setApiError] = useState<unknown>(null);
  const [give, { loading }] = useMutation(GiveHabilitationAvisDocument, {
    refetchQueries: [HabilitationRegisterDocument],
    awaitRefetchQueries: true,
  });

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setApiError(null);
    if (!form.check()) return;
    try {
      await give({
        variables: {
          prescriberOrganisationId: organisation.id,
          favorable: values.favorable === 'FAVORABLE',
          reason: values.reason.trim() || null,
        },
      });
      onGiven(t.done(organisation.name));
    } catch (caught) {
      setApiError(caught);
    }
  };

  return (
    <FormPanel
      id="avis-cdiae-titre"
      className="fr-mt-6w"
      title={t.formTitle(organisation.name)}
      headingRef={heading}
      hint={t.hint}
      errors={errors}
      fieldIds={fieldIds}
      attempt={form.attempt}
      apiError={apiError}
      apiErrorTitle={t.failed}
      onSubmit={onSubmit}
      busy={loading}
    >
      <RadioButtons
        id="avis-cdiae"
        name="avis-cdiae"
        legend={t.choice}
        orientation="horizontal"
        state={errors.favorable ? 'error' : 'default'}
        stateRelatedMessage={errors.favorable}
        options={[
          {
            label: t.favorable,
            nativeInputProps: {
              value: 'FAVORABLE',
              checked: values.favorable === 'FAVORABLE',
              onChange: () => form.set('favorable', 'FAVORABLE'),
            },
          },
          {
            label: t.defavorable,
            nativeInputProps: {
              value: 'DEFAVORABLE',
              checked: values.favorable === 'DEFAVORABLE',
              onChange: () => form.set('favorable', 'DEFAVORABLE'),
            },
          },
        ]}
      />
      <Input
        textArea
        label={t.reasonField}
        hintText={t.reasonHint}
        state={errors.reason ? 'error' : 'default'}
        stateRelatedMessage={errors.reason}
        nativeTextAreaProps={{
          id: fieldIds.reason,
          name: 'raison',
          rows: 3,
          maxLength: 2000,
          value: values.reason,
          onChange: (event) => form.set('reason', event.target.value),
        }}
      />
      <FormActions submitLabel={t.submit} loading={loading} />
    </FormPanel>
  );
}
