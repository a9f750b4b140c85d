/**
 * Data categories, named after fideslang's (the Fides taxonomy) so an inventory
 * reads the same to anyone who knows it. `user.preferences.*` is tactful's own
 * addition for zero-party interests; fideslang has no entry for them.
 */

/** Categories that are sensitive: used only when declared, with explicit consent. */
export const SENSITIVE_CATEGORIES: ReadonlySet<string> = new Set([
  "user.health_and_medical",
  "user.biometric",
  "user.childrens",
  "user.financial",
  "user.government_id",
  "user.demographic.political_opinion",
  "user.demographic.religious_belief",
  "user.demographic.sexual_orientation",
  "user.demographic.race_ethnicity",
  "user.criminal_history",
]);

/** Every category a field may name. */
export const CATEGORIES: readonly string[] = [
  "user.account",
  "user.name",
  "user.contact.email",
  "user.contact.phone_number",
  "user.contact.address",
  "user.contact.address.postal_code",
  "user.behavior.browsing_history",
  "user.behavior.purchase_history",
  "user.behavior.search_history",
  "user.behavior.media_consumption",
  "user.content.public",
  "user.content.private",
  "user.demographic.age_range",
  "user.demographic.gender",
  "user.demographic.language",
  "user.demographic.profile",
  "user.device.cookie_id",
  "user.device.device_id",
  "user.device.ip_address",
  "user.location.imprecise",
  "user.location.precise",
  "user.workplace",
  "user.job_title",
  "user.preferences.interests",
  "user.preferences.communication",
  "user.privacy_preferences",
  "user.unique_id",
  "user.health_and_medical",
  "user.biometric",
  "user.childrens",
  "user.financial",
  "user.government_id",
  "user.criminal_history",
  "user.demographic.political_opinion",
  "user.demographic.religious_belief",
  "user.demographic.sexual_orientation",
  "user.demographic.race_ethnicity",
];

const KNOWN = new Set(CATEGORIES);

/** True for a known category or a more specific child of one (`user.health_and_medical.allergies`). */
export function isKnownCategory(category: string): boolean {
  if (KNOWN.has(category)) return true;
  for (const parent of ancestors(category)) if (SENSITIVE_CATEGORIES.has(parent)) return true;
  return false;
}

/** True when the category or one of its parents is sensitive. */
export function isSensitiveCategory(category: string): boolean {
  if (SENSITIVE_CATEGORIES.has(category)) return true;
  for (const parent of ancestors(category)) if (SENSITIVE_CATEGORIES.has(parent)) return true;
  return false;
}

function ancestors(category: string): string[] {
  const parts = category.split(".");
  const out: string[] = [];
  for (let i = parts.length - 1; i > 1; i--) out.push(parts.slice(0, i).join("."));
  return out;
}
