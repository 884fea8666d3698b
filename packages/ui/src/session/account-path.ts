/** Where « Mon compte » is, in every portal (issue 14 §2): linked from the header, routed by portalRoutes. */
export const accountPath = '/mon-compte';
