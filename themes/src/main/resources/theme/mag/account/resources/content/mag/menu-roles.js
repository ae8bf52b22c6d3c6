/*
 * Menu entries for some users only. A content.json entry may carry "roles": client roles of the
 * account console (client "account-console"); the entry shows only to a user whose console token
 * has one of them. Keycloak 26.7's console knows no such key: its content.json "isVisible" names a
 * realm-wide feature flag (PageNav.tsx), the same for every user. The console's own client roles
 * are always in its tokens (its "Full scope allowed" is off, which removes the others), so the
 * gateway maps such a role onto the groups of the users who need the entry (Partner Tools:
 * "mag-partner-tools" on a partner's Adoption and Service Provider Administrators groups).
 *
 * This decides only what the menu shows; every page and API checks on the server, and a hidden
 * entry's page still opens by its URL (to be refused there). Entries are hidden by a style rule
 * until the token shows a role, so they never flash for users without it.
 */
import { fetchContent } from "./account-console.js";
import { onSessionClaims } from "./session.js";

const CLIENT = "account-console";
const PREFIX = "mag-role-";

function roleClass(role) {
  return PREFIX + String(role).replace(/[^A-Za-z0-9_-]/g, "_");
}

/** The menu element of an entry: a group by its label, a link by its path (as PageNav renders them). */
function selector(item) {
  return Array.isArray(item.children)
    ? `nav [data-testid="${CSS.escape(item.label)}"]`
    : `nav a[data-testid="${CSS.escape(item.path)}"]`;
}

function restricted(items, found = []) {
  for (const item of items) {
    if (Array.isArray(item.roles) && item.roles.length > 0) found.push(item);
    if (Array.isArray(item.children)) restricted(item.children, found);
  }
  return found;
}

function showRoles(claims) {
  const roles = new Set(((claims && claims.resource_access && claims.resource_access[CLIENT]) || {}).roles || []);
  const root = document.documentElement;
  for (const name of Array.from(root.classList)) {
    if (name.startsWith(PREFIX) && !Array.from(roles).some((role) => roleClass(role) === name)) root.classList.remove(name);
  }
  for (const role of roles) root.classList.add(roleClass(role));
}

fetchContent()
  .then((content) => {
    const rules = restricted(content).map((item) => {
      const none = item.roles.map((role) => `:not(.${roleClass(role)})`).join("");
      return `html${none} ${selector(item)} { display: none !important; }`;
    });
    if (rules.length === 0) return;
    const style = document.createElement("style");
    style.dataset.mag = "menu-roles";
    style.textContent = rules.join("\n");
    document.head.appendChild(style);
    onSessionClaims(showRoles);
  })
  .catch((error) => console.error("[mag] menu roles", error));
