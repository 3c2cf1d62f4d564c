import { themesRoute } from "@/app/_routes/indexes";

const route = themesRoute("en");

export const revalidate = 300;

export const { metadata } = route;
export default route.Page;
