/**
 * Runs once when the server starts (Next's instrumentation hook), before it answers anyone:
 * opens the front door (src/server/frontDoor.ts) in the Node.js server.
 */
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { installFrontDoor } = await import("./server/frontDoor");
  installFrontDoor({ development: process.env.NODE_ENV === "development" });
}
