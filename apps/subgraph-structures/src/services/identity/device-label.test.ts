import { describe, expect, it } from 'vitest';
import { deviceLabel, MAX_DEVICE_LABEL_LENGTH, UNKNOWN_DEVICE } from './device-label.js';

describe('deviceLabel (issue 14, "Mon compte")', () => {
  it('names the browser and the system, never the version or the raw agent', () => {
    expect(
      deviceLabel(
        'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) HeadlessChrome/140.0.0.0 Safari/537.36',
      ),
    ).toBe('Chrome sur Linux');
    expect(deviceLabel('Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:140.0) Gecko/20100101 Firefox/140.0')).toBe(
      'Firefox sur Windows',
    );
  });

  it('says mobile or tablet', () => {
    expect(
      deviceLabel(
        'Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1',
      ),
    ).toBe('Safari sur iOS (mobile)');
  });

  it('an unknown, empty or hostile agent gives a short label', () => {
    expect(deviceLabel(null)).toBe(UNKNOWN_DEVICE);
    expect(deviceLabel('   ')).toBe(UNKNOWN_DEVICE);
    expect(deviceLabel('x'.repeat(100_000)).length).toBeLessThanOrEqual(MAX_DEVICE_LABEL_LENGTH);
    expect(deviceLabel('curl/8.5.0')).not.toContain('8.5.0');
  });
});
