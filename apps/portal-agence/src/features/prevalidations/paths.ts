// Route of the validations de profils screen (annexe 4 §2.2.2, §2.2.8); `?renouveler=1` lists those to renew (the
// link of the pending work item PREVALIDATION_TO_RENEW).
export const prevalidationsRoute = 'validations-profils';
export const prevalidationsPath = '/validations-profils';
export const TO_RENEW_PARAM = 'renouveler';
