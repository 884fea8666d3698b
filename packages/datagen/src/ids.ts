// Deterministic identifiers. A uuid (version-4 layout) is made of a seeded hash (so ids look random and spread over
// the B-trees like gen_random_uuid()), the kind of row and its ordinal: unique by construction, no hashing of
// 13 million strings (uuid v5 would be 10 times slower), the same on every run with the same seed.
import { mix32 } from './random.js';

export const ID_KINDS = {
  employmentArea: 0x0a01,
  agency: 0x0a02,
  siae: 0x0a03,
  prescriber: 0x0a04,
  stateService: 0x0a05,
  steering: 0x0a06,
  user: 0x0a07,
  person: 0x0b01,
  diagnosis: 0x0b02,
  prescription: 0x0b03,
  approval: 0x0b04,
  approvalEvent: 0x0b05,
  approvalRequest: 0x0b06,
  contract: 0x0b07,
  exitInterview: 0x0b08,
  exit: 0x0b09,
  orientation: 0x0b0a,
  trainingRecord: 0x0c01,
  immersion: 0x0c02,
  serviceUse: 0x0c03,
  poe: 0x0c04,
  poleEmploiRegistration: 0x0c05,
  cooperationAgreement: 0x0d01,
  jobOffer: 0x0d02,
  ctaMeeting: 0x0d03,
  steeringMeeting: 0x0d04,
  roadmapAction: 0x0d05,
  amendment: 0x0d06,
} as const;
export type IdKind = keyof typeof ID_KINDS;

const hex = (value: number, digits: number) => (value >>> 0).toString(16).padStart(digits, '0').slice(-digits);

export function makeIds(seed: number) {
  return (kind: IdKind, n: number): string => {
    const tag = ID_KINDS[kind];
    const h1 = mix32(seed, tag, n);
    const h2 = mix32(h1, n, seed);
    const high = Math.floor(n / 0x1000000);
    const low = n % 0x1000000;
    return `${hex(h1, 8)}-${hex(tag, 4)}-4${hex(h2, 3)}-${hex(8 | ((h2 >>> 12) & 3), 1)}${hex(h2 >>> 16, 3)}-${hex(high, 6)}${hex(low, 6)}`;
  };
}
export type Ids = ReturnType<typeof makeIds>;
