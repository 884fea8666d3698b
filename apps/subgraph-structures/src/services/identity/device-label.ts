// The device a session was opened from, as the user recognises it in "Mon compte" (issue 14): "Firefox sur Linux".
// Worked out once at sign-in from the user agent the gateway passes on (x-navette-user-agent); only this short label
// is stored, never the raw user agent nor the address (data minimisation, docs/security.md).
import Bowser from 'bowser';

/** The longest user agent read (longer ones are cut before parsing). */
const MAX_USER_AGENT_LENGTH = 512;
/** The longest label stored. */
export const MAX_DEVICE_LABEL_LENGTH = 80;
export const UNKNOWN_DEVICE = 'Appareil inconnu';

const PLATFORMS: Readonly<Record<string, string>> = { mobile: 'mobile', tablet: 'tablette' };

/** "Chrome sur Linux", "Safari sur iOS (mobile)", "Client d’API"…; {@link UNKNOWN_DEVICE} when nothing is known. */
export function deviceLabel(userAgent: string | null | undefined): string {
  const agent = (userAgent ?? '').slice(0, MAX_USER_AGENT_LENGTH).trim();
  if (agent === '') return UNKNOWN_DEVICE;
  const parsed = Bowser.parse(agent);
  const browser = parsed.browser.name?.trim();
  const os = parsed.os.name?.trim();
  const platform = parsed.platform.type ? PLATFORMS[parsed.platform.type] : undefined;
  let label: string;
  if (browser && os) label = `${browser} sur ${os}`;
  else if (browser || os) label = (browser ?? os)!;
  else return 'Autre client';
  if (platform) label += ` (${platform})`;
  // Only printable characters of a short label reach the page.
  // eslint-disable-next-line no-control-regex
  return label.replace(/[\u0000-\u001f\u007f]/g, '').slice(0, MAX_DEVICE_LABEL_LENGTH);
}
