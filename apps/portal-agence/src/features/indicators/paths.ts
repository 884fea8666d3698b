// The route of "Mes indicateurs" (French path, as the user sees it).
export const indicatorsRoute = 'indicateurs';
export const indicatorsPath = '/indicateurs';
