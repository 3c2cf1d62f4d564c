import { homeRoute } from "@/app/_routes/home";

const route = homeRoute("nl");

export const revalidate = 300;

export const { metadata } = route;
export default route.Page;
