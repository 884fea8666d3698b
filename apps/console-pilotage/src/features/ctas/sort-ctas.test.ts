import { describe, expect, it } from 'vitest';
import { sortCtas } from './sort-ctas.ts';

const cta = (id: string, departement: string, area: string) => ({
  id,
  name: `CTA ${area}`,
  employmentArea: { name: area, departement: { code: departement, name: departement } },
  ledBy: { name: 'Agence' },
});

describe('sortCtas', () => {
  it('orders by département then employment area, accents included', () => {
    const sorted = sortCtas([
      cta('1', '25', 'Pontarlier'),
      cta('2', '21', 'Dijon'),
      cta('3', '25', 'Besançon'),
      cta('4', '25', 'Étang'),
    ]);
    expect(sorted.map((c) => c.id)).toEqual(['2', '3', '4', '1']);
  });
});
