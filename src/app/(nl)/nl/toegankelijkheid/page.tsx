import { accessibilityRoute } from "@/app/_routes/accessibility";

const route = accessibilityRoute("nl");

export const { metadata } = route;
export default route.Page;
