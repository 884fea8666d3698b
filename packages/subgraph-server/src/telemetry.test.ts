import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { BasicTracerProvider, SimpleSpanProcessor } from '@opentelemetry/sdk-trace-base';
import { describe, expect, it } from 'vitest';
import {
  createTraceExporter,
  otlpTracesProtocol,
  startTelemetry,
  telemetryActive,
  telemetryRequested,
  withheld,
} from './telemetry.js';

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

describe('the OTLP protocol of the traces', () => {
  it('follows OTEL_EXPORTER_OTLP_TRACES_PROTOCOL, else OTEL_EXPORTER_OTLP_PROTOCOL, else http/protobuf', () => {
    expect(otlpTracesProtocol({})).toBe('http/protobuf');
    expect(otlpTracesProtocol({ OTEL_EXPORTER_OTLP_PROTOCOL: 'http/json' })).toBe('http/json');
    expect(
      otlpTracesProtocol({ OTEL_EXPORTER_OTLP_PROTOCOL: 'http/json', OTEL_EXPORTER_OTLP_TRACES_PROTOCOL: 'grpc' }),
    ).toBe('grpc');
    expect(() => otlpTracesProtocol({ OTEL_EXPORTER_OTLP_PROTOCOL: 'udp' })).toThrow(
      /http\/protobuf, http\/json, grpc/,
    );
  });

  it('sends protobuf by default and JSON when asked, to <endpoint>/v1/traces', async () => {
    const received: { path: string | undefined; type: string | undefined }[] = [];
    const server = createServer((req, res) => {
      received.push({ path: req.url, type: req.headers['content-type'] });
      req.resume();
      req.on('end', () => res.writeHead(200).end());
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    try {
      for (const protocol of [undefined, 'http/json'] as const) {
        const exporter = await createTraceExporter({
          OTEL_EXPORTER_OTLP_ENDPOINT: endpoint,
          ...(protocol ? { OTEL_EXPORTER_OTLP_PROTOCOL: protocol } : {}),
        });
        const provider = new BasicTracerProvider({ spanProcessors: [new SimpleSpanProcessor(exporter)] });
        provider.getTracer('test').startSpan('probe').end();
        await provider.forceFlush();
        await provider.shutdown();
      }
    } finally {
      server.close();
    }
    expect(received).toEqual([
      { path: '/v1/traces', type: 'application/x-protobuf' },
      { path: '/v1/traces', type: 'application/json' },
    ]);
  });
});
