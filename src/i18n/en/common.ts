/** Messages shared by every domain (English). */
export const commonEn = {
  ERROR_INTERNAL:
    "Something went wrong inside tactful. Nothing personal was written to this message; see the server log for the error id {id}.",
} as const;
