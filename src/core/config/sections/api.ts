import { z } from 'zod';

// Owned by the API security work (issue 5); extend here.
export const api = z
  .object({
    baseUrl: z.string().url(),
  })
  .passthrough();
