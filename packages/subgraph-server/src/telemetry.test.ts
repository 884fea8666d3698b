import { describe, expect, it } from 'vitest';
import { startTelemetry, telemetryActive, telemetryRequested, withheld } from './telemetry.js';

describe('traces are off by default', () => {
  it('asks for traces only with an OTLP endpoint and without OTEL_SDK_DISABLED=true', async () => {
    expect(telemetryRequested({})).toBe(false);
    expect(telemetryRequested({ OTEL_SERVICE_NAME: 'gateway' })).toBe(false);
    expect(telemetryRequested({ OTEL_EXPORTER_OTLP_ENDPOINT: 'http://collector:4318' })).toBe(true);
    expect(telemetryRequested({ OTEL_EXPORTER_OTLP_TRACES_ENDPOINT: 'http://collector:4318/v1/traces' })).toBe(true);
    expect(
      telemetryRequested({ OTEL_EXPORTER_OTLP_ENDPOINT: 'http://collector:4318', OTEL_SDK_DISABLED: 'true' }),
    ).toBe(false);
    expect(
      telemetryRequested({ OTEL_EXPORTER_OTLP_ENDPOINT: 'http://collector:4318', OTEL_TRACES_EXPORTER: 'none' }),
    ).toBe(false);
    expect(await startTelemetry('test', {})).toBeUndefined();
    expect(telemetryActive()).toBe(false);
  });
});

describe('withheld', () => {
  it('drops the GraphQL document and the client address, and cuts query strings', () => {
    const span = {
      attributes: {
        'graphql.document': 'query { person(email: "marie@example.org") { id } }',
        'http.client_ip': '10.1.2.3',
        'http.url': 'http://gateway/graphql?query=%7B%7D&variables=%7B%22nir%22%3A1%7D',
        'graphql.operation.name': 'SiaeDirectory',
      },
    };
    expect(withheld(span).attributes).toEqual({
      'http.url': 'http://gateway/graphql',
      'graphql.operation.name': 'SiaeDirectory',
    });
  });
});
