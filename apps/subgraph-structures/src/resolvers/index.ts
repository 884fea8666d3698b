import { DateScalar, DateTimeScalar } from '@navette/subgraph-server';
import type { Resolvers } from '../generated/resolvers-types.js';
import { Agency } from './agency.js';
import { Departement, EmploymentArea } from './territory.js';
import { PrescriberOrganisation } from './prescriber-organisation.js';
import { AccountSession, identityMutation, identityQuery, Viewer, ViewerOrganisation } from './identity.js';
import { Query } from './query.js';
import { mergePendingWork, pendingWorkOfViewer } from '../services/pending-work.js';
import { notificationsMutation, notificationsQuery } from './notifications.js';
import { ApiClient, apiClientMutation, apiClientQuery } from './api-clients.js';
import { WebhookDelivery, webhookMutation, webhookQuery, WebhookSubscription } from './webhooks.js';
import { HabilitationAvis, HabilitationDecision, habilitationMutation, habilitationQuery } from './habilitation.js';
import { Siae } from './siae.js';
import {
  CooperationAgreement,
  cooperationMutation,
  cooperationQuery,
  JobOffer,
  siaeCooperationFields,
} from './cooperation.js';

export const resolvers: Resolvers = {
  Date: DateScalar,
  DateTime: DateTimeScalar,
  Query: {
    ...Query,
    ...identityQuery,
    ...cooperationQuery,
    ...notificationsQuery,
    ...apiClientQuery,
    ...webhookQuery,
    ...habilitationQuery,
    pendingWork: (_parent, _args, ctx) => pendingWorkOfViewer(ctx),
  },
  Mutation: {
    ...identityMutation,
    ...cooperationMutation,
    ...notificationsMutation,
    ...apiClientMutation,
    ...webhookMutation,
    ...habilitationMutation,
  },
  ApiClient,
  WebhookSubscription,
  WebhookDelivery,
  HabilitationDecision,
  HabilitationAvis,
  Viewer,
  ViewerOrganisation,
  // Mon travail en attente (issue 14 §1): merged once the parcours and pilotage parts are known (@requires).
  PendingWork: { __resolveReference: (ref, ctx) => mergePendingWork(ctx, ref) },
  AccountSession,
  Siae: { ...Siae, ...siaeCooperationFields },
  CooperationAgreement,
  JobOffer,
  Agency,
  PrescriberOrganisation,
  // The former spelling, an interface only so that clients' fragments still apply (issue 17 §2, until 2027-06-04).
  PrescriberOrganization: { __resolveType: () => 'PrescriberOrganisation' },
  Departement,
  EmploymentArea,
};
