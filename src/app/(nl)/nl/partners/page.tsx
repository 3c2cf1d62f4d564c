import { partnersRoute } from "@/app/_routes/indexes";

const route = partnersRoute("nl");

export const revalidate = 300;

export const { metadata } = route;
export default route.Page;
