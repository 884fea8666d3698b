import type { ProvidedIndicatorFigureResolvers } from '../generated/resolvers-types.js';
import { periodLabelOf } from '../services/provided-figures.js';

export const ProvidedIndicatorFigure: ProvidedIndicatorFigureResolvers = {
  departement: (figure) => (figure.departementCode ? { code: figure.departementCode } : null),
  periodLabel: (figure) => periodLabelOf(figure.period),
  from: (figure) => figure.periodFrom,
  to: (figure) => figure.periodTo,
  enteredBy: (figure) => figure.enteredByOrganisationName,
};
