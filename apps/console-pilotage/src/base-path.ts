/** react-router's basename from Vite's `base` ("/siae/" → "/siae"). */
export const basename = import.meta.env.BASE_URL.replace(/\/$/, '') || '/';
