// Graceful stop of the gateway's HTTP server: no new connections, idle keep-alive connections closed, requests in
// flight answered (their connection then closed: `connection: close`), everything else cut after the grace period.
// Closing every connection at once (the former stop) cut the requests in flight.
import type { IncomingMessage, RequestListener, Server, ServerResponse } from 'node:http';
import type { Socket } from 'node:net';

export interface Drain {
  /** Wraps the server's request listener to count requests per connection. */
  listener: RequestListener;
  /** Stops accepting, waits for the requests in flight (at most `gracePeriodMs`), then closes what is left. */
  stop(server: Server, gracePeriodMs: number): Promise<void>;
}

export function createDrain(handle: (req: IncomingMessage, res: ServerResponse) => void): Drain {
  const inFlight = new Map<Socket, number>();
  let stopping = false;
  const listener: RequestListener = (req, res) => {
    const socket = req.socket;
    inFlight.set(socket, (inFlight.get(socket) ?? 0) + 1);
    if (stopping) res.setHeader('connection', 'close');
    let done = false;
    const finished = () => {
      if (done) return;
      done = true;
      const left = (inFlight.get(socket) ?? 1) - 1;
      if (left > 0) {
        inFlight.set(socket, left);
        return;
      }
      inFlight.delete(socket);
      // The answer was started with keep-alive before the stop: end the connection once it is out.
      if (stopping) socket.end();
    };
    res.once('finish', finished);
    res.once('close', finished);
    handle(req, res);
  };
  return {
    listener,
    stop: async (server, gracePeriodMs) => {
      stopping = true;
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeIdleConnections();
      for (const [socket, count] of inFlight) if (count === 0) socket.end();
      const timer = setTimeout(() => server.closeAllConnections(), gracePeriodMs);
      try {
        await closed;
      } finally {
        clearTimeout(timer);
      }
    },
  };
}
