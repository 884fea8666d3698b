export const approvalPaths = {
  inbox: '/demandes',
  appeals: '/recours',
  history: '/historique',
} as const;

export const approvalRequestRoute = 'demandes/:requestId';
export const approvalRequestPath = (requestId: string) => `/demandes/${encodeURIComponent(requestId)}`;
/** The appeal section of a request's page. */
export const appealAnchor = 'recours';
