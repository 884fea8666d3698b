// What each portal gives the shared prescribing screens: where its routes are, and how they name its organisation.
// The Espace prescripteur and the Espace agence (issue 18 §2) show the same screens under their own paths.
import { createContext, useContext, useMemo, type ComponentType, type ReactNode } from 'react';
import { prescriberWording, prescribingCopy, type PrescribingCopy, type PrescribingWording } from './copy.ts';

/** The portal's links to the prescribing screens; an optional one is left out where the portal has no such screen. */
export interface PrescribingPaths {
  people: string;
  newPerson: string;
  person: (personId: string) => string;
  diagnose: (personId: string) => string;
  prescribe: (personId: string) => string;
  prescriptions: string;
  prescription: (prescriptionId: string) => string;
  /** The orientations received (annexe 4 §3), and those sent when the portal lists them. */
  orientations?: string;
  sentOrientations?: string;
  /** Orient the person towards another prescripteur (annexe 4 §3). */
  orient?: (personId: string) => string;
  /** The person's record for their request (issue 19 §4, RGPD art. 15). */
  personRecord?: (personId: string) => string;
  /** « Corriger l'identité » (issue 19 §4, RGPD art. 16). */
  correctIdentity?: (personId: string) => string;
  /** An agrément that followed a prescription: its follow-up. */
  approval?: (approvalId: string) => string;
}

export interface PrescribingConfig {
  paths: PrescribingPaths;
  /** The words that name the organisation; the prescripteur's when omitted. */
  wording?: PrescribingWording;
}

interface PrescribingValue {
  paths: PrescribingPaths;
  wording: PrescribingWording;
  copy: PrescribingCopy;
}

const PrescribingContext = createContext<PrescribingValue | null>(null);

export function PrescribingProvider({ paths, wording, children }: PrescribingConfig & { children: ReactNode }) {
  const value = useMemo(() => {
    const words = wording ?? prescriberWording;
    return { paths, wording: words, copy: prescribingCopy(words) };
  }, [paths, wording]);
  return <PrescribingContext.Provider value={value}>{children}</PrescribingContext.Provider>;
}

export function usePrescribing(): PrescribingValue {
  const value = useContext(PrescribingContext);
  if (!value) throw new Error('A prescribing screen is shown outside its PrescribingProvider');
  return value;
}

/** A screen the portals show with their own paths and wording (props), the context given to its parts. */
export function withPrescribing(Screen: ComponentType): ComponentType<PrescribingConfig> {
  function PrescribingScreen({ paths, wording }: PrescribingConfig) {
    return (
      <PrescribingProvider paths={paths} wording={wording}>
        <Screen />
      </PrescribingProvider>
    );
  }
  PrescribingScreen.displayName = `withPrescribing(${Screen.displayName ?? Screen.name})`;
  return PrescribingScreen;
}
