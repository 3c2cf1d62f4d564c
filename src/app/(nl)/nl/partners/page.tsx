import { partnersRoute } from "@/app/_routes/indexes";

const route = partnersRoute("nl");

/** Seconds: regenerated within this window when a scheduled article is released (a literal, as Next requires). */
export const revalidate = 300;

export const { metadata } = route;
export default route.Page;
