import { staticSearchFileResponse } from "@/app/_routes/staticSearch";

export const dynamic = "force-dynamic";

export function GET(_request: Request, { params }: { params: Promise<{ file: string[] }> }) {
  return staticSearchFileResponse(params);
}
