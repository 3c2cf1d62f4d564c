import { searchRoute } from "@/app/_routes/search";

const route = searchRoute("nl");

export const { metadata } = route;
export default route.Page;
