/*
 * What the gateway's account console pages need from the page around them: the environment that
 * Keycloak writes into index.ftl, this theme's content.json and the account theme's messages.
 * Plain ES module, no build step; everything it fetches comes from the Keycloak server itself.
 */

/** The account console's environment (server URL, realm, client, locale, theme resource URL). */
export const environment = JSON.parse(document.getElementById("environment").textContent);

/** Joins URL parts with exactly one slash between them. */
export function join(...parts) {
  return parts
    .map((part, i) => {
      let p = String(part);
      if (i > 0) p = p.replace(/^\/+/, "");
      if (i < parts.length - 1) p = p.replace(/\/+$/, "");
      return p;
    })
    .join("/");
}

function normalize(path) {
  return decodeURIComponent(path).replace(/\/+$/, "");
}

/** This theme's content.json: the account console's menu and routes. */
export async function fetchContent(signal) {
  const response = await fetch(join(environment.resourceUrl, "content.json"), { signal });
  if (!response.ok) throw new Error(`content.json: HTTP ${response.status}`);
  return response.json();
}

/**
 * The content.json entry of the page shown at the current URL: the entry with a modulePath whose
 * path, below the account console's base URL, is the current path.
 */
export async function fetchCurrentEntry(signal) {
  const base = new URL(environment.baseUrl, location.href).pathname;
  const here = normalize(location.pathname);
  const search = (items) => {
    for (const item of items) {
      if (typeof item.path === "string" && typeof item.modulePath === "string"
          && normalize(join(base, item.path)) === here) {
        return item;
      }
      const found = Array.isArray(item.children) ? search(item.children) : undefined;
      if (found) return found;
    }
    return undefined;
  };
  return search(await fetchContent(signal));
}

/**
 * The account theme's messages for a locale: Keycloak's endpoint that the account console's own
 * i18n reads, so realm overrides (Realm settings, Localization) apply here too.
 */
export async function fetchMessages(locale, signal) {
  const url = join(
    environment.serverBaseUrl,
    "resources",
    encodeURIComponent(environment.realm),
    "account",
    encodeURIComponent(locale),
  );
  const response = await fetch(url, { signal });
  if (!response.ok) throw new Error(`messages: HTTP ${response.status}`);
  const list = await response.json();
  return Object.fromEntries(list.map(({ key, value }) => [key, value]));
}
