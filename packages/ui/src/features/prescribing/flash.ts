// A one-off success message carried to the next screen in the history state ("Personne enregistrée."), so a
// reload or a later visit of the same page does not show it again.

export interface FlashState {
  flash?: string;
}

export function flashState(message: string): FlashState {
  return { flash: message };
}

export function flashOf(state: unknown): string | null {
  const flash = (state as FlashState | null)?.flash;
  return typeof flash === 'string' && flash.length > 0 ? flash : null;
}
