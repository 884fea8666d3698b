import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { chartContent, ChartEmptyState } from './ChartEmptyState.tsx';

const n = (value: number) => ({ state: 'number', value });
const masked = { state: 'masked' };
const notApplicable = { state: 'notApplicable' };
const missing = { state: 'missing' };

describe('charts with nothing to draw (issue 14 §5)', () => {
  it('draws as soon as one value is a figure other than 0', () => {
    expect(chartContent([masked, n(12), missing])).toBe('figures');
    expect(chartContent([n(0), n(0.5)])).toBe('figures');
  });

  it('says every value is 0 rather than drawing an empty axis', () => {
    expect(chartContent([n(0), n(0), missing, notApplicable])).toBe('zero');
    const zero = renderToStaticMarkup(createElement(ChartEmptyState, { content: 'zero' }));
    expect(zero).toContain('toutes les valeurs sont égales à 0 pour ce territoire et cette période');
  });

  it('says the figures are masked when the only values are under the secrecy threshold', () => {
    expect(chartContent([masked, masked])).toBe('masked');
    expect(chartContent([masked, notApplicable, missing])).toBe('masked');
    expect(chartContent([masked, n(0)])).toBe('masked');
  });

  it('says there is no data for an empty series or one without any value', () => {
    expect(chartContent([])).toBe('none');
    expect(chartContent([missing, notApplicable])).toBe('none');
  });

  it('renders a DSFR notice with the caption and a French sentence, no chart', () => {
    const none = renderToStaticMarkup(createElement(ChartEmptyState, { caption: 'Taux de sortie', content: 'none' }));
    expect(none).toContain('<figcaption class="fr-text--bold fr-mb-2w">Taux de sortie</figcaption>');
    expect(none).toContain('fr-alert fr-alert--info');
    expect(none).toContain('role="status"');
    expect(none).toContain('Aucune donnée à représenter pour ce territoire et cette période');
    expect(none).not.toContain('<svg');

    const secret = renderToStaticMarkup(createElement(ChartEmptyState, { caption: 'Taux', content: 'masked' }));
    expect(secret).toContain('masquées, car inférieures au seuil du secret statistique');
    expect(secret).toContain('data-testid="chart-empty"');

    const inFigure = renderToStaticMarkup(createElement(ChartEmptyState, { content: 'none', testId: 'x' }));
    expect(inFigure).toMatch(/^<div data-testid="x"><div class="fr-my-4w">/);
    expect(inFigure).not.toContain('figcaption');
  });
});
