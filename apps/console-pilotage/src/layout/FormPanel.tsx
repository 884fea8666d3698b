import type { FormEvent, ReactNode, Ref } from 'react';
import { ApiErrorAlert } from '../forms/ApiErrorAlert.tsx';
import { ErrorSummary } from '../forms/ErrorSummary.tsx';
import { errorSummaryTitle, type FieldErrors } from '../forms/field-errors.ts';

/**
 * A form of the console that records something (an avenant, an action of the feuille de route, a client d'API, a
 * decision of the préfet), as its screens lay them out: a titled block, its hint, what the screen says above the
 * form (`notice`), the error summary of the checks made in the browser (focused on each rejected submission), the
 * API's French refusal, then the form itself (`children`), named by the title, its own checks in place of the
 * browser's.
 */
export function FormPanel<F extends string>({
  id,
  title,
  headingLevel = 'h2',
  headingRef,
  as: Block = 'section',
  className,
  hint,
  notice,
  errors,
  fieldIds,
  attempt,
  apiError,
  apiErrorTitle,
  onSubmit,
  busy,
  children,
}: {
  /** The title's id, which names the block and the form. */
  id: string;
  title: ReactNode;
  headingLevel?: 'h2' | 'h3';
  /** Given when the screen moves the focus to the title (the title then takes it). */
  headingRef?: Ref<HTMLHeadingElement>;
  /** A `section` named by its title (a region), or a plain `div` inside another one. */
  as?: 'section' | 'div';
  className?: string;
  hint?: string;
  notice?: ReactNode;
  errors: FieldErrors<F>;
  fieldIds: Record<F, string>;
  attempt: number;
  apiError: unknown;
  apiErrorTitle: string;
  onSubmit: (event: FormEvent<HTMLFormElement>) => Promise<void>;
  /** While the API answers. */
  busy?: boolean;
  children: ReactNode;
}) {
  const Heading = headingLevel;
  return (
    <Block aria-labelledby={Block === 'section' ? id : undefined} className={className}>
      <Heading id={id} ref={headingRef} tabIndex={headingRef ? -1 : undefined}>
        {title}
      </Heading>
      {hint && <p className="fr-hint-text">{hint}</p>}
      {notice}
      <ErrorSummary
        title={errorSummaryTitle(Object.values(errors).filter(Boolean).length)}
        errors={errors}
        fieldIds={fieldIds}
        attempt={attempt}
        headingLevel="h3"
      />
      <ApiErrorAlert error={apiError} title={apiErrorTitle} />
      <form
        className="navette-form"
        onSubmit={(event) => void onSubmit(event)}
        noValidate
        aria-labelledby={id}
        aria-busy={busy}
      >
        {children}
      </form>
    </Block>
  );
}
