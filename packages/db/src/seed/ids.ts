import { v5 as uuidv5 } from 'uuid';

// Deterministic identifiers: the same demo row has the same id on every machine and every run.
const NAMESPACE = '6f1c2f0e-5a4b-4a77-9d2e-0b6b1d3c9a10';
export const demoId = (key: string): string => uuidv5(key, NAMESPACE);

/** A SIRET-shaped number whose 14 digits pass the Luhn check, derived from `n`. */
export function demoSiret(n: number): string {
  const body = `4${String(n).padStart(12, '0')}`;
  for (let check = 0; check <= 9; check++) {
    const candidate = body + check;
    let sum = 0;
    for (let i = 0; i < candidate.length; i++) {
      let digit = Number(candidate[candidate.length - 1 - i]);
      if (i % 2 === 1) {
        digit *= 2;
        if (digit > 9) digit -= 9;
      }
      sum += digit;
    }
    if (sum % 10 === 0) return candidate;
  }
  throw new Error('unreachable: one check digit always fits');
}
