import { useMutation } from '@apollo/client/react';
import { formatShortDate, PoleEmploiRegistrationForm } from '@navette/ui';
import { copy } from '../../copy.ts';
import { RecordPoleEmploiRegistrationDocument, type EmployeeDetailFragment } from '../../generated/graphql.ts';

const t = copy.employee.registration;

/**
 * Inscription à Pôle emploi of the salarié during the parcours (accord, fiche 5: "Inscrire ou maintenir l'inscription
 * à Pôle emploi des salariés en parcours IAE"): the last situation recorded, by the SIAE or the agence, and the form to
 * record a new one while the agrément runs.
 */
export function PoleEmploiRegistrationSection({ approval }: { approval: EmployeeDetailFragment }) {
  const [record, { loading }] = useMutation(RecordPoleEmploiRegistrationDocument);
  const current = approval.poleEmploiRegistration;
  return (
    <section aria-labelledby="inscription-pe" className="fr-mt-4w">
      <h2 id="inscription-pe" className="fr-h4">
        {t.title}
      </h2>
      <p data-testid="registration-status">
        {!current
          ? t.none
          : current.registered
            ? t.registered(
                formatShortDate(current.registeredOn),
                formatShortDate(current.checkedOn),
                t.by[current.recordedBy],
              )
            : t.notRegistered(formatShortDate(current.checkedOn), t.by[current.recordedBy])}
      </p>
      {approval.status !== 'ENDED' && (
        <PoleEmploiRegistrationForm
          idPrefix="inscription-pe"
          legend={t.legend}
          submitLabel={t.submit}
          checkpoint="DURING_PARCOURS"
          recorder="SIAE"
          birthDate={approval.person?.birthDate ?? null}
          approvalEndOn={approval.endOn}
          loading={loading}
          onSubmit={async (input) => {
            await record({
              variables: { input: { approvalId: approval.id, checkpoint: 'DURING_PARCOURS', ...input } },
            });
          }}
        />
      )}
    </section>
  );
}
