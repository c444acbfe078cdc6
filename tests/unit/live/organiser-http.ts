/** An HTTP request with any method and headers (the organiser API's tests), from a chosen source address. */
import { request } from 'node:http';

export interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
  json: Record<string, unknown>;
}

export function call(
  port: number,
  method: string,
  path: string,
  options: { key?: string; address?: string; headers?: Record<string, string> } = {},
): Promise<Answer> {
  return new Promise((done, fail) => {
    const req = request(
      {
        host: '127.0.0.1',
        port,
        method,
        path,
        headers: { ...(options.key !== undefined ? { 'x-organiser-key': options.key } : {}), ...options.headers },
        ...(options.address ? { localAddress: options.address } : {}),
      },
      (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (body += chunk));
        res.on('end', () => {
          let json: Record<string, unknown> = {};
          try {
            json = JSON.parse(body) as Record<string, unknown>;
          } catch {
            json = {};
          }
          done({ status: res.statusCode ?? 0, headers: res.headers, body, json });
        });
      },
    );
    req.on('error', fail);
    req.end();
  });
}
