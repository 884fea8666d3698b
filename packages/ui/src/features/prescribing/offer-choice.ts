// The SIAE and the offer a prescription is for, carried in the URL from an offer to the prescription form
// (`?structure=…&offre=…`), in every portal that prescribes.

export interface OfferChoice {
  siaeId: string;
  offerId: string;
}

/** `?structure=…&offre=…` for an offer. */
export const offerQuery = ({ siaeId, offerId }: OfferChoice) =>
  `?${new URLSearchParams({ structure: siaeId, offre: offerId })}`;

/** The offer named by `?structure=…&offre=…`, or null. */
export function offerChoiceFromSearchParams(params: URLSearchParams): OfferChoice | null {
  const siaeId = (params.get('structure') ?? '').trim();
  const offerId = (params.get('offre') ?? '').trim();
  return siaeId && offerId ? { siaeId, offerId } : null;
}
