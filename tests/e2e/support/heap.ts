/**
 * The live heap of a server process, measured through the Node inspector
 * after forcing garbage collection: unlike RSS, it does not swing with the
 * collector, so a growth of a few hundred kilobytes is a real retention.
 * The server must be started with `--inspect=127.0.0.1:<port>` (see inspectorOptions).
 */
import WebSocket from "ws";
import { freePort } from "./site";

/** NODE_OPTIONS for a server whose heap will be measured, and the port to measure it on. */
export async function inspectorOptions(): Promise<{ port: number; env: Record<string, string> }> {
  const port = await freePort();
  return { port, env: { NODE_OPTIONS: `--inspect=127.0.0.1:${port}` } };
}

/** Bytes in use on the heap of the process listening on `inspectorPort`, after two full collections. */
export async function liveHeapBytes(inspectorPort: number): Promise<number> {
  const targets = (await (await fetch(`http://127.0.0.1:${inspectorPort}/json/list`)).json()) as {
    webSocketDebuggerUrl: string;
  }[];
  const socket = new WebSocket(targets[0].webSocketDebuggerUrl);
  await new Promise((resolve, reject) => socket.once("open", resolve).once("error", reject));
  let lastId = 0;
  const call = (method: string) =>
    new Promise<Record<string, number>>((resolve) => {
      const id = ++lastId;
      const onMessage = (data: WebSocket.RawData) => {
        const message = JSON.parse(String(data)) as { id?: number; result: Record<string, number> };
        if (message.id !== id) return;
        socket.off("message", onMessage);
        resolve(message.result);
      };
      socket.on("message", onMessage);
      socket.send(JSON.stringify({ id, method }));
    });
  try {
    await call("HeapProfiler.collectGarbage");
    await call("HeapProfiler.collectGarbage");
    return (await call("Runtime.getHeapUsage")).usedSize;
  } finally {
    socket.close();
  }
}
