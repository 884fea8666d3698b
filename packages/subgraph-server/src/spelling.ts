// One spelling, "organisation" (issue 17 §2): the public arguments spelt "organization" stay accepted, deprecated, until
// 2027-06-04. The new one wins when both are given; neither gives an empty id, which the use case answers as an
// unknown organisation.
type Spelt = { prescriberOrganisationId?: string | null; prescriberOrganizationId?: string | null };

export function withSingleSpelling<T extends Spelt>({
  prescriberOrganizationId,
  prescriberOrganisationId,
  ...rest
}: T): Omit<T, keyof Spelt> & { prescriberOrganisationId: string } {
  return { ...rest, prescriberOrganisationId: prescriberOrganisationId ?? prescriberOrganizationId ?? '' };
}
