/** Items a page when a list is asked without `limit`, and the most a page may hold. No zod: core reads them too. */
export const pageLimitDefault = 25;
export const pageLimitMax = 100;
