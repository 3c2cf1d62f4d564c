import { homeRoute } from "@/app/_routes/home";

const route = homeRoute("nl");

/** Seconds: a scheduled article appears here, and an event that ended leaves, within this window, without a deploy. */
export const revalidate = 300;

export const { metadata } = route;
export default route.Page;
