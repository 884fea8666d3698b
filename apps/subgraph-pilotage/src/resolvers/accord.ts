import { ACCORD_STATE_LABELS, terminationEffectiveOn } from '@navette/domain';
import type {
  AccordResolvers,
  AccordSignatoryResolvers,
  AccordTerminationResolvers,
} from '../generated/resolvers-types.js';
import {
  callerMayRequestTermination,
  callerMayWithdraw,
  mayActFor,
  signatoriesOf,
  signatoryOf,
  terminationsOf,
} from '../services/accord.js';
import { steeringMeetingOf } from '../services/steering.js';

export const Accord: AccordResolvers = {
  stateLabel: (accord) => ACCORD_STATE_LABELS[accord.state],
  signatories: (accord, _, ctx) => signatoriesOf(ctx, accord.id),
  terminations: (accord, _, ctx) => terminationsOf(ctx, accord.id),
  mayRequestTermination: (accord, _, ctx) => callerMayRequestTermination(ctx, accord),
};

export const AccordSignatory: AccordSignatoryResolvers = {
  mayActFor: (signatory, _, ctx) => mayActFor(ctx.principal, signatory),
};

export const AccordTermination: AccordTerminationResolvers = {
  requestedBy: (termination, _, ctx) => signatoryOf(ctx, termination.signatoryId),
  effectiveOn: (termination) => terminationEffectiveOn(termination.receivedOn),
  extraordinaryMeeting: (termination, _, ctx) =>
    termination.extraordinaryMeetingId ? steeringMeetingOf(ctx, termination.extraordinaryMeetingId) : null,
  mayWithdraw: (termination, _, ctx) => callerMayWithdraw(ctx, termination),
};
